using System.Buffers;
using System.Net.WebSockets;
using System.Text;

namespace NetworkBot.Net;

/// <summary><see cref="IWebSocketConnection"/> over <see cref="ClientWebSocket"/>: whole text messages, one sender at a time.</summary>
public sealed class ClientWebSocketConnection(ClientWebSocket socket, int maxMessageBytes) : IWebSocketConnection
{
    private readonly SemaphoreSlim _sendGate = new(1, 1);

    public int? CloseStatus => socket.CloseStatus is { } status ? (int)status : null;

    public async Task SendTextAsync(string text, CancellationToken cancellationToken)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        await _sendGate.WaitAsync(cancellationToken);
        try
        {
            await socket.SendAsync(bytes, WebSocketMessageType.Text, endOfMessage: true, cancellationToken);
        }
        finally
        {
            _sendGate.Release();
        }
    }

    public async Task<string?> ReceiveTextAsync(CancellationToken cancellationToken)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(16 * 1024);
        try
        {
            using var message = new MemoryStream();
            while (true)
            {
                ValueWebSocketReceiveResult result;
                try
                {
                    result = await socket.ReceiveAsync(buffer.AsMemory(), cancellationToken);
                }
                catch (WebSocketException)
                {
                    return null;
                }

                if (result.MessageType == WebSocketMessageType.Close) return null;
                message.Write(buffer, 0, result.Count);
                if (message.Length > maxMessageBytes)
                {
                    await CloseAsync(WebSocketCloseStatus.MessageTooBig, "message too big", cancellationToken);
                    return null;
                }

                if (result.EndOfMessage) return Encoding.UTF8.GetString(message.GetBuffer(), 0, (int)message.Length);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    public async Task CloseAsync(WebSocketCloseStatus status, string description, CancellationToken cancellationToken)
    {
        if (socket.State is not (WebSocketState.Open or WebSocketState.CloseReceived)) return;
        try
        {
            await socket.CloseOutputAsync(status, description, cancellationToken);
        }
        catch (Exception exception) when (exception is WebSocketException or OperationCanceledException or ObjectDisposedException)
        {
            // Already gone: nothing left to close.
        }
    }

    public ValueTask DisposeAsync()
    {
        socket.Dispose();
        _sendGate.Dispose();
        return ValueTask.CompletedTask;
    }
}

/// <summary>Opens real client WebSockets.</summary>
public sealed class ClientWebSocketConnectionFactory : IWebSocketConnectionFactory
{
    /// <summary>Large enough for a big guild's GUILD_CREATE.</summary>
    public const int MaxMessageBytes = 32 * 1024 * 1024;

    public async Task<IWebSocketConnection> ConnectAsync(Uri uri, CancellationToken cancellationToken)
    {
        var socket = new ClientWebSocket();
        try
        {
            await socket.ConnectAsync(uri, cancellationToken);
            return new ClientWebSocketConnection(socket, MaxMessageBytes);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }
}
