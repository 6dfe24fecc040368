using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using NetworkBot.Core.Onboarding;
using NetworkBot.Core.Platform;
using NetworkBot.Core.Replies;
using NetworkBot.Core.Settings;
using NetworkBot.Discord.Rest;
using NetworkBot.Discord.Wire;

namespace NetworkBot.Discord.Gateway;

/// <summary>
/// Greets a member who joined the server, by direct message with a button that starts the self-introduction; when
/// their DMs are closed (Discord error 50007), in <c>Discord:WelcomeChannelId</c> instead, mentioning only them.
/// </summary>
internal sealed class NewcomerGreeter(
    DiscordChatSender sender, BotSettings settings, IOptions<DiscordOptions> options, WelcomeService welcomes, TimeProvider time, ILogger<NewcomerGreeter> logger)
{
    public const string IntroductionCommand = "/introduce";
    private static readonly TimeSpan RememberGreeted = TimeSpan.FromHours(1);
    private readonly ConcurrentDictionary<string, DateTimeOffset> _greeted = new(StringComparer.Ordinal);

    public async Task GreetAsync(GuildMember member, CancellationToken cancellationToken)
    {
        var user = member.User;
        if (user is null || user.Bot == true || !FirstTime($"{member.GuildId}:{user.Id}")) return;

        var name = member.Nick ?? user.GlobalName ?? user.Username ?? "";
        // Core's welcome greets each member once ever, and not those who already introduced themselves.
        var newcomer = new MemberRef(DiscordIds.Member(member.GuildId, user.Id), name);
        if (await welcomes.WelcomeIfNewAsync(newcomer, settings.DefaultLanguage, cancellationToken) is not { } welcome) return;
        try
        {
            await sender.SendDirectAsync(user.Id, sender.Render(welcome), cancellationToken);
            DiscordLog.Greeted(logger, "direct message");
        }
        catch (DiscordApiException exception) when (exception.Code == DiscordApiException.CannotSendMessagesToUser
            && !string.IsNullOrWhiteSpace(options.Value.WelcomeChannelId))
        {
            await GreetInChannelAsync(user.Id, welcome, cancellationToken);
        }
        catch (DiscordApiException exception)
        {
            DiscordLog.GreetingFailed(logger, (int)exception.Status, exception.Code);
        }
    }

    private async Task GreetInChannelAsync(string userId, BotReply welcome, CancellationToken cancellationToken)
    {
        try
        {
            var payload = sender.Render(welcome, AllowedMentions.OnlyUser(userId), prefix: $"<@{userId}>");
            await sender.SendToChannelAsync(options.Value.WelcomeChannelId!, payload, cancellationToken);
            DiscordLog.Greeted(logger, "welcome channel");
        }
        catch (DiscordApiException exception)
        {
            DiscordLog.GreetingFailed(logger, (int)exception.Status, exception.Code);
        }
    }

    /// <summary>A resumed or repeated GUILD_MEMBER_ADD must not greet twice.</summary>
    private bool FirstTime(string key)
    {
        var now = time.GetUtcNow();
        foreach (var old in _greeted.Where(g => now - g.Value > RememberGreeted)) _greeted.TryRemove(old.Key, out _);
        return _greeted.TryAdd(key, now);
    }
}
