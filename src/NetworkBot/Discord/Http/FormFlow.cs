using System.Text;
using NetworkBot.Core.Localization;
using NetworkBot.Core.Replies;
using NetworkBot.Discord.Rendering;
using NetworkBot.Discord.Wire;

namespace NetworkBot.Discord.Http;

/// <summary>
/// A form filled in over one or more Discord modals. The answers of each page are kept in the data file until the
/// last page is submitted; then the form's command runs with every answer as a <c>key:"value"</c> option, exactly as
/// the console would send it.
/// </summary>
internal sealed class FormFlow(DiscordStateStore store)
{
    public FormDraft Start(ReplyForm form, string memberId) => store.StartForm(form, memberId);

    /// <summary>The modal for one page, or null when the draft expired or belongs to someone else.</summary>
    public ModalData? Page(string draftId, int page, string memberId, Texts texts)
    {
        var draft = store.Form(draftId);
        if (draft is null || draft.MemberId != memberId || page >= ModalRenderer.PageCount(draft.Form)) return null;
        return ModalRenderer.Render(draft, page, texts);
    }

    public void Stop(string draftId, string memberId)
    {
        if (store.Form(draftId) is { } draft && draft.MemberId == memberId) store.DeleteForm(draftId);
    }

    public FormSubmission Submit(InteractionData data, string memberId)
    {
        var target = ComponentIds.Parse(data.CustomId);
        if (target.Kind != ComponentTargetKind.FormPage) return FormSubmission.Unknown;
        var draft = store.Form(target.Value);
        if (draft is null || draft.MemberId != memberId) return FormSubmission.Expired;

        var submitted = new Dictionary<string, string>(StringComparer.Ordinal);
        Collect(data.Components, submitted);
        foreach (var field in ModalRenderer.Page(draft.Form, target.Page))
        {
            if (!submitted.TryGetValue(field.Key, out var value)) continue;
            if (string.IsNullOrWhiteSpace(value)) draft.Answers.Remove(field.Key);
            else draft.Answers[field.Key] = value.Trim();
        }

        var pages = ModalRenderer.PageCount(draft.Form);
        if (target.Page + 1 < pages)
        {
            store.SaveForm(draft);
            return new FormSubmission(FormSubmissionKind.NextPage, draft.Id, target.Page + 1, pages, null);
        }

        store.DeleteForm(draft.Id);
        return new FormSubmission(FormSubmissionKind.Complete, draft.Id, pages, pages, CommandText(draft));
    }

    /// <summary>The command a completed form runs: its submit command and each answer, quoted, in the form's order.</summary>
    public static string CommandText(FormDraft draft)
    {
        var command = new StringBuilder(draft.Form.SubmitCommand);
        foreach (var field in draft.Form.Fields)
        {
            if (!draft.Answers.TryGetValue(field.Key, out var value)) continue;
            command.Append(' ').Append(field.Key).Append(":\"").Append(value.Replace("\\", "\\\\").Replace("\"", "\\\"")).Append('"');
        }

        return command.ToString();
    }

    private static void Collect(List<SubmittedComponent>? components, Dictionary<string, string> values)
    {
        foreach (var component in components ?? [])
        {
            if (component.CustomId is { } key && (component.Value is not null || component.Values is not null))
            {
                values[key] = component.Value ?? component.Values?.FirstOrDefault() ?? "";
            }

            if (component.Component is { } child) Collect([child], values);
            Collect(component.Components, values);
        }
    }
}

internal enum FormSubmissionKind
{
    Unknown,
    Expired,
    NextPage,
    Complete,
}

internal sealed record FormSubmission(FormSubmissionKind Kind, string DraftId, int NextPage, int Pages, string? Command)
{
    public static readonly FormSubmission Unknown = new(FormSubmissionKind.Unknown, "", 0, 0, null);

    public static readonly FormSubmission Expired = new(FormSubmissionKind.Expired, "", 0, 0, null);
}
