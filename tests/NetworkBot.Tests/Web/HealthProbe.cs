using System.Net;
using System.Text.Json;

namespace NetworkBot.Tests.Web;

/// <summary>Reads <c>/health</c>, once or until it shows what a test waits for (bounded, polling on the real clock).</summary>
internal static class HealthProbe
{
    public static async Task<(HttpStatusCode Status, JsonElement Body)> ReadAsync(HttpClient client)
    {
        using var response = await client.GetAsync(new Uri("/health", UriKind.Relative));
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return (response.StatusCode, body.RootElement.Clone());
    }

    /// <summary>The first answer for which <paramref name="condition"/> holds; fails after 20 seconds with the last answer.</summary>
    public static async Task<(HttpStatusCode Status, JsonElement Body)> WaitForAsync(HttpClient client, Func<JsonElement, bool> condition)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(20);
        while (true)
        {
            var answer = await ReadAsync(client);
            if (condition(answer.Body)) return answer;
            if (DateTime.UtcNow > deadline) Assert.Fail("/health never showed the expected state; last answer: " + answer.Body.GetRawText());
            await Task.Delay(10);
        }
    }

    public static string State(this JsonElement body, string platform, string connection) =>
        body.GetProperty(platform).GetProperty(connection).GetProperty("state").GetString()!;
}
