namespace NetworkBot.Tests.Fuzzing;

/// <summary>One <see cref="FuzzHost"/> for all the fuzz tests of a class: starting the service once keeps them fast.</summary>
public sealed class FuzzHostFixture : IAsyncLifetime
{
    internal FuzzHost Host { get; private set; } = null!;

    public async Task InitializeAsync() => Host = await FuzzHost.StartAsync();

    public async Task DisposeAsync() => await Host.DisposeAsync();
}
