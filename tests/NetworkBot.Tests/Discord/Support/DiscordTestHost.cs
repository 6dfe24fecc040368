using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using NetworkBot.Core.Events;
using NetworkBot.Tests.Support;

namespace NetworkBot.Tests.Discord.Support;

/// <summary>
/// The whole service with Discord switched on, pointed at a <see cref="FakeDiscordServer"/>, on a fake clock set to the
/// signature vectors' time; requests are signed with the RFC 8032 TEST 1 key whose public half is Discord:PublicKey.
/// </summary>
internal sealed class DiscordTestHost : IAsyncDisposable
{
    public const string ApplicationId = "1234567890123456789";
    public const string GuildId = "1098765432109876543";
    public const string BotToken = "test-bot-token";
    public static readonly DateTimeOffset Now = DateTimeOffset.FromUnixTimeSeconds(1_700_000_000);

    private readonly TempDataFile? _ownFile;
    private readonly WebApplicationFactory<Program> _factory;
    private readonly Ed25519Signer _signer;

    private DiscordTestHost(
        FakeDiscordServer discord, FakeTimeProvider time, IReadOnlyDictionary<string, string?> settings, Action<IServiceCollection>? services, string? dataPath)
    {
        if (dataPath is null)
        {
            _ownFile = new TempDataFile();
            dataPath = _ownFile.Path;
        }

        Discord = discord;
        Time = time;
        using var vectors = SharedFixtures.Json("vectors/discord_interaction_signature.json");
        var key = vectors.RootElement.GetProperty("cases")[0];
        _signer = new Ed25519Signer(key.GetProperty("secret_key_hex").GetString()!);
        var publicKey = key.GetProperty("public_key_hex").GetString()!;
        _factory = new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
        {
            b.UseSetting("Storage:Path", dataPath);
            b.UseSetting("Discord:ApplicationId", ApplicationId);
            b.UseSetting("Discord:PublicKey", publicKey);
            b.UseSetting("Discord:BotToken", BotToken);
            b.UseSetting("Discord:ApiBaseUrl", discord.ApiBaseUrl);
            foreach (var (name, value) in settings) b.UseSetting(name, value);
            b.ConfigureTestServices(s =>
            {
                s.AddSingleton<TimeProvider>(time);
                services?.Invoke(s);
            });
        });
        Client = _factory.CreateClient();
    }

    public FakeDiscordServer Discord { get; }

    public FakeTimeProvider Time { get; }

    public HttpClient Client { get; }

    public IServiceProvider Services => _factory.Services;

    public static async Task<DiscordTestHost> StartAsync(
        IReadOnlyDictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null, string? dataPath = null,
        Action<FakeDiscordServer>? prepare = null)
    {
        var time = new FakeTimeProvider(Now);
        var discord = await FakeDiscordServer.StartAsync(time);
        prepare?.Invoke(discord);
        return new DiscordTestHost(discord, time, settings ?? new Dictionary<string, string?>(), services, dataPath);
    }

    public T Get<T>() where T : notnull => Services.GetRequiredService<T>();

    public async Task<Event> AddEventAsync(Event e) => await Get<IEventRepository>().AddAsync(e, CancellationToken.None);

    /// <summary>POSTs a signed interaction body, as Discord does.</summary>
    public Task<HttpResponseMessage> PostSignedAsync(string body, string? signature = null)
    {
        var timestamp = Time.GetUtcNow().ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);
        var request = new HttpRequestMessage(HttpMethod.Post, "/discord/interactions") { Content = new StringContent(body, Encoding.UTF8) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        request.Headers.Add("X-Signature-Ed25519", signature ?? _signer.Sign(timestamp, body));
        request.Headers.Add("X-Signature-Timestamp", timestamp);
        return Client.SendAsync(request);
    }

    public async Task<JsonElement> PostSignedJsonAsync(string body)
    {
        var response = await PostSignedAsync(body);
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _factory.DisposeAsync();
        await Discord.DisposeAsync();
        _ownFile?.Dispose();
    }
}

/// <summary>Interaction bodies shaped like Discord's, for a member of the test guild.</summary>
internal static class Interactions
{
    public static string Command(string name, object[]? options = null, string locale = "ja", string userId = "1555555555555555555", string permissions = "0") =>
        Serialize(2, new { id = "1222222222222222222", name, type = 1, options = options ?? [] }, locale, userId, permissions);

    public static string Subcommand(
        string name, string sub, object[]? options = null, string locale = "ja", string permissions = "0", string userId = "1555555555555555555") =>
        Command(name, [new { name = sub, type = 1, options = options ?? [] }], locale, userId, permissions);

    public static object Option(string name, object value, bool focused = false) =>
        focused ? new { name, type = 3, value, focused } : new { name, type = 3, value };

    public static string Button(string customId, string locale = "ja", string userId = "1555555555555555555", string permissions = "0") =>
        Serialize(3, new { custom_id = customId, component_type = 2 }, locale, userId, permissions);

    public static string Select(string value, string locale = "ja") =>
        Serialize(3, new { custom_id = "menu", component_type = 3, values = new[] { value } }, locale, "1555555555555555555", "0");

    public static string Autocomplete(string name, object[] options, string locale = "ja") =>
        Serialize(4, new { id = "1222222222222222222", name, type = 1, options }, locale, "1555555555555555555", "0");

    public static string ModalSubmit(
        string customId, IReadOnlyDictionary<string, string> values, string locale = "ja", string permissions = "0", string userId = "1555555555555555555") =>
        Serialize(5, new
        {
            custom_id = customId,
            components = values.Select((v, i) => (object)new { type = 18, id = i + 1, component = new { type = 4, id = 100 + i, custom_id = v.Key, value = v.Value } }).ToArray(),
        }, locale, userId, permissions);

    private static string Serialize(int type, object data, string locale, string userId, string permissions) => JsonSerializer.Serialize(new
    {
        app_permissions = "2248473465835073",
        application_id = DiscordTestHost.ApplicationId,
        channel_id = "1111111111111111111",
        data,
        guild_id = DiscordTestHost.GuildId,
        guild_locale = "ja",
        id = "1333333333333333333",
        locale,
        member = new
        {
            nick = "後藤",
            permissions,
            roles = new[] { "1444444444444444444" },
            user = new { id = userId, username = "goto.yamagata", global_name = "Goto", discriminator = "0" },
        },
        token = "INTERACTION_TOKEN",
        type,
        version = 1,
    });
}
