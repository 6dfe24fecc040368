using System.Text;
using System.Text.Json.Nodes;
using NetworkBot.Core.Localization;
using NetworkBot.Core.Replies;
using NetworkBot.Core.Settings;

namespace NetworkBot.Slack.Rendering;

/// <summary>
/// Renders Core's reply blocks as Block Kit: heading → header, text → section (mrkdwn), fields → section fields,
/// context → context, divider → divider, buttons → actions whose value is the command the press runs. Slack's limits
/// are met by cutting with "…" and a link to the public page; rendering never fails.
/// </summary>
public sealed class BlockKitRenderer(BotSettings settings)
{
    /// <summary>Button presses carry this action id prefix; presses of other apps' buttons are ignored.</summary>
    public const string CommandActionPrefix = "nb-cmd-";

    public SlackMessage RenderMessage(BotReply reply, Texts texts) =>
        new(RenderBlocks(reply.Blocks, texts, SlackLimits.MessageBlocks), FallbackText(reply.Blocks));

    public JsonArray RenderBlocks(IReadOnlyList<ReplyBlock> blocks, Texts texts, int maxBlocks)
    {
        var rendered = new List<JsonObject>();
        var buttonNumber = 0;
        foreach (var block in blocks) rendered.AddRange(Render(block, texts, ref buttonNumber));
        if (rendered.Count > maxBlocks)
        {
            var omitted = rendered.Count - (maxBlocks - 1);
            rendered = rendered.Take(maxBlocks - 1).ToList();
            rendered.Add(Context(SlackMrkdwn.Escape(texts.SlackBlocksOmitted(omitted)) + " " + MoreLink(texts)));
        }

        return new JsonArray([.. rendered]);
    }

    /// <summary>The words of the reply without marks, for notifications and clients that cannot show blocks.</summary>
    public static string FallbackText(IReadOnlyList<ReplyBlock> blocks)
    {
        var text = new StringBuilder();
        foreach (var block in blocks)
        {
            switch (block)
            {
                case HeadingBlock heading:
                    text.AppendLine(heading.Text);
                    break;
                case TextBlock body:
                    text.AppendLine(SlackMrkdwn.Plain(body.Markdown));
                    break;
                case PreformattedBlock preformatted:
                    text.AppendLine(preformatted.Text);
                    break;
                case FieldsBlock fields:
                    foreach (var field in fields.Fields) text.AppendLine($"{field.Label}: {SlackMrkdwn.Plain(field.Value)}");
                    break;
                case ContextBlock context:
                    text.AppendLine(SlackMrkdwn.Plain(context.Text));
                    break;
            }

            if (text.Length > SlackLimits.FallbackText) break;
        }

        return SlackMrkdwn.Cut(SlackMrkdwn.Escape(text.ToString().Trim()), SlackLimits.FallbackText);
    }

    private IEnumerable<JsonObject> Render(ReplyBlock block, Texts texts, ref int buttonNumber)
    {
        switch (block)
        {
            case HeadingBlock heading when !string.IsNullOrWhiteSpace(heading.Text):
                return [Header(heading.Text)];
            case TextBlock body when !string.IsNullOrWhiteSpace(body.Markdown):
                return [Section(SlackMrkdwn.Cut(SlackMrkdwn.FromMarkdown(body.Markdown), SlackLimits.SectionText, MoreLink(texts)))];
            case FieldsBlock fields when fields.Fields.Count > 0:
                return fields.Fields.Chunk(SlackLimits.FieldsPerSection).Select(chunk => FieldsSection(chunk, texts)).ToList();
            case PreformattedBlock preformatted when !string.IsNullOrWhiteSpace(preformatted.Text):
                // A code block keeps the columns of the prefecture tile map.
                return [Section(SlackMrkdwn.Cut("```" + SlackMrkdwn.Escape(preformatted.Text.Replace("```", "` ` `", StringComparison.Ordinal)) + "```", SlackLimits.SectionText))];
            case ContextBlock context when !string.IsNullOrWhiteSpace(context.Text):
                return [Context(SlackMrkdwn.Cut(SlackMrkdwn.FromMarkdown(context.Text), SlackLimits.SectionText))];
            case DividerBlock:
                return [new JsonObject { ["type"] = "divider" }];
            case ActionsBlock actions:
                var buttons = new List<JsonObject>();
                foreach (var button in actions.Buttons)
                {
                    if (button.Command.Length > SlackLimits.ButtonValue) continue;
                    buttons.Add(Button(button, CommandActionPrefix + buttonNumber++));
                }

                return buttons.Chunk(SlackLimits.ButtonsPerActions)
                    .Select(chunk => new JsonObject { ["type"] = "actions", ["elements"] = new JsonArray([.. chunk]) })
                    .ToList();
            default:
                return [];
        }
    }

    public static JsonObject PlainText(string text, int max) => new()
    {
        ["type"] = "plain_text",
        ["text"] = SlackMrkdwn.CutPlain(text, max),
        ["emoji"] = true,
    };

    private static JsonObject Header(string text) =>
        new() { ["type"] = "header", ["text"] = PlainText(SlackMrkdwn.Plain(text), SlackLimits.HeaderText) };

    private static JsonObject Section(string mrkdwn) =>
        new() { ["type"] = "section", ["text"] = new JsonObject { ["type"] = "mrkdwn", ["text"] = mrkdwn } };

    private static JsonObject Context(string mrkdwn) =>
        new() { ["type"] = "context", ["elements"] = new JsonArray(new JsonObject { ["type"] = "mrkdwn", ["text"] = mrkdwn }) };

    private JsonObject FieldsSection(IEnumerable<ReplyField> fields, Texts texts)
    {
        var elements = fields.Select(f => (JsonNode)new JsonObject
        {
            ["type"] = "mrkdwn",
            ["text"] = SlackMrkdwn.Cut($"*{SlackMrkdwn.Escape(f.Label)}*\n{SlackMrkdwn.FromMarkdown(f.Value)}", SlackLimits.FieldText, MoreLink(texts)),
        });
        return new JsonObject { ["type"] = "section", ["fields"] = new JsonArray([.. elements]) };
    }

    private static JsonObject Button(ReplyButton button, string actionId)
    {
        var json = new JsonObject
        {
            ["type"] = "button",
            ["text"] = PlainText(button.Label, SlackLimits.ButtonText),
            ["action_id"] = actionId,
            ["value"] = button.Command,
        };
        if (button.Style != ButtonStyle.Plain) json["style"] = button.Style == ButtonStyle.Primary ? "primary" : "danger";
        return json;
    }

    private string MoreLink(Texts texts) => SlackMrkdwn.Link(settings.PublicBaseUrl, texts.SlackMoreOnWeb);
}
