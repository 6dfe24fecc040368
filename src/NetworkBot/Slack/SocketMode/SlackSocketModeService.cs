using System.Collections.Concurrent;
using System.Net.WebSockets;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using NetworkBot.Net;
using NetworkBot.Observability;
using NetworkBot.Slack.Rest;
using NetworkBot.Slack.Wire;

namespace NetworkBot.Slack.SocketMode;

/// <summary>
/// Socket Mode (when <c>Slack:AppToken</c> is set): asks <c>apps.connections.open</c> for a URL, connects, and reads
/// frames: <c>hello</c> means connected; every envelope is acknowledged with its <c>envelope_id</c>; a
/// <c>disconnect</c> (Slack refreshes connections regularly) reconnects at once with a fresh URL; a dropped socket
/// or a failed attempt reconnects after a growing pause (1 s, 2 s, 4 s … at most 30 s).
/// </summary>
public sealed class SlackSocketModeService(
    IOptions<SlackOptions> options,
    SlackWebApiClient api,
    IWebSocketConnectionFactory sockets,
    SlackEnvelopeHandler envelopes,
    PlatformConnections connections,
    TimeProvider time,
    ILogger<SlackSocketModeService> logger) : BackgroundService
{
    public static readonly TimeSpan LongestPause = TimeSpan.FromSeconds(30);

    private enum Ending
    {
        AskedToReconnect,
        Dropped,
    }

    public static TimeSpan Pause(int failures) =>
        failures <= 0 ? TimeSpan.Zero : TimeSpan.FromSeconds(Math.Min(LongestPause.TotalSeconds, Math.Pow(2, Math.Min(failures, 10) - 1)));

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.SocketModeEnabled || options.Value.Problems().Count > 0) return;
        var failures = 0;
        var status = connections.SlackSocketMode;
        status.Set(ConnectionState.Connecting);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (failures > 0) await Task.Delay(Pause(failures), time, stoppingToken);
                var url = await api.OpenSocketConnectionAsync(stoppingToken);
                await using var socket = await sockets.ConnectAsync(url, stoppingToken);
                var (ending, greeted) = await RunAsync(socket, stoppingToken);
                failures = ending == Ending.AskedToReconnect ? 0 : greeted ? 1 : failures + 1;
                status.Set(ConnectionState.Reconnecting, ending == Ending.AskedToReconnect ? "Slack asked to reconnect" : "connection dropped");
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                failures++;
                var reason = (exception as SlackApiException)?.Error ?? exception.GetType().Name;
                status.Set(ConnectionState.Reconnecting, reason);
                SlackLog.SocketFailed(logger, reason, Pause(failures).TotalSeconds);
            }
        }
    }

    private async Task<(Ending Ending, bool Greeted)> RunAsync(IWebSocketConnection socket, CancellationToken stoppingToken)
    {
        var greeted = false;
        var acknowledging = new ConcurrentDictionary<Task, bool>();
        try
        {
            while (true)
            {
                var text = await socket.ReceiveTextAsync(stoppingToken);
                if (text is null)
                {
                    SlackLog.SocketDropped(logger);
                    return (Ending.Dropped, greeted);
                }

                if (Read(text) is not { } envelope) continue;
                switch (envelope.Type)
                {
                    case "hello":
                        greeted = true;
                        connections.SlackSocketMode.Set(ConnectionState.Connected);
                        SlackLog.SocketConnected(logger);
                        break;
                    case "disconnect":
                        SlackLog.SocketDisconnectRequested(logger, envelope.Reason ?? "(none)");
                        await CloseQuietlyAsync(socket, stoppingToken);
                        return (envelope.Reason is "link_disabled" or "too_many_websockets" ? Ending.Dropped : Ending.AskedToReconnect, greeted);
                    default:
                        if (envelope.EnvelopeId is { Length: > 0 })
                        {
                            var task = AcknowledgeAsync(socket, envelope, stoppingToken);
                            acknowledging[task] = true;
                            _ = task.ContinueWith(done => acknowledging.TryRemove(done, out _), TaskScheduler.Default);
                        }

                        break;
                }
            }
        }
        finally
        {
            // Acknowledgements already under way still go out on this socket when they can.
            await Task.WhenAll(acknowledging.Keys);
        }
    }

    private SocketEnvelope? Read(string text)
    {
        try
        {
            return SlackJson.Parse<SocketEnvelope>(text);
        }
        catch (JsonException)
        {
            SlackLog.FrameUnreadable(logger, text.Length);
            return null;
        }
    }

    private async Task AcknowledgeAsync(IWebSocketConnection socket, SocketEnvelope envelope, CancellationToken stoppingToken)
    {
        JsonObject frame;
        try
        {
            frame = await envelopes.AcknowledgeAsync(envelope);
        }
        catch (Exception exception)
        {
            SlackLog.EnvelopeFailed(logger, exception, envelope.Type ?? "(none)");
            frame = new JsonObject { ["envelope_id"] = envelope.EnvelopeId };
        }

        try
        {
            await socket.SendTextAsync(frame.ToJsonString(SlackJson.Options), stoppingToken);
        }
        catch (Exception exception) when (exception is WebSocketException or ObjectDisposedException or InvalidOperationException or OperationCanceledException)
        {
            SlackLog.AckFailed(logger, envelope.Type ?? "(none)", exception.GetType().Name);
        }
    }

    private static async Task CloseQuietlyAsync(IWebSocketConnection socket, CancellationToken cancellationToken)
    {
        try
        {
            await socket.CloseAsync(WebSocketCloseStatus.NormalClosure, "reconnecting", cancellationToken);
        }
        catch (Exception exception) when (exception is WebSocketException or ObjectDisposedException or InvalidOperationException)
        {
            // The server may already be gone; a fresh connection follows either way.
        }
    }
}
