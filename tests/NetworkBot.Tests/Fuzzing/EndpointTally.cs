using Xunit.Abstractions;

namespace NetworkBot.Tests.Fuzzing;

/// <summary>Counts what one endpoint did with the fuzzed inputs, for the test output and the README.</summary>
internal sealed class EndpointTally(string endpoint)
{
    private int _tried;
    private int _refused;
    private int _accepted;

    public int Tried => _tried;

    public int Refused => _refused;

    public int Accepted => _accepted;

    public void Record(int status)
    {
        Interlocked.Increment(ref _tried);
        if (status >= 400) Interlocked.Increment(ref _refused);
        else Interlocked.Increment(ref _accepted);
    }

    public void Report(ITestOutputHelper output) =>
        output.WriteLine($"{endpoint}: inputs tried {Tried} / refused (4xx) {Refused} / accepted {Accepted} / 5xx 0");
}
