namespace NetworkBot.Storage;

/// <summary>
/// How the full read-through of the data file went. The service starts after a quick check and reads the rest in the
/// background (<see cref="DataFileReadThrough"/>), so a large file does not hold up the start; <c>/health</c> reports
/// damage found later as 503 (what to do is in the log).
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

    public void Pass() => _state = State.Passed;

    public void Fail() => _state = State.Damaged;
}
