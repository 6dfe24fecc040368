using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using NetworkBot.Observability;

namespace NetworkBot.Tests.Support;

/// <summary>
/// Listens to the <c>NetworkBot</c> meter of one service provider (tests run side by side, each with its own meters)
/// and keeps every measurement with its tags.
/// </summary>
internal sealed class MetricsRecorder : IDisposable
{
    private readonly MeterListener _listener = new();
    private readonly ConcurrentQueue<Measurement> _measurements = new();

    public MetricsRecorder(IServiceProvider services)
        : this(services.GetRequiredService<IMeterFactory>())
    {
    }

    public MetricsRecorder(IMeterFactory meters)
    {
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == BotMetrics.MeterName && instrument.Meter.Scope == meters) listener.EnableMeasurementEvents(instrument);
        };
        _listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) => Record(instrument, value, tags));
        _listener.SetMeasurementEventCallback<double>((instrument, value, tags, _) => Record(instrument, value, tags));
        _listener.Start();
    }

    /// <summary>Meters of their own, for classes the tests build by hand.</summary>
    public static IMeterFactory NewMeterFactory() => new ServiceCollection().AddMetrics().BuildServiceProvider().GetRequiredService<IMeterFactory>();

    /// <summary>A <see cref="BotMetrics"/> nobody listens to.</summary>
    public static BotMetrics StandaloneMetrics() => new(NewMeterFactory());

    public IReadOnlyList<Measurement> Measurements => [.. _measurements];

    /// <summary>The measurements of one instrument whose tags include every given pair.</summary>
    public IReadOnlyList<Measurement> Of(string instrument, params (string Key, object Value)[] tags) =>
        Measurements.Where(m => m.Instrument == instrument && tags.All(t => m.Tags.TryGetValue(t.Key, out var v) && Equals(v, t.Value))).ToList();

    /// <summary>Waits (bounded, on the real clock) until <see cref="Of"/> finds at least <paramref name="count"/> measurements.</summary>
    public async Task<IReadOnlyList<Measurement>> WaitForAsync(int count, string instrument, params (string Key, object Value)[] tags)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(20);
        while (Of(instrument, tags).Count < count && DateTime.UtcNow < deadline) await Task.Delay(10);
        return Of(instrument, tags);
    }

    /// <summary>Asks the observable instruments (gauges) for their values now, as an exporter would.</summary>
    public void Collect() => _listener.RecordObservableInstruments();

    public void Dispose() => _listener.Dispose();

    private void Record(Instrument instrument, double value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        var copy = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (key, tagValue) in tags) copy[key] = tagValue;
        _measurements.Enqueue(new Measurement(instrument.Name, value, copy));
    }

    internal sealed record Measurement(string Instrument, double Value, IReadOnlyDictionary<string, object?> Tags);
}
