using System.Numerics;
using Microsoft.Extensions.DependencyInjection;
using NetworkBot.Core.Commands;
using NetworkBot.Core.Platform;
using NetworkBot.Discord.Rest;
using NetworkBot.Hosting;
using NetworkBot.Storage;
using NetworkBot.Tests.Discord.Support;

namespace NetworkBot.Tests.Permissions;

/// <summary>
/// The permission matrix on Discord over signed HTTP interactions: every command as a slash command with its options,
/// and every organizer command also as a button carrying it (what a member could craft), by a member, a newcomer
/// and a member with Manage Events. Output is the interaction response plus everything the bot sent to Discord meanwhile.
/// </summary>
public sealed class DiscordPermissionTests : IAsyncLifetime
{
    private const string ChannelId = "1111111111111111111";
    private static readonly string ManageEvents = (BigInteger.One << 33).ToString(System.Globalization.CultureInfo.InvariantCulture);
    private DiscordTestHost _host = null!;
    private int _cases;

    public async Task InitializeAsync()
    {
        _host = await DiscordTestHost.StartAsync(new Dictionary<string, string?>
        {
            ["Bot:IntroductionsChannel"] = $"discord:{DiscordTestHost.GuildId}:1999999999999999999",
        });
        await PermissionMatrix.SeedAsync(_host.Get<CommandExecution>(), $"discord:{DiscordTestHost.GuildId}:{ChannelId}", who => new CommandContext(
            new MemberRef($"discord:{DiscordTestHost.GuildId}:{UserOf(who)}", who), new ChannelRef($"discord:{DiscordTestHost.GuildId}:{ChannelId}"), Language.Ja,
            who == "organizer"));
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task EveryCommand_AsMemberNewcomerAndManager_OrganizerCommandsRefusedAndNoEmailShownToOthers()
    {
        var posts = VisibleText.Of(string.Join("\n", _host.Discord.Calls.Select(c => c.Body)));
        Assert.DoesNotContain(PermissionMatrix.VictimEmail, posts); // the introduction cards the seeding posted
        Assert.Contains(PermissionMatrix.VictimName, posts);
        var dispatcher = _host.Get<CommandDispatcher>();
        var definitions = dispatcher.Definitions.ToList();
        var failures = new List<string>();
        var organizerSaw = "";
        var everything = "";

        foreach (var role in PermissionMatrix.Roles)
        {
            foreach (var definition in definitions)
            {
                var ways = definition.OrganizersOnly ? new[] { "slash command", "button" } : ["slash command"];
                foreach (var way in ways)
                {
                    var before = Snapshot();
                    var line = PermissionMatrix.RowFor(definition).For($"<#{ChannelId}>");
                    var output = await RunAsync(way == "button" ? Button(line, role) : SlashCommand(dispatcher, line, role));
                    if (role == Role.Organizer) organizerSaw += output;
                    everything += output;
                    if (PermissionMatrix.Check(definition, role, "Discord " + way, output, before, Snapshot()) is { } failure) failures.Add(failure);
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
        Assert.Equal(PermissionMatrix.Roles.Length * (definitions.Count + definitions.Count(d => d.OrganizersOnly)), _cases);
        Assert.Contains(PermissionMatrix.VictimEmail, organizerSaw);
        Assert.Contains(PermissionMatrix.PromotionNotice, everything);
    }

    private static string UserOf(string who) => who switch
    {
        "organizer" => "1600000000000000003",
        "victim" => "1600000000000000002",
        "waiter" => "1600000000000000004",
        _ => "1600000000000000001",
    };

    private (string User, string Permissions) Who(Role role) => role switch
    {
        Role.Organizer => (UserOf("organizer"), ManageEvents),
        Role.Member => (UserOf("member"), "0"),
        _ => ($"17000000000000{_cases:00000}", "0"),
    };

    private string Button(string line, Role role)
    {
        var (user, permissions) = Who(role);
        return Interactions.Button("cmd:" + line, userId: user, permissions: permissions);
    }

    /// <summary>The line as Discord delivers it: the subcommand (or "show" for a bare command that has siblings) and named options.</summary>
    private string SlashCommand(CommandDispatcher dispatcher, string line, Role role)
    {
        var (user, permissions) = Who(role);
        var (name, arguments) = CommandTextParser.ParseLine(line);
        var options = arguments.Options.Select(o => Interactions.Option(o.Key, o.Value)).ToArray();
        var sub = arguments.Positional(0)
            ?? (dispatcher.Definitions.Any(d => d.Name == name && d.Subcommand is not null) ? CommandCatalog.BareSubcommand : null);
        object[] data = sub is null ? options : [new { name = sub, type = 1, options }];
        return Interactions.Command(name, data, userId: user, permissions: permissions);
    }

    private string Snapshot() => StorageSnapshot.Of(_host.Get<LiteDbContext>().Database);

    private async Task<string> RunAsync(string interaction)
    {
        _cases++;
        var callsBefore = _host.Discord.Calls.Count;
        var response = await _host.PostSignedAsync(interaction);
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        return VisibleText.Of(await response.Content.ReadAsStringAsync()) + string.Concat(_host.Discord.Calls.Skip(callsBefore).Select(c => VisibleText.Of(c.Body)));
    }
}
