using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using NetworkBot.Core.Commands;
using NetworkBot.Core.Platform;
using NetworkBot.Hosting;
using NetworkBot.Tests.Support;
using OpenTelemetry.Metrics;

namespace NetworkBot.Tests.Observability;

/// <summary>Metrics leave the process over OTLP only when a collector is named, and then carry the bot's own instruments.</summary>
public sealed class TelemetryExportTests : IDisposable
{
    private readonly TempDataFile _file = new();

    public void Dispose() => _file.Dispose();

    [Fact]
    public async Task OtlpEndpoint_Set_CommandCountsReachTheCollectorOverHttp()
    {
        await using var collector = await FakeOtlpCollector.StartAsync();
        // Export every 200 ms (the standard variable, read by the exporter) so the test need not wait for the 60 s default.
        await using var factory = Service(
            ("Telemetry:OtlpEndpoint", collector.BaseUrl), ("Telemetry:OtlpProtocol", "http/protobuf"), ("OTEL_METRIC_EXPORT_INTERVAL", "200"));
        using var client = factory.CreateClient();
        await client.GetAsync(new Uri("/health", UriKind.Relative));
        var execution = factory.Services.GetRequiredService<CommandExecution>();
        var context = new CommandContext(new MemberRef("console:後藤", "後藤"), null, Language.Ja, IsOrganizer: false);

        await execution.RunAsync(execution.Dispatcher.CreateFromText("/events", context), CancellationToken.None);

        await collector.WaitForAsync("/v1/metrics", "networkbot.commands");
        await collector.WaitForAsync("/v1/metrics", "networkbot.command.duration");
        await collector.WaitForAsync("/v1/metrics", "http.server.request.duration"); // ASP.NET Core's own meter
        Assert.True(collector.Received("/v1/metrics", "networkbot"), "the service name was not sent");
        Assert.All(collector.Exports, e => Assert.Equal("application/x-protobuf", e.ContentType));
    }

    [Fact]
    public async Task NoEndpoint_NothingIsExported()
    {
        await using var factory = Service();
        using var client = factory.CreateClient();

        Assert.Null(factory.Services.GetService<MeterProvider>());
    }

    [Fact]
    public void OtlpProtocol_Unknown_StopsTheStartNamingTheKey()
    {
        using var factory = Service(("Telemetry:OtlpEndpoint", "http://127.0.0.1:4317"), ("Telemetry:OtlpProtocol", "carrier-pigeon"));

        var error = Assert.ThrowsAny<Exception>(() => factory.CreateClient());

        Assert.Contains("Telemetry:OtlpProtocol", error.Message);
    }

    private WebApplicationFactory<Program> Service(params (string Key, string Value)[] settings) =>
        new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
        {
            b.UseSetting("Storage:Path", _file.Path);
            foreach (var (key, value) in settings) b.UseSetting(key, value);
        });
}
