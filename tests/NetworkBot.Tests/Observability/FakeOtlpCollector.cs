using System.Collections.Concurrent;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace NetworkBot.Tests.Observability;

/// <summary>
/// An OpenTelemetry collector's OTLP/HTTP metrics endpoint on 127.0.0.1 that keeps each export. Protobuf keeps names
/// and string attributes as plain UTF-8, so tests can look for them in the bytes without a protobuf parser.
/// </summary>
internal sealed class FakeOtlpCollector : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<(string Path, string ContentType, byte[] Body)> _exports = new();

    private FakeOtlpCollector(WebApplication app) => _app = app;

    public string BaseUrl { get; private set; } = "";

    public IReadOnlyList<(string Path, string ContentType, byte[] Body)> Exports => [.. _exports];

    public static async Task<FakeOtlpCollector> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var collector = new FakeOtlpCollector(app);
        app.MapPost("/{**path}", async (HttpContext context) =>
        {
            using var body = new MemoryStream();
            await context.Request.Body.CopyToAsync(body);
            collector._exports.Enqueue(("/" + context.Request.RouteValues["path"], context.Request.ContentType ?? "", body.ToArray()));
            context.Response.ContentType = "application/x-protobuf";
            await context.Response.Body.WriteAsync(Array.Empty<byte>());
        });
        await app.StartAsync();
        collector.BaseUrl = app.Urls.First().TrimEnd('/');
        return collector;
    }

    /// <summary>Whether some export sent to <paramref name="path"/> holds <paramref name="text"/>.</summary>
    public bool Received(string path, string text) =>
        Exports.Any(e => e.Path == path && Encoding.UTF8.GetString(e.Body).Contains(text, StringComparison.Ordinal));

    /// <summary>Waits (bounded, on the real clock) until an export to <paramref name="path"/> holds <paramref name="text"/>.</summary>
    public async Task WaitForAsync(string path, string text)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (!Received(path, text))
        {
            Assert.True(DateTime.UtcNow < deadline, $"no export to {path} held {text} within 30 seconds");
            await Task.Delay(20);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
