namespace NetworkBot.Core.Commands;

/// <summary>How a command ended, as the logs and metrics report it. The reply itself always explains it to the member.</summary>
public enum CommandOutcome
{
    /// <summary>Done, or answered (an empty list is still an answer).</summary>
    Ok,

    /// <summary>The member may not run it (an organizer command from a member).</summary>
    Refused,

    /// <summary>What was typed could not be used (unknown command, bad or missing option, no such event); nothing changed.</summary>
    InvalidInput,
}
