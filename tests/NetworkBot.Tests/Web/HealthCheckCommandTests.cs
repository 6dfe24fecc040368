using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using NetworkBot.Web;

namespace NetworkBot.Tests.Web;

/// <summary>The container's HEALTHCHECK: healthy for any 200 (degraded included), unhealthy for 503 or no answer.</summary>
public sealed class HealthCheckCommandTests
{
    [Theory]
    [InlineData("ok", 200, 0)]
    [InlineData("degraded", 200, 0)]
    [InlineData("unavailable", 503, 1)]
    public async Task RunAsync_HealthAnswers_ExitCodeFollowsTheStatusCode(string status, int code, int exitCode)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        await using var app = builder.Build();
        app.MapGet("/health", () => Results.Json(new { status }, statusCode: code));
        await app.StartAsync();

        var exit = await HealthCheckCommand.RunAsync([app.Urls.First() + "/health"]);

        Assert.Equal(exitCode, exit);
    }

    [Fact]
    public async Task RunAsync_NothingListens_Unhealthy()
    {
        Assert.Equal(1, await HealthCheckCommand.RunAsync(["http://127.0.0.1:9/health"]));
    }
}
