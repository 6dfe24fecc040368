namespace NetworkBot.Web;

/// <summary>
/// <c>NetworkBot healthcheck [URL]</c>: asks a running service's <c>/health</c> and exits 0 when it answers 200.
/// The container image has no curl, so its HEALTHCHECK uses this.
/// </summary>
public static class HealthCheckCommand
{
    public static async Task<int> RunAsync(string[] args)
    {
        var port = (Environment.GetEnvironmentVariable("ASPNETCORE_HTTP_PORTS") ?? "5080").Split(';', ',')[0];
        var url = args.Length > 0 ? args[0] : $"http://127.0.0.1:{port}/health";
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(4) };
        try
        {
            using var response = await client.GetAsync(url);
            await System.Console.Out.WriteLineAsync($"{url}: {(int)response.StatusCode}");
            return response.IsSuccessStatusCode ? 0 : 1;
        }
        catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException)
        {
            await System.Console.Error.WriteLineAsync($"{url}: {exception.Message}");
            return 1;
        }
    }
}
