using System.Collections.Concurrent;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Channels;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Logging;

namespace NetworkBot.Tests.Slack.Support;

/// <summary>One request the fake Slack received: the Web API method (or <c>response_url</c>), its headers and arguments.</summary>
internal sealed record RecordedCall(string Method, string? Authorization, string? ContentType, string Body, DateTimeOffset At)
{
    /// <summary>JSON arguments, or form arguments turned into a JSON object.</summary>
    public JsonObject Arguments => ContentType?.StartsWith("application/json", StringComparison.Ordinal) == true
        ? JsonNode.Parse(Body)!.AsObject()
        : new JsonObject(QueryHelpers.ParseQuery(Body).Select(p => KeyValuePair.Create(p.Key, (JsonNode?)JsonValue.Create(p.Value.ToString()))));
}

/// <summary>A scripted answer for the next call of one method.</summary>
internal sealed record ScriptedAnswer(int Status, string Body, IReadOnlyDictionary<string, string>? Headers = null);

/// <summary>
/// A stand-in for Slack on 127.0.0.1 (Kestrel, port 0): the Web API under <c>/api/</c> answering like Slack
/// (including <c>ok:false</c> and 429 with Retry-After when scripted), <c>response_url</c>s under <c>/hooks/</c>,
/// and a Socket Mode WebSocket at <c>/socket</c>. Every call is recorded and can be awaited.
/// </summary>
internal sealed class FakeSlackServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<RecordedCall> _calls = new();
    private readonly ConcurrentDictionary<string, ConcurrentQueue<ScriptedAnswer>> _scripts = new();
    private readonly List<(Func<RecordedCall, bool> Match, TaskCompletionSource<RecordedCall> Done)> _waiters = [];
    private readonly Lock _gate = new();
    private readonly Channel<FakeSocketSession> _sessions = Channel.CreateUnbounded<FakeSocketSession>();

    private FakeSlackServer(WebApplication app) => _app = app;

    public Func<DateTimeOffset> Clock { get; set; } = () => DateTimeOffset.UtcNow;

    /// <summary>users.info answers: user id → (locale, is_admin, display name).</summary>
    public ConcurrentDictionary<string, (string Locale, bool IsAdmin, string Name)> Users { get; } = new();

    public Uri BaseUri { get; private set; } = null!;

    public string ApiBaseUrl => new Uri(BaseUri, "api/").ToString();

    public string ResponseUrl(string name) => new Uri(BaseUri, $"hooks/{name}").ToString();

    public IReadOnlyList<RecordedCall> Calls => _calls.ToList();

    public IEnumerable<RecordedCall> CallsTo(string method) => _calls.Where(c => c.Method == method);

    public static async Task<FakeSlackServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var server = new FakeSlackServer(app);
        app.UseWebSockets();
        app.MapPost("/api/{method}", (string method, HttpContext context) => server.ApiAsync(method, context));
        app.MapPost("/hooks/{**path}", (HttpContext context) => server.HookAsync(context));
        app.Map("/socket", server.SocketAsync);
        await app.StartAsync();
        server.BaseUri = new Uri(app.Urls.First().TrimEnd('/') + "/");
        return server;
    }

    /// <summary>The next call of <paramref name="method"/> gets this answer instead of the default.</summary>
    public void Script(string method, int status, string body, IReadOnlyDictionary<string, string>? headers = null) =>
        _scripts.GetOrAdd(method, _ => new ConcurrentQueue<ScriptedAnswer>()).Enqueue(new ScriptedAnswer(status, body, headers));

    /// <summary>Completes with the first call (already made or still to come) that matches.</summary>
    public Task<RecordedCall> WaitForAsync(string method, Func<RecordedCall, bool>? match = null, int skip = 0) =>
        WaitForAnyAsync([method], match, skip);

    /// <summary>Completes with the first call to any of <paramref name="methods"/> (already made or still to come) that matches.</summary>
    public Task<RecordedCall> WaitForAnyAsync(IReadOnlyCollection<string> methods, Func<RecordedCall, bool>? match = null, int skip = 0)
    {
        var seen = 0;
        bool Matches(RecordedCall call) => methods.Contains(call.Method) && (match?.Invoke(call) ?? true) && seen++ >= skip;
        lock (_gate)
        {
            var existing = _calls.FirstOrDefault(Matches);
            if (existing is not null) return Task.FromResult(existing);
            var done = new TaskCompletionSource<RecordedCall>(TaskCreationOptions.RunContinuationsAsynchronously);
            _waiters.Add((Matches, done));
            return done.Task.WaitAsync(TimeSpan.FromSeconds(15));
        }
    }

    /// <summary>The next Socket Mode connection the bot opens.</summary>
    public async Task<FakeSocketSession> AcceptSocketAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(15));
        return await _sessions.Reader.ReadAsync(timeout.Token);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task ApiAsync(string method, HttpContext context)
    {
        var call = await RecordAsync(method, context);
        if (_scripts.TryGetValue(method, out var queue) && queue.TryDequeue(out var scripted))
        {
            context.Response.StatusCode = scripted.Status;
            foreach (var (name, value) in scripted.Headers ?? new Dictionary<string, string>()) context.Response.Headers[name] = value;
            context.Response.ContentType = "application/json; charset=utf-8";
            await context.Response.WriteAsync(scripted.Body);
            return;
        }

        context.Response.ContentType = "application/json; charset=utf-8";
        await context.Response.WriteAsync(DefaultAnswer(method, call).ToJsonString());
    }

    private async Task HookAsync(HttpContext context)
    {
        await RecordAsync("response_url", context);
        context.Response.ContentType = "text/plain";
        await context.Response.WriteAsync("ok");
    }

    private JsonObject DefaultAnswer(string method, RecordedCall call)
    {
        var arguments = call.Arguments;
        switch (method)
        {
            case "apps.connections.open":
                return new JsonObject { ["ok"] = true, ["url"] = new Uri(BaseUri, "socket").ToString().Replace("http://", "ws://", StringComparison.Ordinal) };
            case "users.info":
                var id = arguments["user"]?.GetValue<string>() ?? "U0";
                var (locale, isAdmin, name) = Users.TryGetValue(id, out var known) ? known : ("ja-JP", false, "テスト太郎");
                return new JsonObject
                {
                    ["ok"] = true,
                    ["user"] = new JsonObject
                    {
                        ["id"] = id, ["team_id"] = "T1", ["name"] = "account", ["real_name"] = name, ["is_admin"] = isAdmin, ["is_owner"] = false,
                        ["is_bot"] = false, ["locale"] = locale, ["profile"] = new JsonObject { ["display_name"] = name, ["real_name"] = name },
                    },
                };
            case "conversations.open":
                return new JsonObject { ["ok"] = true, ["channel"] = new JsonObject { ["id"] = "D" + arguments["users"]?.GetValue<string>() } };
            case "chat.postMessage":
                // Posted to a user id, Slack opens the direct message and answers with its channel id.
                var channel = arguments["channel"]?.GetValue<string>() ?? "";
                return new JsonObject { ["ok"] = true, ["channel"] = channel.StartsWith('U') || channel.StartsWith('W') ? "D" + channel : channel, ["ts"] = "1700000000.000100" };
            case "views.open" or "views.push" or "views.update" or "views.publish":
                return new JsonObject { ["ok"] = true, ["view"] = new JsonObject { ["id"] = "V123" } };
            default:
                return new JsonObject { ["ok"] = true };
        }
    }

    private async Task<RecordedCall> RecordAsync(string method, HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body, Encoding.UTF8);
        var call = new RecordedCall(method, context.Request.Headers.Authorization.ToString(), context.Request.ContentType, await reader.ReadToEndAsync(), Clock());
        lock (_gate)
        {
            _calls.Enqueue(call);
            foreach (var waiter in _waiters.ToList())
            {
                if (!waiter.Match(call)) continue;
                waiter.Done.TrySetResult(call);
                _waiters.Remove(waiter);
            }
        }

        return call;
    }

    private async Task SocketAsync(HttpContext context)
    {
        if (!context.WebSockets.IsWebSocketRequest)
        {
            context.Response.StatusCode = 400;
            return;
        }

        using var socket = await context.WebSockets.AcceptWebSocketAsync();
        var session = new FakeSocketSession(socket);
        await _sessions.Writer.WriteAsync(session);
        await session.PumpAsync(context.RequestAborted);
    }
}

/// <summary>The server's side of one Socket Mode connection: send frames, read what the bot sends back.</summary>
internal sealed class FakeSocketSession(WebSocket socket)
{
    private readonly Channel<string> _received = Channel.CreateUnbounded<string>();
    private readonly TaskCompletionSource _ended = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Task Ended => _ended.Task;

    public Task SendAsync(string frame) => socket.SendAsync(Encoding.UTF8.GetBytes(frame), WebSocketMessageType.Text, true, CancellationToken.None);

    public async Task<JsonObject> ReceiveAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(15));
        return JsonNode.Parse(await _received.Reader.ReadAsync(timeout.Token))!.AsObject();
    }

    /// <summary>Ends the connection without a close handshake, as a network failure would.</summary>
    public void Drop() => socket.Abort();

    internal async Task PumpAsync(CancellationToken aborted)
    {
        var buffer = new byte[64 * 1024];
        try
        {
            while (socket.State == WebSocketState.Open)
            {
                using var message = new MemoryStream();
                WebSocketReceiveResult result;
                do
                {
                    result = await socket.ReceiveAsync(buffer, aborted);
                    if (result.MessageType == WebSocketMessageType.Close)
                    {
                        await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None);
                        return;
                    }

                    message.Write(buffer, 0, result.Count);
                }
                while (!result.EndOfMessage);

                await _received.Writer.WriteAsync(Encoding.UTF8.GetString(message.ToArray()), aborted);
            }
        }
        catch (Exception exception) when (exception is WebSocketException or OperationCanceledException or ObjectDisposedException)
        {
        }
        finally
        {
            _ended.TrySetResult();
        }
    }
}
