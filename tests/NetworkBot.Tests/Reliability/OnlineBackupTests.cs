using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using NetworkBot.Storage.Backup;
using NetworkBot.Tests.Slack.Support;
using NetworkBot.Tests.Support;
using Xunit.Abstractions;

namespace NetworkBot.Tests.Reliability;

/// <summary>A backup taken from the running service in the middle of a burst of joins, then restored and started.</summary>
public sealed class OnlineBackupTests(ITestOutputHelper output) : IDisposable
{
    private const int Joins = 240;
    private const int BackupAfterAcknowledged = 60;

    private readonly TempDataFile _file = new();

    public void Dispose() => _file.Dispose();

    [Fact]
    public async Task BackupDuringJoinBurst_OpensConsistent_AndRestoreThenStartServesThatState()
    {
        await using var slack = await FakeSlackServer.StartAsync();
        var eventId = await ServiceRun.AddEventAsync(_file.Path, capacity: 180);
        var backupPath = Path.Combine(_file.Folder, "backups", "networkbot-1.db");
        Directory.CreateDirectory(Path.GetDirectoryName(backupPath)!);
        IReadOnlyCollection<string> acknowledgedBeforeBackup = [];
        Task<int> backup = Task.FromResult(-1);
        var backupOutput = new StringWriter();
        SlackJoinBurst burst;

        await using (var service = await ServiceProcess.StartAsync(_file.Path, ServiceRun.Settings(slack)))
        {
            using var client = service.CreateClient();
            burst = new SlackJoinBurst(client, slack);
            var started = 0;
            await burst.RunAsync(eventId, ServiceRun.Users(0, Joins), parallel: 16, acknowledged =>
            {
                if (acknowledged < BackupAfterAcknowledged || Interlocked.Exchange(ref started, 1) == 1) return;
                acknowledgedBeforeBackup = burst!.Acknowledged;
                backup = Task.Run(() => BackupCommand.RunAsync([backupPath, .. StorageArguments()], backupOutput, backupOutput));
            });
            Assert.Equal(0, await backup);
            Assert.Contains("by the running service", backupOutput.ToString());
            var memberName = System.Text.Encoding.UTF8.GetBytes(SlackJoinBurst.MemberName(ServiceRun.Users(0, 1)[0]));
            Assert.True(File.ReadAllBytes(backupPath).AsSpan().IndexOf(memberName) < 0, "the backup is encrypted like the data file");
            Assert.Equal(HttpStatusCode.Unauthorized, await AskBackupWithTokenAsync(client, "not-the-token"));
            if (!OperatingSystem.IsWindows())
            {
                Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(ServiceControlFile.PathFor(_file.Path)));
            }
        }

        var errors = new StringWriter();
        Assert.Equal(0, await RestoreCommand.RunAsync([backupPath, .. StorageArguments()], output: new StringWriter(), errors, TimeProvider.System));
        await using (await ServiceProcess.StartAsync(_file.Path, ServiceRun.Settings(slack)))
        {
            // Started on the restored file: it passed the start check.
        }

        var restored = ServiceRun.ReadRoster(_file.Path, eventId);
        output.WriteLine($"acknowledged before the backup {acknowledgedBeforeBackup.Count}, in the backup {restored.Members.Count}, "
            + $"acknowledged in all {burst.Acknowledged.Count} of {Joins}");
        Assert.True(restored.IsConsistent);
        Assert.Subset(restored.Members.ToHashSet(), acknowledgedBeforeBackup.ToHashSet());
        Assert.Subset(ServiceRun.Users(0, Joins).Select(u => $"slack:T1:{u}").ToHashSet(), restored.Members.ToHashSet());
        Assert.Single(Directory.GetFiles(Path.GetDirectoryName(_file.Path)!, "networkbot.db.before-restore-*"));
        Assert.Empty(errors.ToString());
    }

    private string[] StorageArguments() => [$"--Storage:Path={_file.Path}", $"--Storage:Password={ServiceRun.Password}"];

    private async Task<HttpStatusCode> AskBackupWithTokenAsync(HttpClient client, string token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, BackupEndpoint.Route.TrimStart('/'))
        {
            Content = JsonContent.Create(new BackupRequest(Path.Combine(_file.Folder, "stolen.db"))),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await client.SendAsync(request);
        Assert.False(File.Exists(Path.Combine(_file.Folder, "stolen.db")));
        return response.StatusCode;
    }
}
