using System.Text.Json.Serialization;

namespace NetworkBot.Discord.Wire;

internal static class MessageFlags
{
    public const int Ephemeral = 1 << 6;
}

/// <summary>A message to create or edit: content, embeds and components, never pinging anyone unless named in <see cref="AllowedMentions"/>.</summary>
internal sealed record MessagePayload
{
    public string? Content { get; init; }

    public IReadOnlyList<Embed>? Embeds { get; init; }

    public IReadOnlyList<object>? Components { get; init; }

    public int? Flags { get; init; }

    public AllowedMentions AllowedMentions { get; init; } = AllowedMentions.None;

    /// <summary>Up to 25 characters; with <see cref="EnforceNonce"/>, a retried send within minutes returns the first message instead of a second.</summary>
    public string? Nonce { get; init; }

    public bool? EnforceNonce { get; init; }
}

/// <summary><c>{"parse": []}</c>: names and @everyone written in member text stay plain text.</summary>
internal sealed record AllowedMentions(IReadOnlyList<string> Parse, IReadOnlyList<string>? Users = null)
{
    public static readonly AllowedMentions None = new([]);

    public static AllowedMentions OnlyUser(string userId) => new([], [userId]);
}

internal sealed record Embed
{
    public string? Title { get; init; }

    public string? Description { get; init; }

    public IReadOnlyList<EmbedField>? Fields { get; init; }

    public EmbedFooter? Footer { get; init; }

    public int? Color { get; init; }
}

internal sealed record EmbedField(string Name, string Value, bool Inline);

internal sealed record EmbedFooter(string Text);

/// <summary>Component types.</summary>
internal static class ComponentType
{
    public const int ActionRow = 1;
    public const int Button = 2;
    public const int StringSelect = 3;
    public const int TextInput = 4;
    public const int Label = 18;
}

internal sealed record ActionRow(IReadOnlyList<object> Components)
{
    public int Type => ComponentType.ActionRow;
}

internal sealed record Button(int Style, string Label, string CustomId)
{
    public const int Primary = 1;
    public const int Secondary = 2;
    public const int Danger = 4;

    public int Type => ComponentType.Button;
}

internal sealed record StringSelect(string CustomId, IReadOnlyList<SelectOption> Options)
{
    public int Type => ComponentType.StringSelect;

    public string? Placeholder { get; init; }

    public int? MinValues { get; init; }

    public int? MaxValues { get; init; }

    /// <summary>Only in modals.</summary>
    public bool? Required { get; init; }
}

internal sealed record SelectOption(string Label, string Value)
{
    public bool? Default { get; init; }
}

/// <summary>A modal's labelled input.</summary>
internal sealed record Label([property: JsonPropertyName("label")] string Text, object Component)
{
    public int Type => ComponentType.Label;

    public string? Description { get; init; }
}

internal sealed record TextInput(string CustomId, int Style)
{
    public const int Short = 1;
    public const int Paragraph = 2;

    public int Type => ComponentType.TextInput;

    public bool Required { get; init; }

    public int? MaxLength { get; init; }

    public string? Value { get; init; }

    public string? Placeholder { get; init; }
}
