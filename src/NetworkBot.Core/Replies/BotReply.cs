using NetworkBot.Core.Commands;

namespace NetworkBot.Core.Replies;

/// <summary>Who sees a reply: only the member who asked, or everyone in the channel.</summary>
public enum ReplyVisibility
{
    OnlyAsker,
    Channel,
}

/// <summary>
/// A platform-neutral reply: blocks to show and, optionally, a form to open. Each platform renders it;
/// handlers never know which one. <see cref="IsSlow"/> asks the adapter to acknowledge first.
/// </summary>
public sealed record BotReply(
    ReplyVisibility Visibility,
    IReadOnlyList<ReplyBlock> Blocks,
    ReplyForm? Form = null,
    bool IsSlow = false)
{
    /// <summary>How the command ended, for logs and metrics; set by the refusing and rejecting factories below.</summary>
    public CommandOutcome Outcome { get; init; }

    public static BotReply Private(params ReplyBlock[] blocks) => new(ReplyVisibility.OnlyAsker, blocks);

    public static BotReply Public(params ReplyBlock[] blocks) => new(ReplyVisibility.Channel, blocks);

    /// <summary>A one-paragraph answer only the asker sees: the usual shape of confirmations and refusals.</summary>
    public static BotReply PrivateText(string markdown) => Private(new TextBlock(markdown));

    /// <summary>A polite "nothing changed, because…" for input that could not be used.</summary>
    public static BotReply InvalidInput(string markdown) => PrivateText(markdown) with { Outcome = CommandOutcome.InvalidInput };

    /// <summary>A polite refusal of something the member may not do.</summary>
    public static BotReply Refused(string markdown) => PrivateText(markdown) with { Outcome = CommandOutcome.Refused };

    public static BotReply OpenForm(ReplyForm form) => new(ReplyVisibility.OnlyAsker, [], form);
}
