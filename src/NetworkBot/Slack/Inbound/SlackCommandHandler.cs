using NetworkBot.Core.Localization;
using NetworkBot.Core.Replies;
using NetworkBot.Slack.Outbound;
using NetworkBot.Slack.Rendering;
using NetworkBot.Slack.Wire;

namespace NetworkBot.Slack.Inbound;

/// <summary>
/// Slash commands, over HTTP and Socket Mode alike. A quick reply rides in the answer (ephemeral or in the channel, as
/// the reply says). A form is acknowledged and opened as a modal; slow work is acknowledged with a short note and
/// its result follows through <c>response_url</c>.
/// </summary>
public sealed class SlackCommandHandler(
    SlackCommandRunner runner,
    SlackMemberDirectory members,
    SlackReplyDelivery delivery,
    BlockKitRenderer renderer,
    SlackAnswers answers,
    SlackFollowUps followUps,
    TimeProvider time)
{
    internal async Task<SlackAck> HandleAsync(SlashCommand command)
    {
        if (!command.IsComplete) return SlackAck.Reject("slash command without a well-formed team_id, user_id or command");
        var who = new SlackInvoker(command.TeamId!, command.UserId!, command.UserName, command.ChannelId);
        var name = command.Command!.Trim().TrimStart('/');
        var text = SlackInput.Unescape(command.Text ?? "");

        // Not the request's token: the work goes on after Slack has been answered.
        var work = runner.RunAsync(who, name, text, CancellationToken.None);
        if (!await AckBudget.FinishesWithinAsync(work, time))
        {
            followUps.Enqueue("slash command result", async ct => await FollowUpAsync(command, who, await work, ct));
            var texts = Texts.For(members.LanguageOf(who.TeamId, who.UserId));
            return new SlackAck(renderer.RenderMessage(BotReply.PrivateText(texts.SlackWorking), texts).ToResponse(inChannel: false));
        }

        var run = await work;
        var reply = run.Reply;
        if (reply.Form is not null || reply.IsSlow)
        {
            followUps.Enqueue("slash command follow-up", ct => FollowUpAsync(command, who, run, ct));
            return reply.Form is not null && reply.Blocks.Count > 0 ? Answer(reply with { Visibility = ReplyVisibility.OnlyAsker }, run) : SlackAck.Empty;
        }

        return Answer(reply, run);
    }

    private SlackAck Answer(BotReply reply, SlackRun run) => answers.For(reply, run.Texts, reply.Visibility == ReplyVisibility.Channel);

    private async Task FollowUpAsync(SlashCommand command, SlackInvoker who, SlackRun run, CancellationToken cancellationToken)
    {
        if (run.Reply.Form is { } form)
        {
            var metadata = new FormMetadata(form.SubmitCommand, command.ChannelId, command.ResponseUrl);
            await delivery.OpenFormAsync(form, metadata, command.TriggerId, onTopOfModal: false, who, run, cancellationToken);
            return;
        }

        await delivery.AnswerAsync(who, command.ResponseUrl, run.Reply, run, cancellationToken);
    }
}
