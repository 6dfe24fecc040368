using System.Net.Http.Headers;
using System.Text;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using NetworkBot.Slack.Http;
using NetworkBot.Tests.Support;

namespace NetworkBot.Tests.Slack.Support;

/// <summary>
/// The real service (WebApplicationFactory) with Slack settings pointing at a <see cref="FakeSlackServer"/>, a fake
/// clock and a temporary data file; helpers sign requests the way Slack does.
/// </summary>
internal sealed class SlackHost : IAsyncDisposable
{
    public const string SigningSecret = "8f742231b10e8888abcd99yyyzzz85a5";
    public const string BotToken = "xoxb-test-token-1234";
    public const string AppToken = "xapp-1-test-token";

    private readonly TempDataFile _file;

    private SlackHost(FakeSlackServer slack, WebApplicationFactory<Program> factory, ObservableTimeProvider time, TempDataFile file)
    {
        _file = file;
        Slack = slack;
        Factory = factory;
        Time = time;
        Client = factory.CreateClient();
    }

    public FakeSlackServer Slack { get; }

    public WebApplicationFactory<Program> Factory { get; }

    public ObservableTimeProvider Time { get; }

    public HttpClient Client { get; }

    public IServiceProvider Services => Factory.Services;

    public static async Task<SlackHost> StartAsync(
        bool http = true, bool socketMode = false, IDictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null)
    {
        var slack = await FakeSlackServer.StartAsync();
        var time = new ObservableTimeProvider(TestEvents.Now);
        slack.Clock = time.GetUtcNow;
        var file = new TempDataFile();
        var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
        {
            b.UseSetting("Storage:Path", file.Path);
            b.UseSetting("Slack:BotToken", BotToken);
            b.UseSetting("Slack:ApiBaseUrl", slack.ApiBaseUrl);
            if (http) b.UseSetting("Slack:SigningSecret", SigningSecret);
            if (socketMode) b.UseSetting("Slack:AppToken", AppToken);
            foreach (var (key, value) in settings ?? new Dictionary<string, string?>()) b.UseSetting(key, value);
            b.ConfigureTestServices(collection =>
            {
                collection.RemoveAll<TimeProvider>();
                collection.AddSingleton<TimeProvider>(time);
                services?.Invoke(collection);
            });
        });
        return new SlackHost(slack, factory, time, file);
    }

    public static HttpRequestMessage Signed(string path, string body, string contentType, DateTimeOffset now, string secret = SigningSecret)
    {
        var timestamp = now.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);
        var bytes = Encoding.UTF8.GetBytes(body);
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new ByteArrayContent(bytes) };
        request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        request.Headers.Add("X-Slack-Request-Timestamp", timestamp);
        request.Headers.Add("X-Slack-Signature", SlackSignatureVerifier.Sign(secret, timestamp, bytes));
        return request;
    }

    public Task<HttpResponseMessage> PostFormAsync(string path, IEnumerable<KeyValuePair<string, string>> fields) =>
        Client.SendAsync(Signed(path, Form(fields), "application/x-www-form-urlencoded", Time.GetUtcNow()));

    public Task<HttpResponseMessage> PostJsonAsync(string path, string json, IDictionary<string, string>? headers = null)
    {
        var request = Signed(path, json, "application/json", Time.GetUtcNow());
        foreach (var (name, value) in headers ?? new Dictionary<string, string>()) request.Headers.Add(name, value);
        return Client.SendAsync(request);
    }

    public Task<HttpResponseMessage> SlashCommandAsync(string command, string text, string user = "U1", string team = "T1", string channel = "C1") =>
        PostFormAsync("/slack/commands",
        [
            new("token", "legacy"), new("team_id", team), new("team_domain", "nw"), new("channel_id", channel), new("channel_name", "general"),
            new("user_id", user), new("user_name", "member"), new("command", command), new("text", text),
            new("response_url", Slack.ResponseUrl($"commands/{team}/{user}")), new("trigger_id", "1.2.trigger"), new("api_app_id", "A1"),
        ]);

    public Task<HttpResponseMessage> InteractionAsync(string payloadJson) =>
        PostFormAsync("/slack/interactions", [new("payload", payloadJson)]);

    public static string Form(IEnumerable<KeyValuePair<string, string>> fields) =>
        string.Join("&", fields.Select(f => $"{Uri.EscapeDataString(f.Key)}={Uri.EscapeDataString(f.Value)}"));

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await Factory.DisposeAsync();
        await Slack.DisposeAsync();
        _file.Dispose();
    }
}
