using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using NetworkBot.Console;
using NetworkBot.Core.Commands;
using NetworkBot.Core.Platform;
using NetworkBot.Hosting;
using NetworkBot.Storage;
using NetworkBot.Tests.Support;

namespace NetworkBot.Tests.Permissions;

/// <summary>
/// The permission matrix on the console: every command typed by a member, a newcomer and an organizer, each as its
/// own console session (what one <c>console --as NAME</c> run reads) on one running console host.
/// </summary>
public sealed class ConsolePermissionTests : IAsyncLifetime
{
    private readonly TempDataFile _file = new();
    private readonly StringWriter _terminal = new();
    private IHost _host = null!;
    private int _newcomers;

    public async Task InitializeAsync()
    {
        _host = ConsoleApp.CreateBuilder([$"--Storage:Path={_file.Path}"], TextWriter.Synchronized(_terminal)).Build();
        await _host.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await _host.StopAsync();
        _host.Dispose();
        _file.Dispose();
    }

    [Fact]
    public void Matrix_HasOneRowPerRegisteredCommand()
    {
        var registered = Definitions.Select(d => d.Key).Order(StringComparer.Ordinal);

        Assert.Equal(registered, PermissionMatrix.RowKeys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task EveryCommand_AsMemberNewcomerAndOrganizer_OrganizerCommandsRefusedAndNoEmailShownToOthers()
    {
        foreach (var (who, line) in PermissionMatrix.SeedLines("#general")) await TypeAsync(Seeder(who), line);
        var failures = new List<string>();
        var cases = 0;
        var organizerSaw = "";
        var everything = "";

        foreach (var role in PermissionMatrix.Roles)
        {
            foreach (var definition in Definitions)
            {
                var before = Snapshot();
                var output = await TypeAsync(Identity(role), PermissionMatrix.RowFor(definition).For("#general"));
                cases++;
                if (role == Role.Organizer) organizerSaw += output;
                everything += output;
                if (PermissionMatrix.Check(definition, role, "console", output, before, Snapshot()) is { } failure) failures.Add(failure);
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
        Assert.Equal(Definitions.Count * PermissionMatrix.Roles.Length, cases);
        Assert.Contains(PermissionMatrix.VictimEmail, organizerSaw); // the email is there to find: not finding it elsewhere means something
        Assert.Contains(PermissionMatrix.PromotionNotice, everything);
    }

    private IReadOnlyList<CommandDefinition> Definitions => [.. _host.Services.GetRequiredService<CommandDispatcher>().Definitions];

    private string Snapshot() => StorageSnapshot.Of(_host.Services.GetRequiredService<LiteDbContext>().Database);

    private ConsoleIdentity Identity(Role role) => role switch
    {
        Role.Organizer => Seeder("organizer"),
        Role.Member => Seeder("member"),
        _ => new ConsoleIdentity($"新顔{++_newcomers}", false, Language.Ja),
    };

    private static ConsoleIdentity Seeder(string who) => who switch
    {
        "organizer" => new ConsoleIdentity("運営", true, Language.Ja),
        "victim" => new ConsoleIdentity("鈴木", false, Language.Ja),
        "waiter" => new ConsoleIdentity("高橋", false, Language.Ja),
        _ => new ConsoleIdentity("佐藤", false, Language.Ja),
    };

    /// <summary>One session typing one line; returns everything the terminal printed meanwhile (replies, DMs, posts).</summary>
    private async Task<string> TypeAsync(ConsoleIdentity identity, string line)
    {
        var start = _terminal.GetStringBuilder().Length;
        var services = _host.Services;
        var session = new ConsoleSession(
            services.GetRequiredService<CommandExecution>(), services.GetRequiredService<ConsoleOutput>(), identity, services.GetRequiredService<ConversationExecution>());
        await session.RunAsync(new StringReader(line + "\n"), interactive: false, CancellationToken.None);
        string printed;
        lock (_terminal) printed = _terminal.GetStringBuilder().ToString(start, _terminal.GetStringBuilder().Length - start);

        // A console run ends with its input, and a guided introduction it began ends with it.
        var conversations = services.GetRequiredService<ConversationExecution>();
        if (conversations.IsInConversation(identity.Member.Id)) await session.RunAsync(new StringReader("/cancel\n"), interactive: false, CancellationToken.None);
        return printed;
    }
}
