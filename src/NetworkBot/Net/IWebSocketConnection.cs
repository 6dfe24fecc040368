using System.Net.WebSockets;

namespace NetworkBot.Net;

/// <summary>
/// One open text WebSocket, the seam between a platform's socket protocol (Discord Gateway, Slack Socket Mode) and
/// the network, so that tests can play frames without a real platform.
/// </summary>
public interface IWebSocketConnection : IAsyncDisposable
{
    /// <summary>Sends one text message; safe to call from several tasks.</summary>
    Task SendTextAsync(string text, CancellationToken cancellationToken);

    /// <summary>The next whole text message, or null once the other side has closed (see <see cref="CloseStatus"/>).</summary>
    Task<string?> ReceiveTextAsync(CancellationToken cancellationToken);

    /// <summary>Closes with the given code; never throws for a connection that is already gone.</summary>
    Task CloseAsync(WebSocketCloseStatus status, string description, CancellationToken cancellationToken);

    /// <summary>The close code the other side sent, once it has closed.</summary>
    int? CloseStatus { get; }
}

/// <summary>Opens <see cref="IWebSocketConnection"/>s.</summary>
public interface IWebSocketConnectionFactory
{
    Task<IWebSocketConnection> ConnectAsync(Uri uri, CancellationToken cancellationToken);
}
