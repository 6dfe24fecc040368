using NetworkBot.Core.Commands;
using NetworkBot.Core.Localization;
using NetworkBot.Core.Replies;

namespace NetworkBot.Core.Members;

/// <summary>
/// <c>/profile [member]</c>: one's own profile, or another member's by name, ふりがな, id or pasted mention. Other members
/// never see the email; organizers do.
/// </summary>
public sealed class ProfileShowCommand(ProfileService profiles, MemberDirectory directory) : ICommandHandler
{
    private static readonly string[] PlatformPrefixes = ["console", "slack", "discord"];

    public CommandDefinition Definition { get; } = CommandDefinition.ForEveryone("profile", null, "member");

    public async ValueTask<BotReply> HandleAsync(BotCommand command, CancellationToken cancellationToken)
    {
        var context = command.Context;
        var texts = Texts.For(context.Language);
        var wanted = Wanted(command.Arguments);
        if (wanted is null || wanted == context.Invoker.Id)
        {
            var own = await profiles.GetAsync(context.Invoker.Id, cancellationToken);
            return own is null
                ? BotReply.Private(new TextBlock(texts.NoProfileYet), new ActionsBlock([new ReplyButton(texts.ButtonIntroduce, "/introduce", ButtonStyle.Primary)]))
                : BotReply.Private([.. ProfileCards.Profile(own, texts, showEmail: true, isSelf: true)]);
        }

        var matches = await FindAsync(wanted, cancellationToken);
        if (matches.Count == 0) return BotReply.PrivateText(texts.MemberNotFound(wanted));
        if (matches.Count > 1)
        {
            var lines = matches.Take(10).Select(e => "- " + ProfileCards.DirectoryLine(e, texts));
            var buttons = matches.Take(5).Select(e => new ReplyButton(e.DisplayName, ProfileCommandText(e.MemberId))).ToList();
            return BotReply.Private(new TextBlock(texts.SeveralMembersFound(wanted, matches.Count) + "\n" + string.Join("\n", lines)), new ActionsBlock(buttons));
        }

        var profile = await profiles.GetAsync(matches[0].MemberId, cancellationToken);
        if (profile is null) return BotReply.PrivateText(texts.MemberNotFound(wanted));
        var isSelf = profile.MemberId == context.Invoker.Id;
        return BotReply.Private([.. ProfileCards.Profile(profile, texts, showEmail: isSelf || context.IsOrganizer, isSelf)]);
    }

    /// <summary>The command that shows one member's profile, as buttons carry it.</summary>
    public static string ProfileCommandText(string memberId) => $"/profile member:\"{memberId.Replace("\\", "\\\\").Replace("\"", "\\\"")}\"";

    private async Task<IReadOnlyList<DirectoryEntry>> FindAsync(string wanted, CancellationToken cancellationToken)
    {
        var mention = wanted.Trim('<', '>', '@', '!', '＠');
        if (await directory.FindByUserIdAsync(mention, cancellationToken) is { } byId) return [byId];
        return await directory.FindByNameAsync(wanted, cancellationToken);
    }

    /// <summary>
    /// The member asked for: <c>member:</c>, or the words after <c>/profile</c>. An id typed bare (<c>console:後藤</c>)
    /// reaches us as a <c>key:value</c> option, so platform prefixes are put back together.
    /// </summary>
    private static string? Wanted(CommandArguments arguments)
    {
        if (arguments.Option("member") is { Length: > 0 } member) return member.Trim();
        foreach (var prefix in PlatformPrefixes)
        {
            if (arguments.Option(prefix) is { } rest) return $"{prefix}:{rest}";
        }

        return arguments.Positionals.Count == 0 ? null : string.Join(" ", arguments.Positionals);
    }
}
