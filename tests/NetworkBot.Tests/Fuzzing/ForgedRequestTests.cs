using System.Globalization;
using NetworkBot.Tests.Discord.Support;

namespace NetworkBot.Tests.Fuzzing;

/// <summary>
/// Forged and replayed requests on both platforms, one row per way of getting the signature wrong. Each body is a
/// /join a new member would send, so an accepted forgery would store a registration: every row must answer 401
/// (Slack refuses timestamps more than five minutes off either way; Discord asks for 401 on a failed check) and
/// leave the store as it was. The "valid" row shows the same request, signed properly, does register.
/// </summary>
public sealed class ForgedRequestTests(FuzzHostFixture fixture) : IClassFixture<FuzzHostFixture>
{
    private const string Valid = "valid (control)";

    private static readonly string[] SlackCases =
    [
        Valid, "no signature headers", "no timestamp header", "no signature header", "signed with another secret",
        "valid signature over a different body", "timestamp 301 s old", "timestamp 360 s ahead", "timestamp a day old",
        "signature truncated", "signature one character short of hex", "signature without v0=", "signature version v1",
        "timestamp not a number", "timestamp with a fraction", "two timestamps", "empty signature",
    ];

    private static readonly string[] DiscordCases =
    [
        Valid, "no signature headers", "no timestamp header", "no signature header", "signed with another key",
        "valid signature over a different body", "signed for another timestamp", "signed body then timestamp",
        "timestamp 301 s old", "timestamp 360 s ahead", "signature truncated", "signature not hex", "non-canonical signature (S + L)",
        "signature all zeros", "timestamp not a number", "empty signature",
    ];

    /// <summary>
    /// Six minutes, not 301 s: the fake clock runs on while a request is answered, and on a loaded machine a second of
    /// it brought "301 s ahead" inside the window. The verifier tests check the exact edge on a stopped clock.
    /// </summary>
    private const int AheadSeconds = 360;

    private FuzzHost Host => fixture.Host;

    public static TheoryData<string> SlackRows() => new(SlackCases);

    public static TheoryData<string> DiscordRows() => new(DiscordCases);

    [Theory]
    [MemberData(nameof(SlackRows))]
    public async Task SlackCommand_ForgedSignature_401AndNothingStored(string row)
    {
        var body = FuzzHost.Utf8(SlackJoin(row));
        var now = Host.UnixNow();
        var (timestamp, signature, sent) = row switch
        {
            "signed with another secret" => (now, FuzzHost.SlackSignature(now, body, "another-secret-of-the-same-size!"), body),
            "valid signature over a different body" => (now, FuzzHost.SlackSignature(now, FuzzHost.Utf8(SlackJoin("other"))), body),
            "timestamp 301 s old" => (Host.UnixNow(-301), FuzzHost.SlackSignature(Host.UnixNow(-301), body), body),
            "timestamp 360 s ahead" => (Host.UnixNow(AheadSeconds), FuzzHost.SlackSignature(Host.UnixNow(AheadSeconds), body), body),
            "timestamp a day old" => (Host.UnixNow(-86_400), FuzzHost.SlackSignature(Host.UnixNow(-86_400), body), body),
            "signature truncated" => (now, FuzzHost.SlackSignature(now, body)[..^2], body),
            "signature one character short of hex" => (now, FuzzHost.SlackSignature(now, body)[..^1] + "g", body),
            "signature without v0=" => (now, FuzzHost.SlackSignature(now, body)[3..], body),
            "signature version v1" => (now, "v1" + FuzzHost.SlackSignature(now, body)[2..], body),
            "timestamp not a number" => ("17e8", FuzzHost.SlackSignature("17e8", body), body),
            "timestamp with a fraction" => (now + ".0", FuzzHost.SlackSignature(now + ".0", body), body),
            "empty signature" => (now, "", body),
            _ => (now, FuzzHost.SlackSignature(now, body), body),
        };
        var request = FuzzHost.Post("/slack/commands", sent, "application/x-www-form-urlencoded");
        if (row is not ("no signature headers" or "no timestamp header")) request.Headers.TryAddWithoutValidation("X-Slack-Request-Timestamp", timestamp);
        if (row is "two timestamps") request.Headers.TryAddWithoutValidation("X-Slack-Request-Timestamp", Host.UnixNow(-1));
        if (row is not ("no signature headers" or "no signature header")) request.Headers.TryAddWithoutValidation("X-Slack-Signature", signature);

        await AssertRefusedUnlessValidAsync(row, request);
    }

    [Theory]
    [MemberData(nameof(DiscordRows))]
    public async Task DiscordInteraction_ForgedSignature_401AndNothingStored(string row)
    {
        var body = FuzzHost.Utf8(DiscordJoin(row));
        var now = Host.UnixNow();
        var (timestamp, signature) = row switch
        {
            "signed with another key" => (now, OtherKey().Sign(now, body)),
            "valid signature over a different body" => (now, Host.DiscordSignature(now, FuzzHost.Utf8(DiscordJoin("other")))),
            "signed for another timestamp" => (now, Host.DiscordSignature(Host.UnixNow(1), body)),
            "signed body then timestamp" => (now, Host.DiscordSignature("", [.. body, .. FuzzHost.Utf8(now)])),
            "timestamp 301 s old" => (Host.UnixNow(-301), Host.DiscordSignature(Host.UnixNow(-301), body)),
            "timestamp 360 s ahead" => (Host.UnixNow(AheadSeconds), Host.DiscordSignature(Host.UnixNow(AheadSeconds), body)),
            "signature truncated" => (now, Host.DiscordSignature(now, body)[..^2]),
            "signature not hex" => (now, "zz" + Host.DiscordSignature(now, body)[2..]),
            "non-canonical signature (S + L)" => (now, NonCanonical(Host.DiscordSignature(now, body))),
            "signature all zeros" => (now, new string('0', 128)),
            "timestamp not a number" => ("17e8", Host.DiscordSignature("17e8", body)),
            "empty signature" => (now, ""),
            _ => (now, Host.DiscordSignature(now, body)),
        };
        var request = FuzzHost.Post("/discord/interactions", body, "application/json");
        if (row is not ("no signature headers" or "no timestamp header")) request.Headers.TryAddWithoutValidation("X-Signature-Timestamp", timestamp);
        if (row is not ("no signature headers" or "no signature header")) request.Headers.TryAddWithoutValidation("X-Signature-Ed25519", signature);

        await AssertRefusedUnlessValidAsync(row, request);
    }

    [Fact]
    public async Task SlackCommand_ReplayedSixMinutesLater_401AndNothingStored()
    {
        var body = FuzzHost.Utf8(SlackJoin("replayed"));
        var timestamp = Host.UnixNow();
        var leave = FuzzHost.Utf8(SlackJoin("replayed").Replace("join", "leave", StringComparison.Ordinal));

        await AssertReplayRefusedAsync(() => Host.SignedSlack("/slack/commands", body, timestamp), () => Host.SignedSlack("/slack/commands", leave));
    }

    [Fact]
    public async Task DiscordInteraction_ReplayedSixMinutesLater_401AndNothingStored()
    {
        var body = FuzzHost.Utf8(DiscordJoin("replayed"));
        var timestamp = Host.UnixNow();
        var leave = FuzzHost.Utf8(DiscordJoin("replayed").Replace("/join", "/leave", StringComparison.Ordinal));

        await AssertReplayRefusedAsync(() => Host.SignedDiscord(body, timestamp), () => Host.SignedDiscord(leave));
    }

    /// <summary>The captured request works once; the member then leaves, and six minutes later the replay must not sign them up again.</summary>
    private async Task AssertReplayRefusedAsync(Func<HttpRequestMessage> captured, Func<HttpRequestMessage> leave)
    {
        var tally = new EndpointTally("replay");
        var before = Host.Snapshot();
        Assert.Equal(200, await Host.SendAsync(captured(), tally, "original"));
        Assert.Equal(before.CountOf("registrations") + 1, Host.Snapshot().CountOf("registrations"));
        Host.Time.Advance(TimeSpan.FromMinutes(6));
        Assert.Equal(200, await Host.SendAsync(leave(), tally, "leave"));
        var afterLeaving = Host.Snapshot();

        Assert.Equal(401, await Host.SendAsync(captured(), tally, "replay"));
        Assert.Equal(afterLeaving, Host.Snapshot());
    }

    private async Task AssertRefusedUnlessValidAsync(string row, HttpRequestMessage request)
    {
        var registrations = Host.Snapshot().CountOf("registrations");

        var status = await Host.SendAsync(request, new EndpointTally(row), row);

        Assert.Equal(row == Valid ? 200 : 401, status);
        Assert.Equal(row == Valid ? registrations + 1 : registrations, Host.Snapshot().CountOf("registrations"));
    }

    /// <summary>A /join 1 from a member of its own per row, so no row's outcome depends on another's.</summary>
    private static string SlackJoin(string row) => Slack.Support.SlackHost.Form(
    [
        new("team_id", "T1"), new("user_id", "U" + MemberNumber(row)), new("channel_id", "C1"), new("command", "/event"), new("text", "join 1"),
    ]);

    private static string DiscordJoin(string row) => Interactions.Button("cmd:/join 1", userId: "1" + MemberNumber(row).PadLeft(18, '0'));

    private static string MemberNumber(string row) =>
        (row.Aggregate(17u, (hash, c) => unchecked((hash * 31) + c)) % 100_000_000).ToString(CultureInfo.InvariantCulture);

    private static Ed25519Signer OtherKey()
    {
        using var vectors = SharedFixtures.Json("vectors/discord_interaction_signature.json");
        var other = vectors.RootElement.GetProperty("cases").EnumerateArray().Select(c => c.GetProperty("secret_key_hex").GetString()!).Distinct().ElementAt(1);
        return new Ed25519Signer(other);
    }

    /// <summary>The same signature with S + L (the group order): equal modulo L, so only a strict verifier refuses it.</summary>
    private static string NonCanonical(string signatureHex)
    {
        var signature = Convert.FromHexString(signatureHex);
        var order = Convert.FromHexString("edd3f55c1a631258d69cf7a2def9de1400000000000000000000000000000010");
        var carry = 0;
        for (var i = 0; i < 32; i++)
        {
            var sum = signature[32 + i] + order[i] + carry;
            signature[32 + i] = (byte)sum;
            carry = sum >> 8;
        }

        return Convert.ToHexString(signature).ToLowerInvariant();
    }
}
