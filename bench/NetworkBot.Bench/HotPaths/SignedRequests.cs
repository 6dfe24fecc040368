using System.Globalization;
using System.Text;
using NetworkBot.Slack.Http;
using NSec.Cryptography;

namespace NetworkBot.Bench.HotPaths;

/// <summary>Request bodies shaped like the load tool's (a slash command form, a ~700-byte interaction) and their signatures.</summary>
internal static class SignedRequests
{
    private const string InteractionTemplate =
        """
        {"id":"130000000000000NNNN","application_id":"1300000000000000001","type":2,"data":{"id":"1300000000000000100","name":"events","type":1},"guild_id":"1300000000000000200","channel_id":"1300000000000000300","member":{"user":{"id":"8035111022467NNNN","username":"bench_userNNNN","discriminator":"0","global_name":"Bench NNNN"},"roles":[],"permissions":"2147483647","joined_at":"2024-01-01T00:00:00.000000+00:00"},"token":"aW50ZXJhY3Rpb246YmVuY2hfdG9rZW5fMDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWYwMTIzNDU2Nzg5","version":1,"locale":"en-US","guild_locale":"en-US","app_permissions":"2147483647","entitlements":[],"authorizing_integration_owners":{"0":"1300000000000000200"},"context":0}
        """;

    public static string Timestamp() => DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);

    public static byte[] SlackEventsCommand(int member) => Encoding.UTF8.GetBytes(
        "token=gIkuvaNzQIHg97ATvDxqgjtO&team_id=T0BENCH001&team_domain=bench-workspace&channel_id=C0BENCH001&channel_name=general" +
        $"&user_id=U{member:D10}&user_name=bench.user{member}&command=%2Fevents&text=&api_app_id=A0BENCH001&is_enterprise_install=false" +
        $"&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT0BENCH001%2F{member}%2Fabcdef012345&trigger_id={member}.{member}.0123456789abcdef0123456789abcdef");

    public static byte[] DiscordEventsInteraction(int member) => Encoding.UTF8.GetBytes(InteractionTemplate.Replace("NNNN", member.ToString("D4", CultureInfo.InvariantCulture)));

    public static string SlackSignature(string timestamp, byte[] body) => SlackSignatureVerifier.Sign(BenchHost.SlackSecret, timestamp, body);

    public static string DiscordSignature(Key key, string timestamp, byte[] body) =>
        Convert.ToHexStringLower(SignatureAlgorithm.Ed25519.Sign(key, [.. Encoding.UTF8.GetBytes(timestamp), .. body]));

    public static HttpRequestMessage Slack(string timestamp, byte[] body, string signature) =>
        new(HttpMethod.Post, "/slack/commands")
        {
            Content = new ByteArrayContent(body) { Headers = { { "Content-Type", "application/x-www-form-urlencoded" } } },
            Headers = { { "X-Slack-Request-Timestamp", timestamp }, { "X-Slack-Signature", signature } },
        };

    public static HttpRequestMessage Discord(string timestamp, byte[] body, string signature) =>
        new(HttpMethod.Post, "/discord/interactions")
        {
            Content = new ByteArrayContent(body) { Headers = { { "Content-Type", "application/json" } } },
            Headers = { { "X-Signature-Timestamp", timestamp }, { "X-Signature-Ed25519", signature } },
        };
}
