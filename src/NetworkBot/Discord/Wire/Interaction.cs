using System.Text.Json;

namespace NetworkBot.Discord.Wire;

/// <summary>Interaction types (what the member did).</summary>
internal static class InteractionType
{
    public const int Ping = 1;
    public const int ApplicationCommand = 2;
    public const int MessageComponent = 3;
    public const int Autocomplete = 4;
    public const int ModalSubmit = 5;
}

/// <summary>An interaction as Discord sends it over HTTP or inside an INTERACTION_CREATE dispatch.</summary>
internal sealed class Interaction
{
    public string Id { get; set; } = "";

    public string? ApplicationId { get; set; }

    public int Type { get; set; }

    public InteractionData? Data { get; set; }

    public string? GuildId { get; set; }

    public string? ChannelId { get; set; }

    /// <summary>Present in a guild.</summary>
    public GuildMember? Member { get; set; }

    /// <summary>Present in a direct message.</summary>
    public User? User { get; set; }

    public string Token { get; set; } = "";

    public int Version { get; set; }

    public string? Locale { get; set; }

    public string? GuildLocale { get; set; }

    /// <summary>
    /// Whether the member, server and channel ids (what registrations and profiles are keyed on) are snowflakes. Every
    /// interaction but a PING names its member.
    /// </summary>
    public bool HasWellFormedIds => DiscordIds.IsSnowflake((Member?.User ?? User)?.Id)
        && (GuildId is null || DiscordIds.IsSnowflake(GuildId)) && (ChannelId is null || DiscordIds.IsSnowflake(ChannelId));
}

/// <summary>The <c>data</c> of a command, component or modal submission; each uses some of these fields.</summary>
internal sealed class InteractionData
{
    public string? Id { get; set; }

    public string? Name { get; set; }

    /// <summary>The command type (1 = chat input) for application commands.</summary>
    public int? Type { get; set; }

    public List<InteractionOption>? Options { get; set; }

    public string? CustomId { get; set; }

    public int? ComponentType { get; set; }

    public List<string>? Values { get; set; }

    /// <summary>What a modal submitted.</summary>
    public List<SubmittedComponent>? Components { get; set; }
}

internal sealed class InteractionOption
{
    public string Name { get; set; } = "";

    public int Type { get; set; }

    /// <summary>A string, number or boolean.</summary>
    public JsonElement? Value { get; set; }

    public List<InteractionOption>? Options { get; set; }

    public bool? Focused { get; set; }
}

/// <summary>A component of a submitted modal: a label or action row around a text input or select.</summary>
internal sealed class SubmittedComponent
{
    public int Type { get; set; }

    public string? CustomId { get; set; }

    public string? Value { get; set; }

    public List<string>? Values { get; set; }

    /// <summary>The children of a (deprecated) action row.</summary>
    public List<SubmittedComponent>? Components { get; set; }

    /// <summary>The child of a label.</summary>
    public SubmittedComponent? Component { get; set; }
}

internal sealed class User
{
    public string Id { get; set; } = "";

    public string? Username { get; set; }

    public string? GlobalName { get; set; }

    public bool? Bot { get; set; }
}

internal sealed class GuildMember
{
    public User? User { get; set; }

    public string? Nick { get; set; }

    public List<string>? Roles { get; set; }

    /// <summary>The member's permissions in the channel, as a decimal bit set (interactions only).</summary>
    public string? Permissions { get; set; }

    /// <summary>Set in GUILD_MEMBER_ADD.</summary>
    public string? GuildId { get; set; }
}
