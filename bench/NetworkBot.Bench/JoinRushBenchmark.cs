using System.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using NetworkBot.Core.Commands;
using NetworkBot.Core.Events;
using NetworkBot.Core.Platform;
using NetworkBot.Hosting;
using NetworkBot.Messaging;
using NetworkBot.Storage;

namespace NetworkBot.Bench;

/// <summary>
/// The symposium rush: 500 members send <c>/join</c> at the same moment for 180 seats, through the real dispatcher on a
/// fresh data file. Checks that exactly 180 are going and the rest wait in arrival order, and reports the elapsed time.
/// </summary>
internal static class JoinRushBenchmark
{
    public const string Verb = "joins";

    public static async Task<int> RunAsync(string[] args)
    {
        var members = BenchArgs.Int(args, "--members", 500);
        var seats = BenchArgs.Int(args, "--seats", 180);
        var path = Path.Combine(Path.GetTempPath(), $"networkbot-joins-{Guid.NewGuid():N}.db");
        try
        {
            var builder = Host.CreateApplicationBuilder();
            builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Storage:Path"] = path, ["Logging:LogLevel:Default"] = "Warning" });
            builder.Services.AddNetworkBotCore().AddStorage().AddMessaging();
            using var host = builder.Build();

            var now = DateTimeOffset.UtcNow;
            var start = now.AddDays(10);
            var created = await host.Services.GetRequiredService<IEventRepository>().AddAsync(
                new Event { Title = "自治体DXシンポジウム", Kind = EventKind.Symposium, Start = start, End = start.AddHours(3), Capacity = seats, CreatedBy = "console:運営", CreatedAt = now, UpdatedAt = now },
                CancellationToken.None);
            var dispatcher = host.Services.GetRequiredService<CommandDispatcher>();
            var commands = Enumerable.Range(1, members)
                .Select(i => dispatcher.CreateFromText($"/join {created.Id}", new CommandContext(new MemberRef($"console:rush{i:000}", $"参加者{i}"), null, Language.Ja, false)))
                .ToArray();

            using var gate = new ManualResetEventSlim();
            var joins = commands.Select(c => Task.Run(async () =>
            {
                gate.Wait();
                return await dispatcher.DispatchAsync(c, CancellationToken.None);
            })).ToArray();
            var started = Stopwatch.GetTimestamp();
            gate.Set();
            await Task.WhenAll(joins);
            var elapsed = Stopwatch.GetElapsedTime(started);

            var stored = await host.Services.GetRequiredService<IRegistrationRepository>().ListForEventAsync(created.Id, CancellationToken.None);
            var going = stored.Count(r => r.Status == RegistrationStatus.Going);
            var waiting = stored.Count(r => r.Status == RegistrationStatus.Waitlisted);
            var inOrder = stored.Where(r => r.Status == RegistrationStatus.Going).Max(r => r.Sequence)
                < stored.Where(r => r.Status == RegistrationStatus.Waitlisted).DefaultIfEmpty().Min(r => r?.Sequence ?? long.MaxValue);
            var correct = going == seats && waiting == members - seats && stored.Count == members && inOrder;
            System.Console.WriteLine($"JOINS members={members} seats={seats} going={going} waitlisted={waiting} correct={(correct ? "yes" : "NO")} elapsed_ms={elapsed.TotalMilliseconds:F0}");
            return correct ? 0 : 1;
        }
        finally
        {
            File.Delete(path);
        }
    }
}
