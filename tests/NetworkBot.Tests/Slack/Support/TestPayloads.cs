using System.Net;
using System.Text.Json.Nodes;

namespace NetworkBot.Tests.Slack.Support;

/// <summary>Slack payloads the tests send: button presses, modal submissions, event callbacks.</summary>
internal static class TestPayloads
{
    public static readonly System.Text.Json.JsonSerializerOptions Relaxed = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static JsonObject Value(string type, string value) => new() { ["value"] = new JsonObject { ["type"] = type, ["value"] = value } };

    public static string ButtonPress(string command, string responseUrl, string user = "U1") => new JsonObject
    {
        ["type"] = "block_actions",
        ["team"] = new JsonObject { ["id"] = "T1", ["domain"] = "nw" },
        ["user"] = new JsonObject { ["id"] = user, ["username"] = "member", ["team_id"] = "T1" },
        ["channel"] = new JsonObject { ["id"] = "C1", ["name"] = "general" },
        ["container"] = new JsonObject { ["type"] = "message", ["channel_id"] = "C1", ["message_ts"] = "1.1", ["is_ephemeral"] = true },
        ["trigger_id"] = "9.9.trigger",
        ["response_url"] = responseUrl,
        ["actions"] = new JsonArray(new JsonObject
        {
            ["action_id"] = "nb-cmd-1", ["block_id"] = "b", ["type"] = "button", ["value"] = command, ["action_ts"] = "1.2",
            ["text"] = new JsonObject { ["type"] = "plain_text", ["text"] = "参加する" },
        }),
        ["unknown_future_field"] = new JsonObject { ["anything"] = 1 },
    }.ToJsonString(Relaxed);

    public static string Submission(string metadata, JsonObject values, string callbackId = "nb-form:event-create", string user = "U1") => new JsonObject
    {
        ["type"] = "view_submission",
        ["team"] = new JsonObject { ["id"] = "T1" },
        ["user"] = new JsonObject { ["id"] = user, ["username"] = "member", ["team_id"] = "T1" },
        ["trigger_id"] = "8.8.trigger",
        ["view"] = new JsonObject
        {
            ["id"] = "V1", ["type"] = "modal", ["callback_id"] = callbackId, ["private_metadata"] = metadata,
            ["title"] = new JsonObject { ["type"] = "plain_text", ["text"] = "イベントを作成" },
            ["state"] = new JsonObject { ["values"] = values },
        },
    }.ToJsonString(Relaxed);

    public static string EventCallback(string id, JsonObject inner) => new JsonObject
    {
        ["token"] = "legacy", ["team_id"] = "T1", ["api_app_id"] = "A1", ["type"] = "event_callback", ["event_id"] = id, ["event_time"] = 1, ["event"] = inner,
    }.ToJsonString(Relaxed);

    public static async Task<JsonObject> JsonBodyAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
    }
}
