using System.Globalization;
using System.Numerics;
using System.Text.Json;
using NetworkBot.Core.Commands;
using NetworkBot.Core.Platform;
using NetworkBot.Core.Settings;
using NetworkBot.Discord.Rest;
using NetworkBot.Discord.Wire;

namespace NetworkBot.Discord.Http;

/// <summary>
/// Maps Discord interactions into Core: who asked (<c>discord:{guild}:{user}</c>), where, in which language
/// (the member's <c>locale</c>, then the server's), whether they organize, and the command with its options.
/// </summary>
internal sealed class InteractionMapper(CommandDispatcher dispatcher, BotSettings settings, DiscordOptions options)
{
    private const int ManageServer = 5;
    private const int Administrator = 3;
    private const int ManageEvents = 33;

    private readonly HashSet<string> _handlerKeys = dispatcher.Definitions.Select(d => d.Key).ToHashSet(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> _organizerRoles = options.OrganizerRoleIds.Select(r => r.Trim()).ToHashSet(StringComparer.Ordinal);

    public CommandContext Context(Interaction interaction)
    {
        var user = interaction.Member?.User ?? interaction.User;
        var userId = user?.Id ?? "0";
        var name = interaction.Member?.Nick ?? user?.GlobalName ?? user?.Username ?? userId;
        var member = new MemberRef(DiscordIds.Member(interaction.GuildId, userId), name);
        var channel = interaction.ChannelId is { } channelId ? new ChannelRef(DiscordIds.Channel(interaction.GuildId, channelId)) : null;
        return new CommandContext(member, channel, Language(interaction), IsOrganizer(interaction.Member));
    }

    public Language Language(Interaction interaction)
    {
        foreach (var tag in new[] { interaction.Locale, interaction.GuildLocale })
        {
            if (tag is null) continue;
            if (tag.StartsWith("ja", StringComparison.OrdinalIgnoreCase)) return Core.Platform.Language.Ja;
            if (tag.StartsWith("en", StringComparison.OrdinalIgnoreCase)) return Core.Platform.Language.En;
        }

        return settings.DefaultLanguage;
    }

    /// <summary>A slash command: subcommands arrive as nested options and become the first positional (<c>event show</c>).</summary>
    public BotCommand ToCommand(Interaction interaction)
    {
        var data = interaction.Data!;
        var name = data.Name ?? "";
        var positionals = new List<string>();
        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        Flatten(data.Options, positionals, values);

        // A command that has both a bare form and subcommands is offered on Discord with a "show" subcommand for the bare form.
        if (positionals.Count > 0 && !_handlerKeys.Contains($"{name} {positionals[0]}") && _handlerKeys.Contains(name)
            && positionals[0] == CommandCatalog.BareSubcommand)
        {
            positionals.RemoveAt(0);
        }

        return dispatcher.Create(name, new CommandArguments(positionals, values), Context(interaction));
    }

    /// <summary>A typed command line carried by a button or a form.</summary>
    public BotCommand FromText(string text, Interaction interaction) => dispatcher.CreateFromText(text, Context(interaction));

    public static string OptionText(JsonElement? value) => value switch
    {
        { ValueKind: JsonValueKind.String } v => v.GetString() ?? "",
        { ValueKind: JsonValueKind.Number } v => v.GetRawText(),
        { ValueKind: JsonValueKind.True } => "yes",
        { ValueKind: JsonValueKind.False } => "no",
        _ => "",
    };

    private static void Flatten(List<InteractionOption>? options, List<string> positionals, Dictionary<string, string> values)
    {
        // JSON allows null entries and null names; neither says anything, so both are skipped.
        foreach (var option in (options ?? []).OfType<InteractionOption>().Where(o => !string.IsNullOrEmpty(o.Name)))
        {
            if (option.Type is CommandOptionType.SubCommand or CommandOptionType.SubCommandGroup)
            {
                positionals.Add(option.Name);
                Flatten(option.Options, positionals, values);
            }
            else
            {
                values[option.Name] = OptionText(option.Value).Trim();
            }
        }
    }

    private bool IsOrganizer(GuildMember? member)
    {
        if (member is null) return false;
        if (BigInteger.TryParse(member.Permissions, NumberStyles.None, CultureInfo.InvariantCulture, out var permissions)
            && (Has(permissions, ManageEvents) || Has(permissions, ManageServer) || Has(permissions, Administrator)))
        {
            return true;
        }

        return member.Roles?.Any(_organizerRoles.Contains) == true;
    }

    private static bool Has(BigInteger permissions, int bit) => !(permissions & (BigInteger.One << bit)).IsZero;
}
