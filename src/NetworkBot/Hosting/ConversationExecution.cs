using System.Diagnostics;
using NetworkBot.Core.Commands;
using NetworkBot.Core.Conversations;
using NetworkBot.Core.Localization;
using NetworkBot.Core.Onboarding;
using NetworkBot.Core.Replies;

namespace NetworkBot.Hosting;

/// <summary>
/// Runs a member's plain message (not a command) for any front end: hands it to their open conversation, if any,
/// with the same logging and failure handling as <see cref="CommandExecution"/>. Also greets members the bot has
/// never met.
/// </summary>
public sealed partial class ConversationExecution(ConversationStore conversations, WelcomeService welcome, ILogger<ConversationExecution> logger)
{
    public bool IsInConversation(string memberId) => conversations.IsActive(memberId);

    /// <summary>The reply to the message, or null when the member is in no conversation.</summary>
    public async ValueTask<BotReply?> ContinueAsync(CommandContext context, string text, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            var reply = await conversations.ContinueAsync(context, text, cancellationToken);
            if (reply is not null) LogTurn(context.Invoker.Platform.ToString(), Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            return reply;
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            LogTurnFailed(exception, context.Invoker.Platform.ToString());
            conversations.End(context.Invoker.Id);
            return BotReply.PrivateText(Texts.For(context.Language).SomethingWentWrong);
        }
    }

    /// <summary>Sends the welcome to a member met for the first time; never fails the caller.</summary>
    public async Task GreetIfNewAsync(CommandContext context, CancellationToken cancellationToken)
    {
        try
        {
            await welcome.GreetIfNewAsync(context.Invoker, context.Language, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            LogWelcomeFailed(exception, context.Invoker.Platform.ToString());
        }
    }

    [LoggerMessage(EventId = 40, Level = LogLevel.Information, Message = "Conversation {Platform}: answered in {ElapsedMs:0.0} ms")]
    private partial void LogTurn(string platform, double elapsedMs);

    [LoggerMessage(EventId = 41, Level = LogLevel.Error, Message = "Conversation {Platform}: a turn failed; the conversation was ended")]
    private partial void LogTurnFailed(Exception exception, string platform);

    [LoggerMessage(EventId = 42, Level = LogLevel.Warning, Message = "Welcome {Platform}: could not greet a new member")]
    private partial void LogWelcomeFailed(Exception exception, string platform);
}
