using NetworkBot.Core.Commands;
using NetworkBot.Core.Localization;
using NetworkBot.Core.Platform;
using NetworkBot.Core.Replies;

namespace NetworkBot.Core.Help;

/// <summary><c>/help</c>: what the bot can do, in the member's language; organizer commands only for organizers.</summary>
public sealed class HelpCommand : ICommandHandler
{
    public CommandDefinition Definition { get; } = CommandDefinition.ForEveryone("help");

    public ValueTask<BotReply> HandleAsync(BotCommand command, CancellationToken cancellationToken)
    {
        var texts = Texts.For(command.Context.Language);
        var blocks = new List<ReplyBlock>
        {
            new HeadingBlock(texts.HelpHeading),
            new TextBlock(texts.HelpIntro),
            new TextBlock(string.Join("\n", texts.HelpMemberLines)),
        };
        if (command.Context.IsOrganizer)
        {
            blocks.Add(new TextBlock($"**{texts.HelpOrganizerHeading}**\n" + string.Join("\n", texts.HelpOrganizerLines)));
        }

        if (command.Context.Invoker.Platform == ChatPlatform.Slack) blocks.Add(new ContextBlock(texts.HelpSlackNote));
        blocks.Add(new ContextBlock(texts.HelpFooter));
        return ValueTask.FromResult(BotReply.Private([.. blocks]));
    }
}
