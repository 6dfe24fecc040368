using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using NetworkBot.Tests.Support;

namespace NetworkBot.Tests.Web;

public sealed class HealthEndpointTests : IDisposable
{
    private readonly TempDataFile _file = new();

    public void Dispose() => _file.Dispose();

    [Fact]
    public async Task Health_ServiceStarted_ReportsStorageOk()
    {
        await using var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(b => b.UseSetting("Storage:Path", _file.Path));
        using var client = factory.CreateClient();

        var response = await client.GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("ok", body.RootElement.GetProperty("status").GetString());
        Assert.Equal("ok", body.RootElement.GetProperty("storage").GetString());
        Assert.True(File.Exists(_file.Path));
    }

    [Fact]
    public void Start_UnknownTimeZone_StopsWithMessageNamingTheKey()
    {
        using var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
        {
            b.UseSetting("Storage:Path", _file.Path);
            b.UseSetting("Bot:TimeZone", "Mars/Olympus");
        });

        var error = Assert.ThrowsAny<Exception>(() => factory.CreateClient());

        Assert.Contains("Bot:TimeZone", error.Message);
    }
}
