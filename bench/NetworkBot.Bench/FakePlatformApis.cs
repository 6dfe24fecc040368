using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace NetworkBot.Bench;

/// <summary>
/// Stands in for the Slack Web API and the Discord REST API during the load run, on 127.0.0.1: Slack's
/// <c>users.info</c> answers with a member in Japanese, and Discord's command registration accepts whatever it is given.
/// The service looks each member up once and keeps them, as in production, so this is off the hot path.
/// </summary>
internal static class FakePlatformApis
{
    public const string Verb = "fake-platforms";

    public static async Task<int> RunAsync(string[] args)
    {
        var builder = WebApplication.CreateSlimBuilder(args);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        var app = builder.Build();
        app.MapPost("/slack/api/users.info", async (HttpContext http) =>
        {
            var form = await http.Request.ReadFormAsync();
            var user = form["user"].ToString();
            return Results.Json(new { ok = true, user = new { id = user, name = "bench", real_name = "ベンチ利用者", locale = "ja-JP", profile = new { display_name = "ベンチ" } } });
        });
        app.Map("/discord/api/{**path}", () => Results.Text("[]", "application/json"));
        await app.RunAsync();
        return 0;
    }
}
