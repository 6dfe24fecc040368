using NetworkBot.Core.Commands;
using NetworkBot.Core.Replies;

namespace NetworkBot.Core.Conversations;

/// <summary>
/// A dialogue that takes a member's next messages as answers (the guided self-introduction). Any platform can drive
/// it: the console with its next input line, a chat platform with the member's next direct message.
/// </summary>
public interface IConversation
{
    /// <summary>The first message: what the conversation is about and its first question.</summary>
    BotReply Start();

    ValueTask<ConversationTurn> ContinueAsync(string text, CommandContext context, CancellationToken cancellationToken);
}

/// <summary>The bot's answer to one message, and whether the conversation is over.</summary>
public sealed record ConversationTurn(BotReply Reply, bool IsFinished);
