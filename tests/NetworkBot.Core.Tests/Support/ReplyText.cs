using NetworkBot.Core.Replies;

namespace NetworkBot.Core.Tests.Support;

/// <summary>Flattens a reply to text so tests can assert on what a member would read; buttons show as "[label] command".</summary>
internal static class ReplyText
{
    public static string Of(BotReply reply) => string.Join("\n", reply.Blocks.Select(Render));

    public static IReadOnlyList<ReplyButton> Buttons(BotReply reply) =>
        reply.Blocks.OfType<ActionsBlock>().SelectMany(a => a.Buttons).ToList();

    private static string Render(ReplyBlock block) => block switch
    {
        HeadingBlock heading => heading.Text,
        TextBlock text => text.Markdown,
        FieldsBlock fields => string.Join("\n", fields.Fields.Select(f => $"{f.Label}: {f.Value}")),
        ContextBlock context => context.Text,
        ActionsBlock actions => string.Join("  ", actions.Buttons.Select(b => $"[{b.Label}] {b.Command}")),
        _ => "",
    };
}
