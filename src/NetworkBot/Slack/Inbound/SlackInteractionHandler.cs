using System.Text.Json.Nodes;
using NetworkBot.Core.Replies;
using NetworkBot.Slack.Outbound;
using NetworkBot.Slack.Rendering;
using NetworkBot.Slack.Rest;
using NetworkBot.Slack.Wire;

namespace NetworkBot.Slack.Inbound;

/// <summary>
/// Button presses and modal submissions. A press runs the button's command exactly like a typed command; it is
/// acknowledged at once and answered where it happened (the message's <c>response_url</c>, the open modal, or a
/// modal over the App Home, which is then refreshed). A submission runs the form's command with each field as a
/// <c>key:"value"</c> option and answers in the modal itself, or in the channel when the reply is for everyone.
/// </summary>
public sealed class SlackInteractionHandler(
    SlackCommandRunner runner,
    SlackMemberDirectory members,
    SlackReplyDelivery delivery,
    SlackViews views,
    SlackAppHome appHome,
    SlackWebApiClient api,
    SlackFollowUps followUps,
    TimeProvider time,
    ILogger<SlackInteractionHandler> logger)
{
    internal async Task<SlackAck> HandleAsync(InteractionPayload payload)
    {
        switch (payload.Type)
        {
            case "block_actions":
                return Press(payload);
            case "view_submission":
                return await SubmitAsync(payload);
            case "block_suggestion":
                return new SlackAck(new JsonObject { ["options"] = new JsonArray() });
            case "view_closed" or "shortcut" or "message_action" or "interactive_message" or "dialog_submission" or "dialog_cancellation":
                SlackLog.InteractionIgnored(logger, payload.Type);
                return SlackAck.Empty;
            default:
                return SlackAck.Reject($"unknown interaction type \"{Shorten(payload.Type)}\"");
        }
    }

    private SlackAck Press(InteractionPayload payload)
    {
        var action = payload.Actions?.FirstOrDefault(a =>
            a.ActionId?.StartsWith(BlockKitRenderer.CommandActionPrefix, StringComparison.Ordinal) == true && !string.IsNullOrWhiteSpace(a.Value));
        if (action is null) return SlackAck.Empty;
        if (Invoker(payload, payload.Channel?.Id ?? payload.Container?.ChannelId) is not { } who) return SlackAck.Reject("button press without team or user");

        followUps.Enqueue("button press", ct => AnswerPressAsync(payload, who, action.Value!, ct));
        return SlackAck.Empty;
    }

    private async Task AnswerPressAsync(InteractionPayload payload, SlackInvoker who, string commandLine, CancellationToken cancellationToken)
    {
        var run = await runner.RunLineAsync(who, commandLine, cancellationToken);
        var reply = run.Reply;
        var view = payload.Container?.Type == "view" ? payload.View : null;
        if (reply.Form is { } form)
        {
            var metadata = new FormMetadata(form.SubmitCommand, who.ChannelId, payload.ResponseUrl);
            await delivery.OpenFormAsync(form, metadata, payload.TriggerId, onTopOfModal: view?.Type == "modal", who, run, cancellationToken);
            if (reply.Blocks.Count == 0) return;
        }

        if (view?.Type == "modal" && view.Id is { } viewId)
        {
            await api.UpdateViewAsync(viewId, views.Result(Title(payload), reply.Blocks, run.Texts, backToForm: false), cancellationToken);
        }
        else if (view?.Type == "home")
        {
            if (payload.TriggerId is { } trigger && reply.Blocks.Count > 0 && reply.Form is null)
            {
                await api.OpenViewAsync(trigger, views.Result(Title(payload), reply.Blocks, run.Texts, backToForm: false), cancellationToken);
            }

            await appHome.PublishAsync(who.TeamId, who.UserId, cancellationToken);
        }
        else
        {
            await delivery.AnswerAsync(who, payload.ResponseUrl, reply, run, cancellationToken);
        }
    }

    private async Task<SlackAck> SubmitAsync(InteractionPayload payload)
    {
        var view = payload.View;
        if (view?.CallbackId?.StartsWith(SlackViews.FormCallbackPrefix, StringComparison.Ordinal) != true) return SlackAck.Empty;
        if (FormMetadata.Parse(view.PrivateMetadata) is not { } metadata) return SlackAck.Reject("form submission without its metadata");
        if (Invoker(payload, metadata.ChannelId) is not { } who) return SlackAck.Reject("form submission without team or user");

        var commandLine = ViewSubmission.CommandLine(metadata.Command, ViewSubmission.Values(view.State));
        var work = runner.RunLineAsync(who, commandLine, CancellationToken.None);
        if (!await AckBudget.FinishesWithinAsync(work, time))
        {
            followUps.Enqueue("form result", async ct =>
            {
                var late = await work;
                var answer = SubmissionAnswer(payload, who, metadata, late);
                if (view.Id is { } viewId && answer.Body?["view"] is JsonObject next) await api.UpdateViewAsync(viewId, next, ct);
            });
            var texts = Core.Localization.Texts.For(members.LanguageOf(who.TeamId, who.UserId));
            return Update(views.Result(Title(payload), [new TextBlock(texts.SlackWorking)], texts, backToForm: false));
        }

        return SubmissionAnswer(payload, who, metadata, await work);
    }

    /// <summary>
    /// A new form replaces the modal; an answer for everyone closes it and goes to the channel; a one-paragraph answer
    /// (usually "please check these fields") is pushed over the form so "back" returns to what was typed; anything
    /// else replaces the form with the result.
    /// </summary>
    private SlackAck SubmissionAnswer(InteractionPayload payload, SlackInvoker who, FormMetadata metadata, SlackRun run)
    {
        var reply = run.Reply;
        if (reply.Form is { } form) return Update(views.Form(form, (metadata with { Command = form.SubmitCommand }).ToJson(), run.Texts));
        if (reply.Visibility == ReplyVisibility.Channel && (metadata.ResponseUrl ?? metadata.ChannelId) is not null)
        {
            followUps.Enqueue("form result to channel", ct => delivery.AnswerAsync(who, metadata.ResponseUrl, reply, run, ct));
            return SlackAck.Empty;
        }

        var refusal = reply.Blocks is [TextBlock];
        var result = views.Result(Title(payload), reply.Blocks, run.Texts, backToForm: refusal);
        return refusal ? Push(result) : Update(result);
    }

    private static SlackAck Update(JsonObject view) => new(new JsonObject { ["response_action"] = "update", ["view"] = view });

    private static SlackAck Push(JsonObject view) => new(new JsonObject { ["response_action"] = "push", ["view"] = view });

    private static string Title(InteractionPayload payload) => payload.View?.Title?.Text is { Length: > 0 } title ? title : "NetworkBot";

    private static SlackInvoker? Invoker(InteractionPayload payload, string? channelId) =>
        payload.TeamId is { } team && SlackIds.IsWellFormed(team) && payload.User?.Id is { } user && SlackIds.IsWellFormed(user)
            && (channelId is null || SlackIds.IsWellFormed(channelId))
            ? new SlackInvoker(team, user, payload.User.Username ?? payload.User.Name, channelId)
            : null;

    private static string Shorten(string? text) => text is null ? "" : text.Length <= 40 ? text : text[..40];
}
