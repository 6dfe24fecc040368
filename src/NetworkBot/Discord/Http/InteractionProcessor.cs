using NetworkBot.Core.Commands;
using NetworkBot.Core.Localization;
using NetworkBot.Core.Replies;
using NetworkBot.Discord.Rendering;
using NetworkBot.Discord.Rest;
using NetworkBot.Discord.Wire;
using NetworkBot.Hosting;

namespace NetworkBot.Discord.Http;

/// <summary>
/// Answers one interaction, however it arrived (HTTP or Gateway). A command that finishes within the quick-reply budget
/// is answered in the response itself; a slower one is deferred (the member sees "thinking…") and completed later by
/// editing the original response, well inside the 15-minute token window.
/// </summary>
internal sealed class InteractionProcessor(
    InteractionMapper mapper,
    CommandExecution execution,
    DiscordMessageRenderer renderer,
    DiscordAnswers answers,
    FormFlow forms,
    AutocompleteResponder autocomplete,
    DiscordStateStore store,
    DiscordRestClient rest,
    IHostApplicationLifetime lifetime,
    TimeProvider time,
    ILogger<InteractionProcessor> logger)
{
    /// <summary>Discord waits 3 s for the first answer; the rest is for the network.</summary>
    public static readonly TimeSpan QuickReplyBudget = TimeSpan.FromSeconds(2);

    /// <summary>Interaction tokens last 15 minutes; a deferred reply gives up a little before.</summary>
    public static readonly TimeSpan DeferredReplyLimit = TimeSpan.FromMinutes(14);

    /// <summary>The answer, and for a deferred one the work that completes it; null for an interaction type Discord does not define.</summary>
    public async Task<InteractionOutcome?> ProcessAsync(Interaction interaction, CancellationToken cancellationToken)
    {
        var texts = Texts.For(mapper.Language(interaction));
        switch (interaction.Type)
        {
            case InteractionType.Ping:
                return new InteractionOutcome(InteractionResponse.Pong);
            case InteractionType.ApplicationCommand when interaction.Data is { Name.Length: > 0, Type: null or 1 }:
                return await RunAsync(mapper.ToCommand(interaction), interaction, canOpenModal: true);
            case InteractionType.ApplicationCommand:
                return NotSupported(texts, "application command type " + interaction.Data?.Type);
            case InteractionType.MessageComponent:
                return await ComponentAsync(interaction, texts);
            case InteractionType.Autocomplete:
                return new InteractionOutcome(await autocomplete.RespondAsync(interaction, cancellationToken));
            case InteractionType.ModalSubmit:
                return await ModalSubmitAsync(interaction, texts);
            default:
                DiscordLog.Unsupported(logger, "interaction type " + interaction.Type);
                return null;
        }
    }

    private async Task<InteractionOutcome> ComponentAsync(Interaction interaction, Texts texts)
    {
        var data = interaction.Data;
        var customId = data?.ComponentType switch
        {
            ComponentType.Button => data.CustomId,
            ComponentType.StringSelect => data.Values?.FirstOrDefault(),
            _ => null,
        };
        var target = ComponentIds.Parse(customId);
        var memberId = mapper.Context(interaction).Invoker.Id;
        switch (target.Kind)
        {
            case ComponentTargetKind.Command:
                return await RunAsync(mapper.FromText(target.Value, interaction), interaction, canOpenModal: true);
            case ComponentTargetKind.StoredCommand:
                return store.CommandFor(target.Value) is { } text
                    ? await RunAsync(mapper.FromText(text, interaction), interaction, canOpenModal: true)
                    : Private(texts.ButtonExpired, texts);
            case ComponentTargetKind.FormPage:
                return forms.Page(target.Value, target.Page, memberId, texts) is { } modal
                    ? new InteractionOutcome(InteractionResponse.Modal(modal))
                    : Private(texts.FormExpired, texts);
            case ComponentTargetKind.FormStop:
                forms.Stop(target.Value, memberId);
                return Private(texts.FormCancelled, texts);
            default:
                return NotSupported(texts, data?.ComponentType is 2 or 3 ? "component custom id" : "component type " + data?.ComponentType);
        }
    }

    private async Task<InteractionOutcome> ModalSubmitAsync(Interaction interaction, Texts texts)
    {
        var memberId = mapper.Context(interaction).Invoker.Id;
        var submission = forms.Submit(interaction.Data ?? new InteractionData(), memberId);
        switch (submission.Kind)
        {
            case FormSubmissionKind.NextPage:
                var next = BotReply.Private(new TextBlock(texts.FormPageReceived(submission.NextPage, submission.Pages)));
                ReplyButton[] buttons =
                [
                    new(texts.ButtonFormNext(submission.NextPage + 1, submission.Pages), ComponentIds.ForFormPage(submission.DraftId, submission.NextPage), ButtonStyle.Primary),
                    new(texts.ButtonFormStop, ComponentIds.ForFormStop(submission.DraftId)),
                ];
                return new InteractionOutcome(InteractionResponse.Message(RenderWithRawButtons(next, texts, buttons)));
            case FormSubmissionKind.Complete:
                return await RunAsync(mapper.FromText(submission.Command!, interaction), interaction, canOpenModal: false);
            case FormSubmissionKind.Expired:
                return Private(texts.FormExpired, texts);
            default:
                return NotSupported(texts, "modal custom id");
        }
    }

    private async Task<InteractionOutcome> RunAsync(BotCommand command, Interaction interaction, bool canOpenModal)
    {
        var run = execution.RunAsync(command, lifetime.ApplicationStopping);
        // Most commands finish at once: no timer for them.
        if (run.IsCompletedSuccessfully) return Respond(run.Result, command, interaction, canOpenModal);

        var work = run.AsTask();
        using var budget = CancellationTokenSource.CreateLinkedTokenSource(lifetime.ApplicationStopping);
        var timer = Task.Delay(QuickReplyBudget, time, budget.Token);
        if (await Task.WhenAny(work, timer) == work)
        {
            await budget.CancelAsync();
            return Respond(await work, command, interaction, canOpenModal);
        }

        return new InteractionOutcome(
            InteractionResponse.Deferred(ephemeral: true),
            cancellationToken => CompleteDeferredAsync(work, command, interaction, cancellationToken));
    }

    private InteractionOutcome Respond(BotReply reply, BotCommand command, Interaction interaction, bool canOpenModal)
    {
        var texts = Texts.For(command.Context.Language);
        if (reply.Form is { } form)
        {
            var draft = forms.Start(form, command.Context.Invoker.Id);
            if (canOpenModal && reply.Blocks.Count == 0) return new InteractionOutcome(InteractionResponse.Modal(ModalRenderer.Render(draft, 0, texts)));
            return new InteractionOutcome(InteractionResponse.Message(FormInvitation(reply, form, draft, texts)));
        }

        var (response, utf8Json) = answers.For(reply, texts, ephemeral: reply.Visibility == ReplyVisibility.OnlyAsker);
        return new InteractionOutcome(response, Utf8Json: utf8Json);
    }

    private async Task CompleteDeferredAsync(Task<BotReply> work, BotCommand command, Interaction interaction, CancellationToken cancellationToken)
    {
        var texts = Texts.For(command.Context.Language);
        var limit = Task.Delay(DeferredReplyLimit, time, cancellationToken);
        try
        {
            if (await Task.WhenAny(work, limit) != work)
            {
                await rest.EditOriginalResponseAsync(interaction.Token, renderer.Render(BotReply.PrivateText(texts.TookTooLong), texts, ephemeral: true), cancellationToken);
                return;
            }

            var reply = await work;
            if (reply.Form is { } form)
            {
                var draft = forms.Start(form, command.Context.Invoker.Id);
                await rest.EditOriginalResponseAsync(interaction.Token, FormInvitation(reply, form, draft, texts), cancellationToken);
            }
            else if (reply.Visibility == ReplyVisibility.Channel)
            {
                // The deferral was private; a reply meant for the channel follows as a message of its own.
                await rest.EditOriginalResponseAsync(interaction.Token, renderer.Render(BotReply.PrivateText(texts.PostedToChannel), texts, ephemeral: true), cancellationToken);
                await rest.CreateFollowupAsync(interaction.Token, renderer.Render(reply, texts, ephemeral: false), cancellationToken);
            }
            else
            {
                await rest.EditOriginalResponseAsync(interaction.Token, renderer.Render(reply, texts, ephemeral: true), cancellationToken);
            }
        }
        catch (DiscordApiException exception)
        {
            DiscordLog.DeferredReplyFailed(logger, (int)exception.Status, exception.Code);
        }
    }

    /// <summary>A reply that asks to open a form where a modal cannot be shown: its blocks, and a button that opens the form.</summary>
    private MessagePayload FormInvitation(BotReply reply, ReplyForm form, FormDraft draft, Texts texts)
    {
        var blocks = reply.Blocks.Count > 0 ? reply.Blocks : [new TextBlock($"**{form.Title}**")];
        return RenderWithRawButtons(reply with { Blocks = blocks }, texts, [new ReplyButton(texts.ButtonFormOpen, ComponentIds.ForFormPage(draft.Id, 0), ButtonStyle.Primary)]);
    }

    /// <summary>Renders buttons whose "command" is already a custom id (form navigation).</summary>
    private MessagePayload RenderWithRawButtons(BotReply reply, Texts texts, IReadOnlyList<ReplyButton> rawButtons)
    {
        var message = renderer.Render(reply, texts, ephemeral: true);
        var row = new ActionRow(rawButtons.Select(b => (object)new Button(
            b.Style == ButtonStyle.Primary ? Button.Primary : Button.Secondary,
            DiscordLimits.Cut(b.Label, DiscordLimits.ButtonLabel),
            b.Command)).ToList());
        var rows = (message.Components ?? []).Take(DiscordLimits.Rows - 1).Append(row).ToList();
        return message with { Components = rows };
    }

    private InteractionOutcome NotSupported(Texts texts, string kind)
    {
        DiscordLog.Unsupported(logger, kind);
        return Private(texts.NotSupportedHere, texts);
    }

    private InteractionOutcome Private(string text, Texts texts) =>
        new(InteractionResponse.Message(renderer.Render(BotReply.PrivateText(text), texts, ephemeral: true)));
}

/// <summary>
/// The first answer to an interaction and, when it was deferred, the work that completes it. <see cref="Utf8Json"/>,
/// when given, is the response already written out (kept with a reply that is handed out again).
/// </summary>
internal sealed record InteractionOutcome(InteractionResponse Response, Func<CancellationToken, Task>? Continuation = null, byte[]? Utf8Json = null);
