using System.Net.WebSockets;
using System.Text.Json;
using Microsoft.Extensions.Options;
using NetworkBot.Discord.Rest;
using NetworkBot.Discord.Wire;
using NetworkBot.Net;
using NetworkBot.Observability;

namespace NetworkBot.Discord.Gateway;

/// <summary>
/// Keeps a Gateway connection when <c>Discord:UseGateway</c> is true: URL from GET /gateway/bot; Hello → heartbeats
/// (the first after a random part of the interval); Identify with GUILDS and GUILD_MEMBERS, or Resume with the session
/// id and last sequence on the resume URL after a drop; a heartbeat not acknowledged before the next one means a dead
/// connection and a reconnect; Reconnect and Invalid Session are obeyed; attempts that fail wait longer each time.
/// </summary>
internal sealed class DiscordGatewayService(
    IOptions<DiscordOptions> options,
    DiscordRestClient rest,
    IWebSocketConnectionFactory sockets,
    DispatchRouter router,
    DiscordBackgroundWork work,
    PlatformConnections connections,
    TimeProvider time,
    ILogger<DiscordGatewayService> logger) : BackgroundService
{
    public static readonly TimeSpan HelloTimeout = TimeSpan.FromSeconds(30);
    public static readonly TimeSpan MaxBackoff = TimeSpan.FromMinutes(1);

    /// <summary>Not 1000 or 1001: those would end the session on Discord's side, and we want to resume it.</summary>
    private const WebSocketCloseStatus ResumableClose = (WebSocketCloseStatus)4000;

    private string? _gatewayUrl;
    private string? _resumeUrl;

    public string? SessionId { get; private set; }

    public long? Sequence { get; private set; }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.IsEnabled || !options.Value.UseGateway) return;
        var status = connections.DiscordGateway;
        status.Set(ConnectionState.Connecting);
        var failures = 0;
        while (!stoppingToken.IsCancellationRequested)
        {
            SessionEnd end;
            try
            {
                _gatewayUrl ??= (await rest.GetGatewayBotAsync(stoppingToken)).Url;
                end = await RunConnectionAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (DiscordRequestRefusedException exception)
            {
                end = SessionEnd.Stop(exception.Message);
            }
            catch (DiscordApiException exception) when (exception.Status == System.Net.HttpStatusCode.Unauthorized)
            {
                end = SessionEnd.Stop("Discord refused Discord:BotToken (401)");
            }
            catch (Exception exception) when (exception is DiscordApiException or HttpRequestException or WebSocketException or IOException)
            {
                end = SessionEnd.Failed(exception.GetType().Name);
            }

            if (end.Fatal)
            {
                status.Set(ConnectionState.Stopped, end.Reason);
                DiscordLog.GatewayStopped(logger, end.Reason);
                return;
            }

            failures = end.Healthy ? 0 : failures + 1;
            var delay = end.Delay ?? Backoff(failures);
            status.Set(ConnectionState.Reconnecting, end.Reason);
            DiscordLog.GatewayReconnecting(logger, end.Reason, delay.TotalSeconds);
            try
            {
                await Task.Delay(delay, time, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    private async Task<SessionEnd> RunConnectionAsync(CancellationToken stoppingToken)
    {
        var resuming = SessionId is not null && Sequence is not null;
        var url = resuming ? _resumeUrl ?? _gatewayUrl! : _gatewayUrl!;
        await using var socket = await sockets.ConnectAsync(GatewayUri(url), stoppingToken);
        using var connection = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);

        var hello = await ReceiveHelloAsync(socket, connection.Token);
        if (hello is null) return SessionEnd.Failed("no Hello");
        var heartbeat = new HeartbeatState();
        var heartbeatLoop = HeartbeatAsync(socket, TimeSpan.FromMilliseconds(hello.HeartbeatInterval), heartbeat, connection);

        var token = options.Value.BotToken!;
        await socket.SendTextAsync(resuming ? GatewayCommands.Resume(token, SessionId!, Sequence!.Value) : GatewayCommands.Identify(token), connection.Token);
        connections.DiscordGateway.Set(resuming ? ConnectionState.Resuming : ConnectionState.Connecting);
        DiscordLog.GatewayConnected(logger, resuming ? "resuming" : "identifying");
        try
        {
            return await ReceiveLoopAsync(socket, heartbeat, connection.Token);
        }
        catch (OperationCanceledException) when (!stoppingToken.IsCancellationRequested && heartbeat.Missed)
        {
            return SessionEnd.Failed("heartbeat not acknowledged");
        }
        finally
        {
            await connection.CancelAsync();
            await heartbeatLoop;
        }
    }

    private async Task<SessionEnd> ReceiveLoopAsync(IWebSocketConnection socket, HeartbeatState heartbeat, CancellationToken cancellationToken)
    {
        var healthy = false;
        while (true)
        {
            var text = await socket.ReceiveTextAsync(cancellationToken);
            if (text is null) return Closed(socket.CloseStatus, healthy);
            if (GatewayFrame.Parse(text) is not { } frame) continue;
            switch (frame.Op)
            {
                case GatewayOpCode.Dispatch:
                    Sequence = frame.S ?? Sequence;
                    if (frame.T is "READY" or "RESUMED")
                    {
                        healthy = true;
                        connections.DiscordGateway.Set(ConnectionState.Connected);
                    }

                    if (frame.T == "READY" && frame.D is { } ready && DiscordJson.Deserialize<ReadyData>(ready) is { } data)
                    {
                        SessionId = data.SessionId;
                        _resumeUrl = data.ResumeGatewayUrl;
                    }
                    else if (DispatchRouter.Handles(frame.T) && frame.D is { } payload)
                    {
                        var eventName = frame.T!;
                        var copy = payload.Clone();
                        work.Start("a Gateway " + eventName, token => router.RouteAsync(eventName, copy, token));
                    }

                    break;
                case GatewayOpCode.Heartbeat:
                    await socket.SendTextAsync(GatewayCommands.Heartbeat(Sequence), cancellationToken);
                    break;
                case GatewayOpCode.HeartbeatAck:
                    heartbeat.Acknowledged = true;
                    break;
                case GatewayOpCode.Reconnect:
                    await socket.CloseAsync(ResumableClose, "reconnect requested", cancellationToken);
                    return new SessionEnd("Discord asked to reconnect", Fatal: false, Healthy: true, TimeSpan.Zero);
                case GatewayOpCode.InvalidSession:
                    var resumable = frame.D is { ValueKind: JsonValueKind.True };
                    if (!resumable) ForgetSession();
                    await socket.CloseAsync(ResumableClose, "invalid session", cancellationToken);
                    // Discord asks for a random wait of one to five seconds before identifying again.
                    return new SessionEnd(resumable ? "invalid session (resumable)" : "invalid session", Fatal: false, Healthy: true,
                        TimeSpan.FromSeconds(1 + Random.Shared.NextDouble() * 4));
            }
        }
    }

    private SessionEnd Closed(int? code, bool healthy)
    {
        if (GatewayCloseCodes.Fatal(code) is { } reason) return SessionEnd.Stop(reason);
        if (GatewayCloseCodes.EndsSession(code)) ForgetSession();
        return new SessionEnd($"closed by Discord ({code?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "no code"})", Fatal: false, healthy, null);
    }

    private async Task<HelloData?> ReceiveHelloAsync(IWebSocketConnection socket, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(HelloTimeout);
        var text = await socket.ReceiveTextAsync(timeout.Token);
        var frame = text is null ? null : GatewayFrame.Parse(text);
        return frame is { Op: GatewayOpCode.Hello, D: { } d } ? DiscordJson.Deserialize<HelloData>(d) : null;
    }

    /// <summary>Beats every interval; when the previous beat was never acknowledged the connection is dead: close it and reconnect.</summary>
    private async Task HeartbeatAsync(IWebSocketConnection socket, TimeSpan interval, HeartbeatState state, CancellationTokenSource connection)
    {
        try
        {
            await Task.Delay(interval * Random.Shared.NextDouble(), time, connection.Token);
            while (!connection.IsCancellationRequested)
            {
                if (!state.Acknowledged)
                {
                    state.Missed = true;
                    await socket.CloseAsync(ResumableClose, "heartbeat not acknowledged", CancellationToken.None);
                    await connection.CancelAsync();
                    return;
                }

                state.Acknowledged = false;
                await socket.SendTextAsync(GatewayCommands.Heartbeat(Sequence), connection.Token);
                await Task.Delay(interval, time, connection.Token);
            }
        }
        catch (Exception exception) when (exception is OperationCanceledException or WebSocketException or ObjectDisposedException)
        {
            // The connection ended; the receive loop reports why.
        }
    }

    private void ForgetSession()
    {
        SessionId = null;
        Sequence = null;
        _resumeUrl = null;
    }

    private static TimeSpan Backoff(int failures) =>
        TimeSpan.FromSeconds(Math.Min(MaxBackoff.TotalSeconds, Math.Pow(2, Math.Min(failures, 6)) * (0.75 + Random.Shared.NextDouble() / 2)));

    private static Uri GatewayUri(string url) => new(url + (url.Contains('?') ? "&" : url.EndsWith('/') ? "?" : "/?") + "v=10&encoding=json");

    private sealed class HeartbeatState
    {
        public volatile bool Acknowledged = true;
        public volatile bool Missed;
    }

    private sealed record SessionEnd(string Reason, bool Fatal, bool Healthy, TimeSpan? Delay)
    {
        public static SessionEnd Failed(string reason) => new(reason, Fatal: false, Healthy: false, null);

        public static SessionEnd Stop(string reason) => new(reason, Fatal: true, Healthy: false, null);
    }
}
