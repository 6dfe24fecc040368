namespace NetworkBot.Storage;

/// <summary>
/// How the full read-through of the data file went. The service starts after a quick check and reads the rest in the
/// background (<see cref="DataFileReadThrough"/>), so a large file does not hold up the start; <c>/health</c> reports
/// damage found later as 503 with <see cref="Message"/> in the log.
/// </summary>
public sealed class DataFileCheckStatus
{
    private volatile State _state;

    public enum State
    {
        Checking,
        Passed,
        Damaged,
    }

    public DataFileCheckStatus(bool passedAtOpen = true) => _state = passedAtOpen ? State.Passed : State.Checking;

    public State Current => _state;

    /// <summary>What to do about the damage (set with <see cref="State.Damaged"/>).</summary>
    public string? Message { get; private set; }

    public void Pass() => _state = State.Passed;

    public void Fail(string message)
    {
        Message = message;
        _state = State.Damaged;
    }
}
