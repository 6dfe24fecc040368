using NetworkBot.Core.Scheduling;

namespace NetworkBot.Scheduling;

/// <summary>Lets the sender sleep until there is something to send or its next retry is due, on the app's clock.</summary>
internal sealed class OutboxSignal(TimeProvider time) : IOutboxSignal
{
    private readonly SemaphoreSlim _signal = new(0, 1);

    public void Notify()
    {
        try
        {
            _signal.Release();
        }
        catch (SemaphoreFullException)
        {
            // Already signalled: one wake-up covers every entry recorded before the sender looks.
        }
    }

    public async Task WaitAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        if (timeout <= TimeSpan.Zero) return;
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var signalled = _signal.WaitAsync(stop.Token);
        var elapsed = Task.Delay(timeout, time, stop.Token);
        await Task.WhenAny(signalled, elapsed);
        await stop.CancelAsync();
        await Task.WhenAll(signalled, elapsed).ContinueWith(_ => { }, TaskScheduler.Default);
        cancellationToken.ThrowIfCancellationRequested();
    }
}
