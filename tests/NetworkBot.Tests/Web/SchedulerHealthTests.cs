using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using NetworkBot.Tests.Scheduling;

namespace NetworkBot.Tests.Web;

public sealed class SchedulerHealthTests : IDisposable
{
    private readonly TempDatabase _db = new();

    public void Dispose() => _db.Dispose();

    [Fact]
    public async Task Health_ServiceStarted_ReportsTheSchedulerRunning()
    {
        await using var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(b => b.UseSetting("Storage:Path", _db.Path));
        using var client = factory.CreateClient();

        var response = await client.GetAsync(new Uri("/health", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("\"scheduler\":\"ok\"", await response.Content.ReadAsStringAsync());
    }
}
