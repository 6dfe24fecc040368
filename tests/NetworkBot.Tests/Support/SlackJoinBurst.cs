using System.Collections.Concurrent;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using NetworkBot.Tests.Slack.Support;

namespace NetworkBot.Tests.Support;

/// <summary>
/// Many members joining one event at once through a running service's signed Slack endpoint (<c>/event join ID</c>).
/// A join counts as acknowledged only when its success reply arrived: in the answer, or through <c>response_url</c>
/// when the work outran Slack's three seconds.
/// </summary>
internal sealed class SlackJoinBurst(HttpClient service, FakeSlackServer slack)
{
    private const string Registered = "参加登録ありがとうございます";
    private const string Waitlisted = "で登録しました";

    private readonly ConcurrentDictionary<string, bool> _acknowledged = new();

    /// <summary>Member ids (<c>slack:T1:U…</c>) whose join was acknowledged.</summary>
    public IReadOnlyCollection<string> Acknowledged => _acknowledged.Keys.ToList();

    public static string MemberName(string userId) => $"会員{userId}";

    /// <summary>Joins <paramref name="userIds"/> to the event, <paramref name="parallel"/> at a time; failed requests (a killed service) just stop counting.</summary>
    public async Task RunAsync(int eventId, IReadOnlyList<string> userIds, int parallel, Action<int>? acknowledgedSoFar = null)
    {
        foreach (var user in userIds) slack.Users[user] = ("ja-JP", false, MemberName(user));
        await Parallel.ForEachAsync(userIds, new ParallelOptions { MaxDegreeOfParallelism = parallel }, async (user, _) =>
        {
            if (!await JoinAsync(eventId, user)) return;
            _acknowledged[$"slack:T1:{user}"] = true;
            acknowledgedSoFar?.Invoke(_acknowledged.Count);
        });
        foreach (var followUp in slack.CallsTo("response_url").Where(c => IsSuccess(c.Body)))
        {
            var user = userIds.FirstOrDefault(u => Readable(followUp.Body).Contains(MemberName(u) + "さん", StringComparison.Ordinal));
            if (user is not null) _acknowledged[$"slack:T1:{user}"] = true;
        }
    }

    private async Task<bool> JoinAsync(int eventId, string user)
    {
        var body = SlackHost.Form(
        [
            new("team_id", "T1"), new("channel_id", "C1"), new("user_id", user), new("user_name", user), new("command", "/event"),
            new("text", $"join {eventId}"), new("response_url", slack.ResponseUrl($"commands/T1/{user}")), new("trigger_id", "1.2.trigger"),
        ]);
        try
        {
            using var request = SlackHost.Signed("slack/commands", body, "application/x-www-form-urlencoded", DateTimeOffset.UtcNow);
            using var response = await service.SendAsync(request);
            return response.IsSuccessStatusCode && IsSuccess(await response.Content.ReadAsStringAsync());
        }
        catch (HttpRequestException)
        {
            return false;
        }
    }

    private static bool IsSuccess(string reply)
    {
        var text = Readable(reply);
        return text.Contains(Registered, StringComparison.Ordinal) || text.Contains(Waitlisted, StringComparison.Ordinal);
    }

    /// <summary>Slack JSON may carry Japanese as \u escapes; this undoes them.</summary>
    private static string Readable(string json)
    {
        try
        {
            return JsonNode.Parse(json)?.ToJsonString(Relaxed) ?? "";
        }
        catch (JsonException)
        {
            return json;
        }
    }

    private static readonly JsonSerializerOptions Relaxed = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
}
