using System.Numerics;
using NetworkBot.Core.Commands;
using NetworkBot.Core.Localization;
using NetworkBot.Discord.Rendering;
using NetworkBot.Discord.Wire;

namespace NetworkBot.Discord.Rest;

/// <summary>
/// Turns Core's command definitions into Discord's command set: <c>event show</c> becomes the subcommand <c>show</c>
/// of <c>/event</c>, option keys become string options (event ids and prefectures with autocomplete, kinds and periods
/// as choices), English by default with Japanese names and descriptions as localizations. Commands only organizers
/// may run carry <c>default_member_permissions</c> so Discord hides them from others; the bot still checks.
/// </summary>
internal static class CommandCatalog
{
    /// <summary>The subcommand that stands for a command's bare form when it also has subcommands.</summary>
    public const string BareSubcommand = "show";

    /// <summary>Manage Events (1 &lt;&lt; 33).</summary>
    public static readonly string OrganizerPermissions = (BigInteger.One << 33).ToString();

    private const int MaxOptions = 25;
    private const string Japanese = "ja";

    private static readonly Dictionary<string, string[]> ChoiceValues = new(StringComparer.Ordinal)
    {
        ["period"] = ["today", "week", "month", "all"],
        ["kind"] = ["study", "mini", "meetup", "symposium", "other"],
        ["party"] = ["yes", "no"],
        ["confirm"] = ["yes", "no"],
    };

    private static readonly HashSet<string> Autocompleted = new(StringComparer.Ordinal) { "id", "prefecture" };

    public static IReadOnlyList<ApplicationCommand> Build(IEnumerable<CommandDefinition> definitions, bool global)
    {
        var commands = new List<ApplicationCommand>();
        foreach (var group in definitions.GroupBy(d => d.Name.ToLowerInvariant()).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var subcommands = group.Where(d => d.Subcommand is not null).OrderBy(d => d.Subcommand, StringComparer.Ordinal).ToList();
            var bare = group.FirstOrDefault(d => d.Subcommand is null);
            List<CommandOption>? options;
            if (subcommands.Count == 0)
            {
                options = Options(bare!);
            }
            else
            {
                options = subcommands.Select(Subcommand).ToList();
                if (bare is not null && subcommands.All(s => s.Subcommand != BareSubcommand))
                {
                    options.Insert(0, Subcommand(bare with { Subcommand = BareSubcommand }));
                }
            }

            var key = group.Key;
            commands.Add(new ApplicationCommand
            {
                Name = key,
                NameLocalizations = Localized(Texts.Japanese.LocalizedName(key), key),
                Description = Description(Texts.English.CommandDescription(key), key),
                DescriptionLocalizations = Localized(Description(Texts.Japanese.CommandDescription(key), key), Description(Texts.English.CommandDescription(key), key)),
                Options = options is { Count: > 0 } ? options.Take(MaxOptions).ToList() : null,
                DefaultMemberPermissions = group.All(d => d.OrganizersOnly) ? OrganizerPermissions : null,
                Contexts = global ? [0, 1] : null,
            });
        }

        return commands;
    }

    private static CommandOption Subcommand(CommandDefinition definition)
    {
        var name = definition.Subcommand!.ToLowerInvariant();
        var english = Description(Texts.English.CommandDescription(definition.Key), name);
        return new CommandOption
        {
            Type = CommandOptionType.SubCommand,
            Name = name,
            NameLocalizations = Localized(Texts.Japanese.LocalizedName(name), name),
            Description = english,
            DescriptionLocalizations = Localized(Description(Texts.Japanese.CommandDescription(definition.Key), name), english),
            Options = Options(definition) is { Count: > 0 } options ? options : null,
        };
    }

    private static List<CommandOption> Options(CommandDefinition definition) =>
        definition.OptionKeys
            .Select(key => key.ToLowerInvariant())
            .Distinct()
            .Select(key => new CommandOption
            {
                Type = CommandOptionType.String,
                Name = key,
                NameLocalizations = Localized(Texts.Japanese.LocalizedName(key), key),
                Description = Description(Texts.English.OptionDescription(key), key),
                DescriptionLocalizations = Localized(Description(Texts.Japanese.OptionDescription(key), key), Description(Texts.English.OptionDescription(key), key)),
                Required = key == "id" ? true : null,
                Autocomplete = Autocompleted.Contains(key) ? true : null,
                Choices = ChoiceValues.TryGetValue(key, out var values)
                    ? values.Select(v => new CommandChoice(Texts.English.ChoiceLabel(v), v) { NameLocalizations = Localized(Texts.Japanese.ChoiceLabel(v), Texts.English.ChoiceLabel(v)) }).ToList()
                    : null,
            })
            .OrderBy(o => o.Required == true ? 0 : 1)
            .Take(MaxOptions)
            .ToList();

    private static string Description(string? text, string fallback) =>
        DiscordLimits.Cut(string.IsNullOrWhiteSpace(text) ? fallback : text, DiscordLimits.CommandDescription);

    /// <summary>Discord ignores localizations equal to the default; sending none keeps the hash honest.</summary>
    private static Dictionary<string, string>? Localized(string? japanese, string english) =>
        string.IsNullOrWhiteSpace(japanese) || japanese == english ? null : new Dictionary<string, string> { [Japanese] = japanese };
}
