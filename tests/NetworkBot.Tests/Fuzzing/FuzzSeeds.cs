using System.Text.Json.Nodes;
using NetworkBot.Tests.Discord.Support;
using NetworkBot.Tests.Slack.Support;

namespace NetworkBot.Tests.Fuzzing;

/// <summary>
/// What the mutations start from: the real payloads in the shared fixtures, and requests shaped like the ones this
/// bot's own buttons, forms and commands produce (they reach deepest). Slack's response URLs are pointed at the fake
/// Slack server so follow-ups stay on this machine.
/// </summary>
internal static class FuzzSeeds
{
    /// <summary>Typed commands that touch every handler, against the events <see cref="FuzzHost"/> makes.</summary>
    public static readonly string[] CommandTexts =
    [
        "/events", "/events week 勉強会 山形", "/event show 1", "/event join 1 party:yes", "/join 2 affiliation:\"山形市 企画課\"", "/leave 2",
        "/event create title:\"新しい会\" start:\"12/20 10:00\" end:12:00 venue:\"市役所\" capacity:5 party:yes party_capacity:3",
        "/event create", "/event edit 1 capacity:40 venue:\"別会場\"", "/event cancel 2 reason:\"台風\"", "/event attendees 1",
        "/event reminders 1", "/remind 1 off", "/help", "/members 山形", "/members map", "/profile", "/profile edit prefecture:山形",
        "/introduce name:\"佐藤 花子\" prefecture:山形 sector:municipal interests:\"交通政策\"", "/introduce", "/profile reminders off",
        "/announce create channel:#general text:\"こんにちは\" repeat:\"毎週金曜 18:00\"", "/announce list", "/announce cancel 1",
    ];

    public static IReadOnlyList<byte[]> SlackCommands(FakeSlackServer slack)
    {
        var own = CommandTexts.SelectMany(line =>
        {
            var cut = line.IndexOf(' ');
            var (command, text) = cut < 0 ? (line, "") : (line[..cut], line[(cut + 1)..]);
            return new[] { "U1", FuzzHost.SlackAdmin }.Select(user => SlackHost.Form(
            [
                new("token", "legacy"), new("team_id", "T1"), new("team_domain", "nw"), new("channel_id", "C1"), new("channel_name", "general"),
                new("user_id", user), new("user_name", "member"), new("command", command), new("text", text),
                new("response_url", slack.ResponseUrl("commands/T1/" + user)), new("trigger_id", "1.2.trigger"), new("api_app_id", "A1"),
            ]));
        });
        var fixtures = SlackFixtures.SlackFiles("slash_command_*.txt").Select(f => System.Text.Encoding.UTF8.GetString(SlackFixtures.Bytes(f)));
        return fixtures.Select(f => Local(f, slack, encoded: true)).Concat(own).Select(FuzzHost.Utf8).ToList();
    }

    public static IReadOnlyList<string> SlackInteractionJson(FakeSlackServer slack)
    {
        var own = CommandTexts.Select(line => TestPayloads.ButtonPress(line, slack.ResponseUrl("actions/1")))
            .Append(TestPayloads.Submission(
                new JsonObject { ["c"] = "/event create", ["ch"] = "C1", ["r"] = slack.ResponseUrl("actions/2") }.ToJsonString(),
                new JsonObject { ["title"] = TestPayloads.Value("plain_text_input", "新しい会"), ["start"] = TestPayloads.Value("plain_text_input", "12/20 10:00") }));
        var kinds = new[] { "block_actions_*.json", "block_suggestion_*.json", "view_*.json", "shortcut_*.json" };
        var fixtures = kinds.SelectMany(SlackFixtures.SlackFiles).Select(f => Local(SlackFixtures.Json(f), slack, encoded: false));
        return fixtures.Concat(own).Where(ShapeMutator.IsJson).ToList();
    }

    public static IReadOnlyList<string> SlackInteractionForms(FakeSlackServer slack) =>
        SlackInteractionJson(slack).Select(json => "payload=" + Uri.EscapeDataString(json)).ToList();

    public static IReadOnlyList<string> SlackEvents() =>
        SlackFixtures.SlackFiles("event_*.json").Append("slack/url_verification.json").Select(SlackFixtures.Json)
            .Append(TestPayloads.EventCallback("Ev1", new JsonObject { ["type"] = "team_join", ["user"] = new JsonObject { ["id"] = "U7", ["name"] = "new" } }))
            .Append(TestPayloads.EventCallback("Ev2", new JsonObject { ["type"] = "app_home_opened", ["user"] = "U1", ["tab"] = "home" }))
            .ToList();

    public static IReadOnlyList<string> DiscordInteractions()
    {
        const string organizer = "8589934592"; // Manage Events
        var own = CommandTexts.SelectMany(line => new[]
        {
            Interactions.Button("cmd:" + line),
            Interactions.Select("cmd:" + line),
        }).Concat(
        [
            Interactions.Command("events", [Interactions.Option("period", "week")]),
            Interactions.Subcommand("event", "show", [Interactions.Option("id", "1")]),
            Interactions.Subcommand("event", "create", [Interactions.Option("title", "新しい会"), Interactions.Option("start", "12/20 10:00")], permissions: organizer),
            Interactions.Subcommand("event", "attendees", [Interactions.Option("id", "1")], permissions: organizer),
            Interactions.Command("join", [Interactions.Option("id", "1"), Interactions.Option("party", "yes")]),
            Interactions.Command("leave", [Interactions.Option("id", "2")]),
            Interactions.Command("members", [Interactions.Option("prefecture", "山形")]),
            Interactions.Command("help"),
            Interactions.Autocomplete("members", [Interactions.Option("prefecture", "やま", focused: true)]),
            Interactions.Autocomplete("join", [Interactions.Option("id", "勉強", focused: true)]),
            Interactions.ModalSubmit("form:1:0", new Dictionary<string, string> { ["title"] = "新しい会", ["start"] = "12/20 10:00" }, permissions: organizer),
        ]);
        var fixtures = SharedFixtures.Discord("interaction_*.json").Select(f => SharedFixtures.Text(f).TrimEnd('\n'));
        return fixtures.Concat(own).Where(ShapeMutator.IsJson).ToList();
    }

    /// <summary>Points Slack's hook URLs in a payload at the fake server.</summary>
    private static string Local(string payload, FakeSlackServer slack, bool encoded)
    {
        var hooks = slack.ResponseUrl("");
        return encoded
            ? payload.Replace("https%3A%2F%2Fhooks.slack.com%2F", Uri.EscapeDataString(hooks), StringComparison.Ordinal)
            : payload.Replace("https:\\/\\/hooks.slack.com\\/", hooks, StringComparison.Ordinal).Replace("https://hooks.slack.com/", hooks, StringComparison.Ordinal);
    }
}
