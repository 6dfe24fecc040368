using System.Text;
using NetworkBot.Core.Replies;

namespace NetworkBot.Core.Tests.Members.Fakes;

/// <summary>Everything a reply says, flattened to text, so tests can look for words in it.</summary>
internal static class ReplyText
{
    public static string Of(BotReply reply)
    {
        var text = new StringBuilder();
        foreach (var block in reply.Blocks)
        {
            switch (block)
            {
                case HeadingBlock h: text.AppendLine(h.Text); break;
                case TextBlock t: text.AppendLine(t.Markdown); break;
                case PreformattedBlock p: text.AppendLine(p.Text); break;
                case ContextBlock c: text.AppendLine(c.Text); break;
                case FieldsBlock f: foreach (var field in f.Fields) text.AppendLine($"{field.Label}: {field.Value}"); break;
                case ActionsBlock a: foreach (var b in a.Buttons) text.AppendLine($"[{b.Label}] {b.Command}"); break;
            }
        }

        return text.ToString();
    }

    public static IReadOnlyList<ReplyButton> Buttons(BotReply reply) =>
        reply.Blocks.OfType<ActionsBlock>().SelectMany(a => a.Buttons).ToList();
}
