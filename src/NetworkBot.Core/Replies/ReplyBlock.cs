namespace NetworkBot.Core.Replies;

/// <summary>One piece of a reply. Renderers map each kind to the platform's closest element.</summary>
public abstract record ReplyBlock;

/// <summary>A title line.</summary>
public sealed record HeadingBlock(string Text) : ReplyBlock;

/// <summary>
/// Body text in a small markdown subset: <c>**bold**</c>, <c>[text](url)</c>, line breaks and
/// <c>- </c> bullet lines. Renderers convert it per platform.
/// </summary>
public sealed record TextBlock(string Markdown) : ReplyBlock;

/// <summary>Label → value pairs, shown side by side where the platform can.</summary>
public sealed record FieldsBlock(IReadOnlyList<ReplyField> Fields) : ReplyBlock;

public sealed record ReplyField(string Label, string Value);

/// <summary>
/// Monospace text shown exactly as written, line breaks and spacing kept (a code block on Slack and Discord), for
/// things that must line up such as the prefecture tile map.
/// </summary>
public sealed record PreformattedBlock(string Text) : ReplyBlock;

/// <summary>Small print under the main content.</summary>
public sealed record ContextBlock(string Text) : ReplyBlock;

public sealed record DividerBlock : ReplyBlock;

/// <summary>A row of buttons.</summary>
public sealed record ActionsBlock(IReadOnlyList<ReplyButton> Buttons) : ReplyBlock;

public enum ButtonStyle
{
    Plain,
    Primary,
    Danger,
}

/// <summary>
/// A button that runs <see cref="Command"/> (for example <c>/join 37 party:yes</c>) exactly as if the member
/// had typed it. Kept short so it fits Discord's 100-character custom id.
/// </summary>
public sealed record ReplyButton(string Label, string Command, ButtonStyle Style = ButtonStyle.Plain);
