using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using NetworkBot.Core.Commands;
using NetworkBot.Core.Platform;
using NetworkBot.Hosting;
using NetworkBot.Slack;
using NetworkBot.Slack.Inbound;
using NetworkBot.Slack.Rendering;
using NetworkBot.Slack.Rest;
using NetworkBot.Storage;
using NetworkBot.Tests.Slack.Support;
using static NetworkBot.Tests.Slack.Support.TestPayloads;

namespace NetworkBot.Tests.Permissions;

/// <summary>
/// The permission matrix on Slack over signed HTTP: every command as a slash command, and every organizer command also
/// as a button press and as a form submission carrying it (what a member could craft), by a member, a newcomer and
/// a workspace admin. Output is the acknowledgement plus everything the bot sent to Slack meanwhile.
/// </summary>
public sealed class SlackPermissionTests : IAsyncLifetime
{
    private const string Channel = "C1";
    private SlackHost _host = null!;
    private int _cases;

    public async Task InitializeAsync()
    {
        // The clock stands still here, so messages are paced on the real one: two cards in a row must not wait forever.
        _host = await SlackHost.StartAsync(
            settings: new Dictionary<string, string?> { ["Bot:IntroductionsChannel"] = "slack:T1:CINTRO" },
            services: s => s.Replace(ServiceDescriptor.Singleton(new SlackMessagePacer(TimeProvider.System))));
        _host.Slack.Users["UORGANIZER"] = ("ja-JP", true, "運営");
        await PermissionMatrix.SeedAsync(_host.Services.GetRequiredService<CommandExecution>(), $"slack:T1:{Channel}", who => new CommandContext(
            new MemberRef(SlackIds.Member("T1", UserOf(who)), who), new ChannelRef($"slack:T1:{Channel}"), Language.Ja, who == "organizer"));
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task EveryCommand_AsMemberNewcomerAndAdmin_OrganizerCommandsRefusedAndNoEmailShownToOthers()
    {
        var channelPosts = VisibleText.Of(string.Join("\n", _host.Slack.Calls.Select(c => c.Body)));
        Assert.DoesNotContain(PermissionMatrix.VictimEmail, channelPosts); // the introduction cards the seeding posted
        Assert.Contains(PermissionMatrix.VictimName, channelPosts);
        var definitions = _host.Services.GetRequiredService<CommandDispatcher>().Definitions.ToList();
        var failures = new List<string>();
        var organizerSaw = "";
        var everything = "";

        foreach (var role in PermissionMatrix.Roles)
        {
            foreach (var definition in definitions)
            {
                var ways = definition.OrganizersOnly ? new[] { "slash command", "button", "form submission" } : ["slash command"];
                foreach (var way in ways)
                {
                    var before = Snapshot();
                    var output = await RunAsync(way, UserFor(role), PermissionMatrix.RowFor(definition).For($"<#{Channel}|general>"));
                    if (role == Role.Organizer) organizerSaw += output;
                    everything += output;
                    if (PermissionMatrix.Check(definition, role, "Slack " + way, output, before, Snapshot()) is { } failure) failures.Add(failure);
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
        var organizerOnly = definitions.Count(d => d.OrganizersOnly);
        Assert.Equal(PermissionMatrix.Roles.Length * (definitions.Count + 2 * organizerOnly), _cases);
        Assert.Contains(PermissionMatrix.VictimEmail, organizerSaw);
        Assert.Contains(PermissionMatrix.PromotionNotice, everything);
    }

    [Fact]
    public async Task AppHomePublicPagesAndFeeds_ShowNoOneElsesEmail()
    {
        foreach (var (user, hidden) in new[] { ("UMEMBER", PermissionMatrix.HiddenFrom(Role.Member)), ("UNEWHOME", PermissionMatrix.HiddenFrom(Role.Unknown)) })
        {
            await _host.PostJsonAsync("/slack/events", EventCallback($"Ev-{user}", new JsonObject { ["type"] = "app_home_opened", ["user"] = user, ["channel"] = "D1", ["tab"] = "home" }));
            var home = VisibleText.Of((await _host.Slack.WaitForAsync("views.publish", c => c.Body.Contains(user, StringComparison.Ordinal))).Body);
            Assert.Contains("権限テスト勉強会", home);
            Assert.All(hidden, email => Assert.DoesNotContain(email, home));
        }

        foreach (var path in new[] { "/", "/?lang=en", "/events/1", "/calendar.ics", "/events/1.ics", "/feed.atom" })
        {
            // Calendar lines are folded at 75 octets: unfold before looking.
            var page = (await _host.Client.GetStringAsync(path)).Replace("\r\n ", "", StringComparison.Ordinal);
            Assert.Contains("権限テスト勉強会", page);
            Assert.DoesNotContain("@example.jp", page);
            Assert.DoesNotContain(PermissionMatrix.VictimName, page);
            Assert.DoesNotContain(PermissionMatrix.MemberName, page);
        }
    }

    private static string UserOf(string who) => who switch
    {
        "organizer" => "UORGANIZER",
        "victim" => "UVICTIM",
        "waiter" => "UWAITER",
        _ => "UMEMBER",
    };

    private string UserFor(Role role) => role switch
    {
        Role.Organizer => "UORGANIZER",
        Role.Member => "UMEMBER",
        _ => $"UNEW{_cases}",
    };

    private string Snapshot() => StorageSnapshot.Of(_host.Services.GetRequiredService<LiteDbContext>().Database);

    /// <summary>Sends one case the way Slack would and returns what came back and what the bot sent to Slack meanwhile.</summary>
    private async Task<string> RunAsync(string way, string user, string line)
    {
        _cases++;
        var responseUrl = _host.Slack.ResponseUrl($"case/{_cases}");
        string[] answers = ["response_url", "views.open"];
        var callsBefore = _host.Slack.Calls.Count;
        var answersBefore = _host.Slack.Calls.Count(c => answers.Contains(c.Method));
        var response = way switch
        {
            "slash command" => await SlashAsync(user, line, responseUrl),
            "button" => await _host.InteractionAsync(ButtonPress(line, responseUrl, user)),
            _ => await _host.InteractionAsync(Submission(new FormMetadata(line, Channel, responseUrl).ToJson(), [], SlackViews.FormCallbackPrefix + "crafted", user)),
        };
        var acknowledgement = await response.Content.ReadAsStringAsync();
        // Buttons, forms and slow work answer after the acknowledgement: wait for that answer.
        if (acknowledgement.Length == 0) await _host.Slack.WaitForAnyAsync(answers, skip: answersBefore);
        return VisibleText.Of(acknowledgement) + string.Concat(_host.Slack.Calls.Skip(callsBefore).Select(c => VisibleText.Of(c.Body)));
    }

    private Task<HttpResponseMessage> SlashAsync(string user, string line, string responseUrl)
    {
        var (name, text) = Split(line);
        if (SlackBuiltInCommands.Names.Contains(name)) (name, text) = (SlackBuiltInCommands.Host, $"{name} {text}");
        return _host.PostFormAsync("/slack/commands",
        [
            new("team_id", "T1"), new("channel_id", Channel), new("user_id", user), new("user_name", "someone"), new("command", "/" + name),
            new("text", text), new("response_url", responseUrl), new("trigger_id", $"{_cases}.trigger"), new("api_app_id", "A1"),
        ]);
    }

    private static (string Name, string Text) Split(string line)
    {
        var space = line.IndexOf(' ', StringComparison.Ordinal);
        return space < 0 ? (line.TrimStart('/'), "") : (line[1..space], line[(space + 1)..]);
    }
}
