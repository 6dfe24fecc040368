using NetworkBot.Core.Localization;
using NetworkBot.Core.Replies;
using NetworkBot.Discord.Wire;

namespace NetworkBot.Discord.Rendering;

/// <summary>
/// Renders a form as Discord modals of at most five labelled inputs. Text fields become text inputs; choices and
/// yes/no become select menus. A longer form is split into pages, chained by a "next" button between them.
/// </summary>
internal static class ModalRenderer
{
    public static int PageCount(ReplyForm form) => Math.Max(1, (form.Fields.Count + DiscordLimits.ModalComponents - 1) / DiscordLimits.ModalComponents);

    public static IReadOnlyList<FormField> Page(ReplyForm form, int page) =>
        form.Fields.Skip(page * DiscordLimits.ModalComponents).Take(DiscordLimits.ModalComponents).ToList();

    public static ModalData Render(FormDraft draft, int page, Texts texts)
    {
        var pages = PageCount(draft.Form);
        var title = pages > 1 ? $"{draft.Form.Title}（{page + 1}/{pages}）" : draft.Form.Title;
        var components = Page(draft.Form, page)
            .Select(field => (object)Input(field, draft.Answers.GetValueOrDefault(field.Key) ?? field.Value, texts))
            .ToList();
        return new ModalData(ComponentIds.ForFormPage(draft.Id, page), DiscordLimits.Cut(DiscordLimits.NonEmpty(title), DiscordLimits.ModalTitle), components);
    }

    private static Label Input(FormField field, string? current, Texts texts)
    {
        var label = DiscordLimits.Cut(DiscordLimits.NonEmpty(field.Label), DiscordLimits.InputLabel);
        var choices = field.Kind switch
        {
            FormFieldKind.Choice => field.Choices ?? [],
            FormFieldKind.YesNo => [new FormChoice(texts.ChoiceLabel("yes"), "yes"), new FormChoice(texts.ChoiceLabel("no"), "no")],
            _ => null,
        };
        if (choices is { Count: > 0 })
        {
            var options = choices.Take(DiscordLimits.SelectOptions)
                .Select(c => new SelectOption(DiscordLimits.Cut(DiscordLimits.NonEmpty(c.Label), DiscordLimits.SelectOptionLabel), DiscordLimits.Cut(c.Value, DiscordLimits.SelectOptionLabel))
                {
                    Default = string.Equals(c.Value, current, StringComparison.OrdinalIgnoreCase) ? true : null,
                })
                .ToList();
            var select = new StringSelect(field.Key, options)
            {
                Placeholder = DiscordLimits.Cut(field.Placeholder ?? texts.FormChoicePlaceholder, DiscordLimits.SelectPlaceholder),
                Required = field.Required,
                MinValues = field.Required ? 1 : 0,
                MaxValues = 1,
            };
            return new Label(label, select);
        }

        var maxLength = Math.Clamp(field.MaxLength, 1, DiscordLimits.InputLength);
        var input = new TextInput(field.Key, field.Kind == FormFieldKind.LongText ? TextInput.Paragraph : TextInput.Short)
        {
            Required = field.Required,
            MaxLength = maxLength,
            Value = string.IsNullOrEmpty(current) ? null : DiscordLimits.Cut(current, maxLength),
            Placeholder = field.Placeholder is null ? null : DiscordLimits.Cut(field.Placeholder, DiscordLimits.InputPlaceholder),
        };
        return new Label(label, input);
    }
}
