namespace NetworkBot.Net;

/// <summary>
/// A text WebSocket as the platform adapters use it (Slack Socket Mode, Discord Gateway): connect, read whole
/// messages, send, close. Kept tiny so tests can put a fake behind it.
/// </summary>
public interface IWebSocketConnection : IAsyncDisposable
{
    Task ConnectAsync(Uri uri, CancellationToken cancellationToken);

    /// <summary>The next whole text message, or null once the other side has closed the connection.</summary>
    Task<string?> ReceiveAsync(CancellationToken cancellationToken);

    /// <summary>Sends one text message; safe to call from several tasks at once.</summary>
    Task SendAsync(string message, CancellationToken cancellationToken);

    Task CloseAsync(CancellationToken cancellationToken);
}

/// <summary>Makes a new, unconnected <see cref="IWebSocketConnection"/> for each (re)connection.</summary>
public interface IWebSocketConnectionFactory
{
    IWebSocketConnection Create();
}
