using System.Text;
using System.Text.RegularExpressions;
using NetworkBot.Core.Localization;
using NetworkBot.Core.Replies;
using NetworkBot.Discord.Wire;

namespace NetworkBot.Discord.Rendering;

/// <summary>
/// Renders Core's reply model as a Discord message. Plain answers become message content; replies with a heading or
/// fields become embeds (title, description, fields, footer). Buttons become rows of at most five, at most five rows;
/// what does not fit goes into one select menu. Every limit is met by cutting with "…", never by failing, and no
/// message pings anyone unless the caller names who.
/// </summary>
internal sealed partial class DiscordMessageRenderer(DiscordStateStore store)
{
    public const int EmbedColor = 0x3B82F6;
    private const int InlineFieldMaxLength = 40;

    public MessagePayload Render(
        BotReply reply, Texts texts, bool ephemeral, IReadOnlyList<ReplyButton>? extraButtons = null, AllowedMentions? mentions = null, string? prefix = null)
    {
        var (content, embeds) = Body(reply.Blocks, prefix);
        var buttons = reply.Blocks.OfType<ActionsBlock>().SelectMany(a => a.Buttons).Concat(extraButtons ?? []).ToList();
        var components = Components(buttons, texts);
        return new MessagePayload
        {
            Content = content ?? (embeds.Count == 0 ? "…" : null),
            Embeds = embeds.Count > 0 ? embeds : null,
            Components = components,
            Flags = ephemeral ? MessageFlags.Ephemeral : null,
            AllowedMentions = mentions ?? AllowedMentions.None,
        };
    }

    private static (string? Content, List<Embed> Embeds) Body(IReadOnlyList<ReplyBlock> blocks, string? prefix)
    {
        if (!blocks.Any(b => b is HeadingBlock or FieldsBlock))
        {
            var lines = new List<string>();
            if (prefix is not null) lines.Add(prefix);
            foreach (var block in blocks)
            {
                switch (block)
                {
                    case TextBlock text:
                        lines.Add(text.Markdown);
                        break;
                    case PreformattedBlock preformatted:
                        lines.Add(CodeBlock(preformatted.Text));
                        break;
                    case ContextBlock context:
                        lines.AddRange(context.Text.Split('\n').Select(line => "-# " + line));
                        break;
                    case DividerBlock:
                        lines.Add("");
                        break;
                }
            }

            var plain = string.Join("\n", lines).Trim();
            if (plain.Length == 0) return (null, []);
            if (plain.Length <= DiscordLimits.Content) return (plain, []);
            return (null, [new Embed { Description = DiscordLimits.Cut(plain, DiscordLimits.EmbedDescription), Color = EmbedColor }]);
        }

        var embeds = new List<Embed>();
        var current = new EmbedDraft();
        foreach (var block in blocks)
        {
            switch (block)
            {
                case HeadingBlock heading:
                    if (!current.IsEmpty) embeds.Add(current.Build());
                    current = new EmbedDraft { Title = heading.Text };
                    break;
                case TextBlock text:
                    current.Description.Add(text.Markdown);
                    break;
                case PreformattedBlock preformatted:
                    current.Description.Add(CodeBlock(preformatted.Text));
                    break;
                case DividerBlock:
                    if (current.Description.Count > 0) current.Description.Add("");
                    break;
                case FieldsBlock fields:
                    foreach (var field in fields.Fields)
                    {
                        if (current.Fields.Count < DiscordLimits.EmbedFields) current.Fields.Add(field);
                        else current.Description.Add($"**{field.Label}**: {field.Value}");
                    }

                    break;
                case ContextBlock context:
                    current.Footer.Add(Plain(context.Text));
                    break;
            }
        }

        if (!current.IsEmpty) embeds.Add(current.Build());
        return (prefix is null ? null : DiscordLimits.Cut(prefix, DiscordLimits.Content), FitTotal(embeds.Take(DiscordLimits.Embeds).ToList()));
    }

    /// <summary>Monospace, so columns line up (the prefecture tile map).</summary>
    private static string CodeBlock(string text) => "```\n" + text.Replace("```", "` ` `", StringComparison.Ordinal) + "\n```";

    /// <summary>Discord allows 6,000 characters over all embeds of a message; long descriptions give way first.</summary>
    private static List<Embed> FitTotal(List<Embed> embeds)
    {
        var total = embeds.Sum(Size);
        for (var i = embeds.Count - 1; i >= 0 && total > DiscordLimits.EmbedTotal; i--)
        {
            var description = embeds[i].Description ?? "";
            var keep = Math.Max(0, description.Length - (total - DiscordLimits.EmbedTotal));
            var cut = keep < 20 ? null : DiscordLimits.Cut(description, keep);
            total -= description.Length - (cut?.Length ?? 0);
            embeds[i] = embeds[i] with { Description = cut };
        }

        for (var i = embeds.Count - 1; i >= 0 && total > DiscordLimits.EmbedTotal; i--)
        {
            if (embeds[i].Fields is not { } current) continue;
            var fields = current.ToList();
            for (var j = fields.Count - 1; j >= 0 && total > DiscordLimits.EmbedTotal; j--)
            {
                var field = fields[j];
                var keep = field.Value.Length - (total - DiscordLimits.EmbedTotal);
                if (keep >= 20)
                {
                    var cut = DiscordLimits.Cut(field.Value, keep);
                    total -= field.Value.Length - cut.Length;
                    fields[j] = field with { Value = cut };
                }
                else
                {
                    total -= field.Name.Length + field.Value.Length;
                    fields.RemoveAt(j);
                }
            }

            embeds[i] = embeds[i] with { Fields = fields.Count > 0 ? fields : null };
        }

        while (total > DiscordLimits.EmbedTotal && embeds.Count > 1)
        {
            total -= Size(embeds[^1]);
            embeds.RemoveAt(embeds.Count - 1);
        }

        return embeds;
    }

    private static int Size(Embed e) =>
        (e.Title?.Length ?? 0) + (e.Description?.Length ?? 0) + (e.Footer?.Text.Length ?? 0)
        + (e.Fields?.Sum(f => f.Name.Length + f.Value.Length) ?? 0);

    private List<object>? Components(List<ReplyButton> buttons, Texts texts)
    {
        var distinct = buttons.DistinctBy(b => b.Command).ToList();
        if (distinct.Count == 0) return null;
        var labels = Labels(distinct);
        var maxButtons = DiscordLimits.ButtonsPerRow * DiscordLimits.Rows;
        var asButtons = distinct.Count <= maxButtons ? distinct.Count : DiscordLimits.ButtonsPerRow * (DiscordLimits.Rows - 1);

        var rows = new List<object>();
        for (var i = 0; i < asButtons; i += DiscordLimits.ButtonsPerRow)
        {
            rows.Add(new ActionRow(Enumerable.Range(i, Math.Min(DiscordLimits.ButtonsPerRow, asButtons - i))
                .Select(j => (object)new Button(Style(distinct[j].Style), labels[j], ComponentIds.ForCommand(distinct[j].Command, store)))
                .ToList()));
        }

        if (distinct.Count > asButtons)
        {
            var options = Enumerable.Range(asButtons, Math.Min(DiscordLimits.SelectOptions, distinct.Count - asButtons))
                .Select(j => new SelectOption(DiscordLimits.Cut(labels[j], DiscordLimits.SelectOptionLabel), ComponentIds.ForCommand(distinct[j].Command, store)))
                .ToList();
            rows.Add(new ActionRow([new StringSelect(ComponentIds.MenuId, options) { Placeholder = DiscordLimits.Cut(texts.MoreActions, DiscordLimits.SelectPlaceholder) }]));
        }

        return rows;
    }

    /// <summary>Labels that repeat (a list of events, each with "Sign up") get the event number so each button says which.</summary>
    private static List<string> Labels(List<ReplyButton> buttons)
    {
        var repeated = buttons.GroupBy(b => b.Label).Where(g => g.Count() > 1).Select(g => g.Key).ToHashSet();
        return buttons.Select(b =>
        {
            var label = b.Label;
            if (repeated.Contains(label) && FirstNumber().Match(b.Command) is { Success: true } number) label = $"{label} #{number.Groups[1].Value}";
            return DiscordLimits.Cut(DiscordLimits.NonEmpty(label), DiscordLimits.ButtonLabel);
        }).ToList();
    }

    private static int Style(ButtonStyle style) => style switch
    {
        ButtonStyle.Primary => Button.Primary,
        ButtonStyle.Danger => Button.Danger,
        _ => Button.Secondary,
    };

    /// <summary>Embed footers show no markdown: bold marks go, links read "text (url)".</summary>
    private static string Plain(string markdown) =>
        Link().Replace(markdown, m => $"{m.Groups[1].Value} ({m.Groups[2].Value})").Replace("**", "");

    [GeneratedRegex(@"\s#?(\d+)(?:\s|$)")]
    private static partial Regex FirstNumber();

    [GeneratedRegex(@"\[([^\]]+)\]\(([^)\s]+)\)")]
    private static partial Regex Link();

    private sealed class EmbedDraft
    {
        public string? Title { get; init; }

        public List<string> Description { get; } = [];

        public List<ReplyField> Fields { get; } = [];

        public List<string> Footer { get; } = [];

        public bool IsEmpty => Title is null && Description.Count == 0 && Fields.Count == 0 && Footer.Count == 0;

        public Embed Build()
        {
            var description = string.Join("\n", Description).Trim();
            var footer = string.Join("\n", Footer).Trim();
            return new Embed
            {
                Title = Title is null ? null : DiscordLimits.Cut(DiscordLimits.NonEmpty(Title), DiscordLimits.EmbedTitle),
                Description = description.Length == 0 ? null : DiscordLimits.Cut(description, DiscordLimits.EmbedDescription),
                Fields = Fields.Count == 0 ? null : Fields.Select(f => new EmbedField(
                    DiscordLimits.Cut(DiscordLimits.NonEmpty(f.Label), DiscordLimits.EmbedFieldName),
                    DiscordLimits.Cut(DiscordLimits.NonEmpty(f.Value), DiscordLimits.EmbedFieldValue),
                    f.Value.Length <= InlineFieldMaxLength)).ToList(),
                Footer = footer.Length == 0 ? null : new EmbedFooter(DiscordLimits.Cut(footer, DiscordLimits.EmbedFooter)),
                Color = EmbedColor,
            };
        }
    }
}
