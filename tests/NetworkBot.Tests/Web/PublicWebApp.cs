using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using NetworkBot.Core.Commands;
using NetworkBot.Core.Platform;
using NetworkBot.Core.Replies;
using NetworkBot.Hosting;

namespace NetworkBot.Tests.Web;

/// <summary>
/// The whole service on its own temporary data file and a fake clock (2026-11-20 10:00 JST). Events and
/// registrations are made with chat commands, exactly as members and organizers would.
/// </summary>
public sealed partial class PublicWebApp(string? storagePath = null, IReadOnlyDictionary<string, string?>? settings = null)
    : WebApplicationFactory<Program>
{
    public const string BaseUrl = "https://events.example.jp";

    public static readonly DateTimeOffset Start = new(2026, 11, 20, 1, 0, 0, TimeSpan.Zero);

    private readonly bool _ownsStorage = storagePath is null;

    public FakeTimeProvider Time { get; } = new(Start);

    public string StoragePath { get; } = storagePath ?? NewStoragePath();

    /// <summary>A data file in a new temporary folder; the caller deletes the folder.</summary>
    public static string NewStoragePath() => Path.Combine(Path.GetTempPath(), "networkbot-web-" + Guid.NewGuid().ToString("N"), "bot.db");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Storage:Path", StoragePath);
        builder.UseSetting("Bot:PublicBaseUrl", BaseUrl);
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>()) builder.UseSetting(key, value);
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Time));
    }

    /// <summary>Runs a chat command as an organizer (or a member) on the console platform and returns the reply.</summary>
    public async Task<BotReply> RunAsync(string line, string asName = "運営 太郎", bool organizer = true, Language language = Language.Ja)
    {
        var execution = Services.GetRequiredService<CommandExecution>();
        var context = new CommandContext(new MemberRef($"console:{asName}", asName), new ChannelRef("console:general"), language, organizer);
        return await execution.RunAsync(execution.Dispatcher.CreateFromText(line, context), CancellationToken.None);
    }

    /// <summary>Creates an event by command and returns its number.</summary>
    public async Task<int> CreateEventAsync(string options)
    {
        var reply = await RunAsync("/event create " + options);
        var text = string.Join("\n", reply.Blocks.OfType<TextBlock>().Select(b => b.Markdown));
        var match = CreatedId().Match(text);
        Assert.True(match.Success, "The event was not created: " + text);
        return int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
    }

    public static string AllText(BotReply reply) => string.Join("\n", reply.Blocks.Select(b => b switch
    {
        TextBlock t => t.Markdown,
        HeadingBlock h => h.Text,
        ContextBlock c => c.Text,
        FieldsBlock f => string.Join("\n", f.Fields.Select(x => $"{x.Label}: {x.Value}")),
        _ => "",
    }));

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && _ownsStorage) DeleteFolderOf(StoragePath);
    }

    public static void DeleteFolderOf(string storagePath)
    {
        try
        {
            Directory.Delete(Path.GetDirectoryName(storagePath)!, recursive: true);
        }
        catch (IOException)
        {
            // Already gone or still closing: it is a temporary folder either way.
        }
    }

    [GeneratedRegex(@"番号 (\d+)")]
    private static partial Regex CreatedId();
}
