using OpenTelemetry.Exporter;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;

namespace NetworkBot.Observability;

/// <summary>
/// Sends metrics to an OpenTelemetry collector over OTLP, only when one is named: <c>Telemetry:OtlpEndpoint</c> (with
/// <c>Telemetry:OtlpProtocol</c>, <c>grpc</c> or <c>http/protobuf</c>), or the standard <c>OTEL_EXPORTER_OTLP_ENDPOINT</c>
/// variables, which the exporter then reads itself. Besides the bot's own meter it sends what ASP.NET Core, HttpClient
/// and the runtime already measure. Only metrics: logs stay on the console.
/// </summary>
public static class TelemetryExport
{
    public const string EndpointKey = "Telemetry:OtlpEndpoint";
    public const string ProtocolKey = "Telemetry:OtlpProtocol";

    private static readonly string[] PlatformMeters =
        ["Microsoft.AspNetCore.Hosting", "Microsoft.AspNetCore.Server.Kestrel", "System.Net.Http", "System.Runtime"];

    public static WebApplicationBuilder AddTelemetryExport(this WebApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        var endpoint = configuration[EndpointKey];
        var standard = configuration["OTEL_EXPORTER_OTLP_ENDPOINT"] ?? configuration["OTEL_EXPORTER_OTLP_METRICS_ENDPOINT"];
        if (string.IsNullOrWhiteSpace(endpoint) && string.IsNullOrWhiteSpace(standard)) return builder;

        var target = string.IsNullOrWhiteSpace(endpoint) ? null : Target(endpoint, configuration[ProtocolKey]);
        builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(configuration["OTEL_SERVICE_NAME"] ?? "networkbot"))
            .WithMetrics(metrics => metrics
                .AddMeter(BotMetrics.MeterName)
                .AddMeter(PlatformMeters)
                .AddOtlpExporter(exporter =>
                {
                    if (target is null) return; // the OTEL_EXPORTER_OTLP_* variables decide
                    exporter.Protocol = target.Value.Protocol;
                    exporter.Endpoint = target.Value.Endpoint;
                }));
        return builder;
    }

    /// <summary>Where metrics go for <c>Telemetry:OtlpEndpoint</c>; a wrong value stops the start naming the key.</summary>
    private static (OtlpExportProtocol Protocol, Uri Endpoint)? Target(string endpoint, string? protocolText)
    {
        var protocol = protocolText?.Trim().ToLowerInvariant() switch
        {
            null or "" or "grpc" => OtlpExportProtocol.Grpc,
            "http/protobuf" or "http" => OtlpExportProtocol.HttpProtobuf,
            _ => throw new InvalidOperationException($"{ProtocolKey} must be grpc or http/protobuf, not \"{protocolText}\"."),
        };
        if (!Uri.TryCreate(endpoint.Trim(), UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
        {
            throw new InvalidOperationException($"{EndpointKey} must be an http:// or https:// address such as http://collector:4317.");
        }

        // Over HTTP each signal has its own path; the base address is what operators know from their collector.
        return (protocol, protocol == OtlpExportProtocol.HttpProtobuf ? new Uri(uri, uri.AbsolutePath.TrimEnd('/') + "/v1/metrics") : uri);
    }
}
