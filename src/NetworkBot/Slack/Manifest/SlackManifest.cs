using System.Text.Json.Nodes;
using NetworkBot.Core.Commands;
using NetworkBot.Core.Localization;
using NetworkBot.Slack.Rendering;

namespace NetworkBot.Slack.Manifest;

/// <summary>How the manifest should look: the app's name, where the service is reachable, and whether it uses Socket Mode.</summary>
public sealed record SlackManifestSettings(string Name, Uri? PublicUrl, bool SocketMode);

/// <summary>
/// The Slack app manifest an organizer pastes into Slack ("Create New App" → "From an app manifest"): every command
/// the dispatcher knows, the bot scopes it needs, the events it listens to, interactivity, and Socket Mode on or off.
/// In Socket Mode no URLs are needed: Slack sends everything over the socket.
/// </summary>
public static class SlackManifest
{
    /// <summary>Post messages and DMs, post to public channels for announcements, offer commands, open DMs, read users (locale, admins).</summary>
    public static readonly string[] BotScopes = ["chat:write", "chat:write.public", "commands", "im:write", "users:read"];

    public static readonly string[] BotEvents = ["app_home_opened", "team_join"];

    public static JsonObject Build(IEnumerable<CommandDefinition> definitions, SlackManifestSettings settings)
    {
        var url = settings.SocketMode ? null : settings.PublicUrl;
        var groups = definitions.GroupBy(d => d.Name, StringComparer.OrdinalIgnoreCase).ToList();
        var builtIn = groups.Where(g => SlackBuiltInCommands.Names.Contains(g.Key)).ToList();
        var commands = groups.Except(builtIn)
            .Select(group => (JsonNode)Command(group.Key, group.ToList(), group.Key == SlackBuiltInCommands.Host ? builtIn : [], url))
            .ToArray();
        var events = new JsonObject { ["bot_events"] = Strings(BotEvents) };
        var interactivity = new JsonObject { ["is_enabled"] = true };
        if (url is not null)
        {
            events["request_url"] = Endpoint(url, "slack/events");
            interactivity["request_url"] = Endpoint(url, "slack/interactions");
        }

        return new JsonObject
        {
            ["_metadata"] = new JsonObject { ["major_version"] = 1, ["minor_version"] = 1 },
            ["display_information"] = new JsonObject
            {
                ["name"] = settings.Name,
                ["description"] = SlackMrkdwn.CutPlain($"{Texts.Japanese.SlackAppDescription} ({Texts.English.SlackAppDescription})", 140),
                ["background_color"] = "#1d4f91",
            },
            ["features"] = new JsonObject
            {
                ["app_home"] = new JsonObject { ["home_tab_enabled"] = true, ["messages_tab_enabled"] = true, ["messages_tab_read_only_enabled"] = true },
                ["bot_user"] = new JsonObject { ["display_name"] = settings.Name, ["always_online"] = true },
                ["slash_commands"] = new JsonArray(commands),
            },
            ["oauth_config"] = new JsonObject { ["scopes"] = new JsonObject { ["bot"] = Strings(BotScopes) } },
            ["settings"] = new JsonObject
            {
                ["event_subscriptions"] = events,
                ["interactivity"] = interactivity,
                ["org_deploy_enabled"] = false,
                ["socket_mode_enabled"] = settings.SocketMode,
                ["token_rotation_enabled"] = false,
            },
        };
    }

    /// <summary>
    /// One Slack command per name: <c>/event</c> covers show, create, edit, cancel and attendees, and also the commands
    /// whose names Slack keeps for itself (<c>/event join 3</c>).
    /// </summary>
    private static JsonObject Command(string name, IReadOnlyList<CommandDefinition> definitions, IReadOnlyList<IGrouping<string, CommandDefinition>> hosted, Uri? url)
    {
        var command = new JsonObject
        {
            ["command"] = "/" + name.ToLowerInvariant(),
            ["description"] = $"{Texts.Japanese.SlackCommandDescription(name)} ({Texts.English.SlackCommandDescription(name)})",
            ["should_escape"] = false,
        };
        var hints = new[] { UsageHint(definitions) }.Concat(hosted.Select(g => g.Any(d => d.OptionKeys.Contains("id")) ? $"{g.Key} ID" : g.Key));
        if (string.Join(" | ", hints.Where(h => h.Length > 0)) is { Length: > 0 } hint) command["usage_hint"] = hint.Length <= 1000 ? hint : hint[..999] + "…";
        if (url is not null) command["url"] = Endpoint(url, "slack/commands");
        return command;
    }

    private static string UsageHint(IReadOnlyList<CommandDefinition> definitions)
    {
        var subcommands = definitions.Where(d => d.Subcommand is not null).ToList();
        if (subcommands.Count > 0)
        {
            return string.Join(" | ", subcommands.Select(d => d.OptionKeys.Contains("id") ? $"{d.Subcommand} ID" : d.Subcommand));
        }

        var keys = definitions.SelectMany(d => d.OptionKeys).Distinct().ToList();
        var hint = string.Join(" ", keys.Select(k => k == "id" ? "ID" : $"[{k}:…]"));
        return hint.Length <= 1000 ? hint : hint[..999] + "…";
    }

    private static string Endpoint(Uri baseUrl, string path) => new Uri(baseUrl, path).ToString();

    private static JsonArray Strings(IEnumerable<string> values) => new([.. values.Select(v => (JsonNode)JsonValue.Create(v))]);
}
