using System.Text;
using System.Text.RegularExpressions;
using NetworkBot.Core.Replies;

namespace NetworkBot.Console;

/// <summary>Renders a reply as plain text for a terminal: buttons print as the command they run.</summary>
public static partial class PlainTextRenderer
{
    public static string Render(BotReply reply)
    {
        var text = new StringBuilder();
        foreach (var block in reply.Blocks)
        {
            switch (block)
            {
                case HeadingBlock heading:
                    text.AppendLine($"■ {heading.Text}");
                    break;
                case TextBlock body:
                    text.AppendLine(Plain(body.Markdown));
                    break;
                case FieldsBlock fields:
                    foreach (var field in fields.Fields) text.AppendLine($"{field.Label}: {Plain(field.Value)}");
                    break;
                case PreformattedBlock preformatted:
                    text.AppendLine(preformatted.Text);
                    break;
                case ContextBlock context:
                    text.AppendLine($"  {Plain(context.Text)}");
                    break;
                case DividerBlock:
                    text.AppendLine("────────────────────");
                    break;
                case ActionsBlock actions:
                    text.AppendLine(string.Join("   ", actions.Buttons.Select(b => $"[{b.Label}] {b.Command}")));
                    break;
            }
        }

        return text.ToString().TrimEnd();
    }

    /// <summary>Drops the markdown subset's marks: bold, code and links (kept as "text (url)").</summary>
    public static string Plain(string markdown)
    {
        var text = Link().Replace(markdown, m => $"{m.Groups[1].Value} ({m.Groups[2].Value})");
        return text.Replace("**", "").Replace("`", "");
    }

    [GeneratedRegex(@"\[([^\]]+)\]\(([^)\s]+)\)")]
    private static partial Regex Link();
}
