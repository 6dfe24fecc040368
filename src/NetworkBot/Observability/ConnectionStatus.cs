namespace NetworkBot.Observability;

/// <summary>Where a long-lived platform connection (Slack Socket Mode, Discord Gateway) stands.</summary>
public enum ConnectionState
{
    /// <summary>Not configured, so never opened.</summary>
    Off,

    /// <summary>Opening, or identifying, before the platform said it is ready.</summary>
    Connecting,

    /// <summary>The platform said hello (Slack) or ready (Discord): events arrive.</summary>
    Connected,

    /// <summary>Discord: picking up the previous session after a drop, so no event is lost.</summary>
    Resuming,

    /// <summary>Dropped; the next attempt is waiting or under way.</summary>
    Reconnecting,

    /// <summary>Given up for good (for example a refused token); only a restart with better settings helps.</summary>
    Stopped,
}

/// <summary>One connection's state, when it began and why (a short reason that never holds a token or a member's data).</summary>
public sealed record ConnectionSnapshot(ConnectionState State, DateTimeOffset Since, string? Reason);

/// <summary>The state of one connection, written by its client and read by <c>/health</c>.</summary>
public sealed class ConnectionStatus(TimeProvider time)
{
    private volatile ConnectionSnapshot _current = new(ConnectionState.Off, time.GetUtcNow(), null);

    public ConnectionSnapshot Current => _current;

    /// <summary>Records the state; <see cref="ConnectionSnapshot.Since"/> moves only when the state itself changes.</summary>
    public void Set(ConnectionState state, string? reason = null)
    {
        var current = _current;
        _current = new ConnectionSnapshot(state, current.State == state ? current.Since : time.GetUtcNow(), reason);
    }
}

/// <summary>
/// The platform connections this process keeps open. The clients report here and the health endpoint reads it, so
/// neither knows the other.
/// </summary>
public sealed class PlatformConnections(TimeProvider time)
{
    public ConnectionStatus SlackSocketMode { get; } = new(time);

    public ConnectionStatus DiscordGateway { get; } = new(time);
}
