namespace NetworkBot.Core.Replies;

/// <summary>
/// A form to fill in. Submitting it runs <see cref="SubmitCommand"/> with each field added as a
/// <c>key:"value"</c> option. Slack shows one modal, Discord modals of five inputs, the console one question a line.
/// </summary>
public sealed record ReplyForm(string Id, string Title, string SubmitCommand, IReadOnlyList<FormField> Fields);

public enum FormFieldKind
{
    ShortText,
    LongText,
    Choice,
    YesNo,
}

public sealed record FormField(
    string Key,
    string Label,
    FormFieldKind Kind = FormFieldKind.ShortText,
    string? Placeholder = null,
    bool Required = false,
    int MaxLength = 200,
    string? Value = null,
    IReadOnlyList<FormChoice>? Choices = null);

/// <summary>One option of a <see cref="FormFieldKind.Choice"/> field: what is shown and what is submitted.</summary>
public sealed record FormChoice(string Label, string Value);
