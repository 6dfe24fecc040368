using System.Collections.Concurrent;
using System.Net;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Threading.Channels;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace NetworkBot.Tests.Discord.Support;

/// <summary>
/// A stand-in for Discord started by the tests on 127.0.0.1 (a free port): the REST API under <c>/api/v10/</c>, which
/// records every call, answers with rate-limit headers and can be told to answer 429 as Discord's docs show; and a
/// Gateway WebSocket at <c>/gateway</c> whose behaviour each test scripts.
/// </summary>
internal sealed class FakeDiscordServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<RecordedCall> _calls = new();
    private readonly List<Func<RecordedCall, FakeResponse?>> _rules = [];
    private readonly Lock _rulesGate = new();
    private readonly TimeProvider _time;
    private long _ids = 1_900_000_000_000_000_000;

    private FakeDiscordServer(WebApplication app, TimeProvider time)
    {
        _app = app;
        _time = time;
    }

    public string BaseUrl { get; private set; } = "";

    public string ApiBaseUrl => BaseUrl + "/api/v10/";

    public string GatewayUrl => BaseUrl.Replace("http://", "ws://") + "/gateway";

    public IReadOnlyList<RecordedCall> Calls => _calls.ToList();

    /// <summary>A READY dispatch for session <c>session-1</c>, naming this server's resume URL.</summary>
    public string ReadyFrame() => System.Text.Json.JsonSerializer.Serialize(new
    {
        t = "READY",
        s = 1,
        op = 0,
        d = new { v = 10, session_id = "session-1", resume_gateway_url = GatewayUrl + "/resume", user = new { id = "1", username = "bot" } },
    });

    /// <summary>Frames the Gateway received, over all connections, in order.</summary>
    public ConcurrentQueue<GatewayReceived> GatewayFrames { get; } = new();

    /// <summary>How each Gateway connection behaves; the default says Hello and then only acknowledges heartbeats.</summary>
    public Func<FakeGatewayConnection, Task> GatewayScript { get; set; } = connection => connection.HelloThenAcknowledgeAsync();

    public int GatewayConnections;

    public static async Task<FakeDiscordServer> StartAsync(TimeProvider time)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var server = new FakeDiscordServer(app, time);
        app.UseWebSockets();
        app.Map("/gateway/{**rest}", server.GatewayAsync);
        app.Map("/api/v10/{**path}", server.RestAsync);
        await app.StartAsync();
        server.BaseUrl = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/');
        return server;
    }

    /// <summary>Adds a rule tried before the defaults (latest first); returning null lets the next rule answer.</summary>
    public void When(Func<RecordedCall, FakeResponse?> rule)
    {
        lock (_rulesGate) _rules.Insert(0, rule);
    }

    public IReadOnlyList<RecordedCall> CallsTo(string method, string pathStart) =>
        Calls.Where(c => c.Method == method && c.Path.StartsWith(pathStart, StringComparison.Ordinal)).ToList();

    /// <summary>Waits (bounded, on the real clock) until <paramref name="condition"/> holds, optionally advancing a fake clock meanwhile.</summary>
    public static async Task EventuallyAsync(Func<bool> condition, Action? tick = null, int attempts = 500)
    {
        for (var i = 0; i < attempts; i++)
        {
            if (condition()) return;
            tick?.Invoke();
            await Task.Delay(10);
        }

        Assert.True(condition(), "The condition was not met in time.");
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task RestAsync(HttpContext http)
    {
        using var reader = new StreamReader(http.Request.Body, Encoding.UTF8);
        var call = new RecordedCall(
            http.Request.Method,
            (string)http.Request.RouteValues["path"]! ?? "",
            await reader.ReadToEndAsync(),
            http.Request.Headers.Authorization.ToString(),
            _time.GetUtcNow());
        _calls.Enqueue(call);

        FakeResponse? response = null;
        List<Func<RecordedCall, FakeResponse?>> rules;
        lock (_rulesGate) rules = [.. _rules];
        foreach (var rule in rules)
        {
            if ((response = rule(call)) is not null) break;
        }

        response ??= Default(call);
        http.Response.StatusCode = (int)response.Status;
        foreach (var (name, value) in response.Headers) http.Response.Headers[name] = value;
        if (response.Body is not null)
        {
            http.Response.ContentType = "application/json";
            await http.Response.WriteAsync(response.Body);
        }
    }

    private FakeResponse Default(RecordedCall call)
    {
        var headers = new Dictionary<string, string>
        {
            ["X-RateLimit-Limit"] = "5",
            ["X-RateLimit-Remaining"] = "4",
            ["X-RateLimit-Reset-After"] = "1",
            ["X-RateLimit-Bucket"] = "bucket-" + call.Method + "-" + call.Path.Split('/')[0],
        };
        string? body = (call.Method, call.Path) switch
        {
            ("GET", "gateway/bot") => JsonSerializer.Serialize(new { url = GatewayUrl, shards = 1 }),
            ("POST", "users/@me/channels") => JsonSerializer.Serialize(new { id = NextId(), type = 1 }),
            ("POST", var p) when p.StartsWith("channels/", StringComparison.Ordinal) => JsonSerializer.Serialize(new { id = NextId() }),
            ("PUT", _) => "[]",
            ("PATCH", _) or ("POST", _) when call.Path.StartsWith("webhooks/", StringComparison.Ordinal) => JsonSerializer.Serialize(new { id = NextId() }),
            _ => null,
        };
        return new FakeResponse(body is null ? HttpStatusCode.NoContent : HttpStatusCode.OK, body, headers);
    }

    private string NextId() => Interlocked.Increment(ref _ids).ToString(System.Globalization.CultureInfo.InvariantCulture);

    private async Task GatewayAsync(HttpContext http)
    {
        if (!http.WebSockets.IsWebSocketRequest)
        {
            http.Response.StatusCode = 400;
            return;
        }

        using var socket = await http.WebSockets.AcceptWebSocketAsync();
        var number = Interlocked.Increment(ref GatewayConnections);
        var connection = new FakeGatewayConnection(socket, number, http.Request.Path + http.Request.QueryString, GatewayFrames);
        var reading = connection.ReadAllAsync();
        try
        {
            await GatewayScript(connection);
        }
        catch (Exception exception) when (exception is WebSocketException or OperationCanceledException or ChannelClosedException)
        {
            // The client went away.
        }

        await connection.CloseAsync();
        await reading;
    }
}

internal sealed record RecordedCall(string Method, string Path, string Body, string Authorization, DateTimeOffset At)
{
    public JsonDocument Json => JsonDocument.Parse(Body);
}

internal sealed record FakeResponse(HttpStatusCode Status, string? Body, IReadOnlyDictionary<string, string> Headers)
{
    /// <summary>A response copied from a fixture pair: <c>X.json</c> body and <c>X.headers.txt</c> status line and headers.</summary>
    public static FakeResponse FromFixture(string name)
    {
        var lines = SharedFixtures.Text($"discord/{name}.headers.txt").Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var status = (HttpStatusCode)int.Parse(lines[0].Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture);
        var headers = lines.Skip(1).Select(l => l.Split(':', 2)).ToDictionary(p => p[0].Trim(), p => p[1].Trim());
        headers.Remove("Content-Type");
        return new FakeResponse(status, SharedFixtures.Text($"discord/{name}.json"), headers);
    }
}

internal sealed record GatewayReceived(int Connection, string Path, JsonElement Frame)
{
    public int Op => Frame.GetProperty("op").GetInt32();
}

/// <summary>One client connection to the fake Gateway: send frames to it, read what it sent.</summary>
internal sealed class FakeGatewayConnection(WebSocket socket, int number, string path, ConcurrentQueue<GatewayReceived> log)
{
    private readonly Channel<JsonElement> _received = Channel.CreateUnbounded<JsonElement>();

    public int Number => number;

    public string Path => path;

    public Task SendAsync(string json) =>
        socket.SendAsync(Encoding.UTF8.GetBytes(json), WebSocketMessageType.Text, true, CancellationToken.None);

    public Task SendFixtureAsync(string name) => SendAsync(SharedFixtures.Text($"discord/{name}").TrimEnd('\n'));

    /// <summary>The next frame the client sent with the given op (others are skipped); times out after 20 s.</summary>
    public async Task<JsonElement> ExpectAsync(int op)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        while (true)
        {
            var frame = await _received.Reader.ReadAsync(timeout.Token);
            if (frame.GetProperty("op").GetInt32() == op) return frame;
        }
    }

    /// <summary>Hello, then an ACK for every heartbeat until the client leaves.</summary>
    public async Task HelloThenAcknowledgeAsync()
    {
        await SendFixtureAsync("gateway_hello.json");
        await AcknowledgeHeartbeatsAsync();
    }

    public async Task AcknowledgeHeartbeatsAsync()
    {
        await foreach (var frame in _received.Reader.ReadAllAsync())
        {
            if (frame.GetProperty("op").GetInt32() == 1) await SendFixtureAsync("gateway_heartbeat_ack.json");
        }
    }

    public async Task WaitClosedAsync()
    {
        await foreach (var _ in _received.Reader.ReadAllAsync())
        {
        }
    }

    public async Task CloseAsync()
    {
        if (socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
        {
            try
            {
                await socket.CloseAsync(WebSocketCloseStatus.NormalClosure, "bye", CancellationToken.None);
            }
            catch (WebSocketException)
            {
            }
        }
    }

    public Task CloseWithAsync(int code) => socket.CloseAsync((WebSocketCloseStatus)code, "closed by test", CancellationToken.None);

    public async Task ReadAllAsync()
    {
        var buffer = new byte[64 * 1024];
        try
        {
            while (socket.State is WebSocketState.Open or WebSocketState.CloseSent)
            {
                using var message = new MemoryStream();
                WebSocketReceiveResult result;
                do
                {
                    result = await socket.ReceiveAsync(buffer, CancellationToken.None);
                    if (result.MessageType == WebSocketMessageType.Close) return;
                    message.Write(buffer, 0, result.Count);
                }
                while (!result.EndOfMessage);

                var frame = JsonDocument.Parse(message.ToArray()).RootElement.Clone();
                log.Enqueue(new GatewayReceived(number, path, frame));
                await _received.Writer.WriteAsync(frame);
            }
        }
        catch (WebSocketException)
        {
        }
        finally
        {
            _received.Writer.TryComplete();
        }
    }
}
