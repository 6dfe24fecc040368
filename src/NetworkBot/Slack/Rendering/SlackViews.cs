using System.Text.Json.Nodes;
using NetworkBot.Core.Commands;
using NetworkBot.Core.Localization;
using NetworkBot.Core.Replies;

namespace NetworkBot.Slack.Rendering;

/// <summary>
/// Views: a form as a modal (one input block per field, keyed by the field's option key), a result shown in a modal,
/// and the App Home. Modals and the Home take at most 100 blocks.
/// </summary>
public sealed class SlackViews(BlockKitRenderer renderer)
{
    /// <summary>Modals the bot opens carry this callback id prefix; submissions of other modals are not ours.</summary>
    public const string FormCallbackPrefix = "nb-form:";

    public const string ResultCallbackId = "nb-result";

    /// <summary>Every input's action id; the block id is the form field's key.</summary>
    public const string InputActionId = "value";

    public JsonObject Form(ReplyForm form, string privateMetadata, Texts texts)
    {
        var inputs = form.Fields.Take(SlackLimits.ViewBlocks).Select(field => (JsonNode)Input(field, texts));
        return new JsonObject
        {
            ["type"] = "modal",
            ["callback_id"] = FormCallbackPrefix + form.Id,
            ["title"] = BlockKitRenderer.PlainText(form.Title, SlackLimits.ViewTitle),
            ["submit"] = BlockKitRenderer.PlainText(texts.SlackFormSubmit, SlackLimits.ViewTitle),
            ["close"] = BlockKitRenderer.PlainText(texts.SlackFormCancel, SlackLimits.ViewTitle),
            ["private_metadata"] = privateMetadata,
            ["blocks"] = new JsonArray([.. inputs]),
        };
    }

    /// <summary>A command's answer shown in a modal; <paramref name="backToForm"/> labels the close button "back" when it sits over a form.</summary>
    public JsonObject Result(string title, IReadOnlyList<ReplyBlock> blocks, Texts texts, bool backToForm) => new()
    {
        ["type"] = "modal",
        ["callback_id"] = ResultCallbackId,
        ["title"] = BlockKitRenderer.PlainText(title, SlackLimits.ViewTitle),
        ["close"] = BlockKitRenderer.PlainText(backToForm ? texts.SlackResultBack : texts.SlackResultClose, SlackLimits.ViewTitle),
        ["blocks"] = renderer.RenderBlocks(blocks, texts, SlackLimits.ViewBlocks),
    };

    public JsonObject Home(IReadOnlyList<ReplyBlock> blocks, Texts texts) => new()
    {
        ["type"] = "home",
        ["blocks"] = renderer.RenderBlocks(blocks, texts, SlackLimits.ViewBlocks),
    };

    private static JsonObject Input(FormField field, Texts texts)
    {
        var input = new JsonObject
        {
            ["type"] = "input",
            ["block_id"] = field.Key,
            ["optional"] = !field.Required,
            ["label"] = BlockKitRenderer.PlainText(field.Label, SlackLimits.InputLabel),
            ["element"] = field.Kind switch
            {
                FormFieldKind.Choice when field.Choices is { Count: > 0 } choices => Select(choices, field),
                FormFieldKind.YesNo => YesNoChoice(field, texts),
                _ => TextInput(field),
            },
        };
        return input;
    }

    private static JsonObject TextInput(FormField field)
    {
        var maxLength = Math.Clamp(field.MaxLength, 1, SlackLimits.InputMaxLength);
        var element = new JsonObject
        {
            ["type"] = "plain_text_input",
            ["action_id"] = InputActionId,
            ["multiline"] = field.Kind == FormFieldKind.LongText,
            ["max_length"] = maxLength,
        };
        if (!string.IsNullOrEmpty(field.Value)) element["initial_value"] = SlackMrkdwn.CutPlain(field.Value, maxLength);
        if (!string.IsNullOrWhiteSpace(field.Placeholder)) element["placeholder"] = BlockKitRenderer.PlainText(field.Placeholder, SlackLimits.Placeholder);
        return element;
    }

    private static JsonObject Select(IReadOnlyList<FormChoice> choices, FormField field)
    {
        var options = choices.Where(c => c.Value.Length <= SlackLimits.OptionValue).Take(SlackLimits.SelectOptions).ToList();
        var element = new JsonObject
        {
            ["type"] = "static_select",
            ["action_id"] = InputActionId,
            ["options"] = new JsonArray([.. options.Select(c => (JsonNode)Option(c.Label, c.Value))]),
        };
        if (options.FirstOrDefault(c => c.Value == field.Value) is { } initial) element["initial_option"] = Option(initial.Label, initial.Value);
        if (!string.IsNullOrWhiteSpace(field.Placeholder)) element["placeholder"] = BlockKitRenderer.PlainText(field.Placeholder, SlackLimits.Placeholder);
        return element;
    }

    private static JsonObject YesNoChoice(FormField field, Texts texts)
    {
        var element = new JsonObject
        {
            ["type"] = "radio_buttons",
            ["action_id"] = InputActionId,
            ["options"] = new JsonArray(Option(texts.SlackYes, "yes"), Option(texts.SlackNo, "no")),
        };
        var initial = YesNo.Parse(field.Value);
        if (initial is { } yes) element["initial_option"] = yes ? Option(texts.SlackYes, "yes") : Option(texts.SlackNo, "no");
        return element;
    }

    private static JsonObject Option(string label, string value) => new()
    {
        ["text"] = BlockKitRenderer.PlainText(label, SlackLimits.OptionText),
        ["value"] = value,
    };
}
