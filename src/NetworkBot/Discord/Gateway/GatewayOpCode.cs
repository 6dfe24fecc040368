namespace NetworkBot.Discord.Gateway;

/// <summary>Gateway opcodes, with the direction each travels.</summary>
internal enum GatewayOpCode
{
    /// <summary>Receive: an event was dispatched (carries a sequence number and an event name).</summary>
    Dispatch = 0,

    /// <summary>Send (and receive, as a request to send one now): keeps the connection alive.</summary>
    Heartbeat = 1,

    /// <summary>Send: starts a new session with the token and intents.</summary>
    Identify = 2,

    /// <summary>Send: updates the bot's presence (unused).</summary>
    PresenceUpdate = 3,

    /// <summary>Send: joins or leaves voice (unused).</summary>
    VoiceStateUpdate = 4,

    /// <summary>Send: resumes a dropped session, replaying missed events.</summary>
    Resume = 6,

    /// <summary>Receive: reconnect and resume.</summary>
    Reconnect = 7,

    /// <summary>Send: asks for guild members (unused).</summary>
    RequestGuildMembers = 8,

    /// <summary>Receive: the session is invalid; <c>d</c> says whether it may be resumed.</summary>
    InvalidSession = 9,

    /// <summary>Receive: first frame after connecting, with the heartbeat interval.</summary>
    Hello = 10,

    /// <summary>Receive: the last heartbeat arrived.</summary>
    HeartbeatAck = 11,
}
