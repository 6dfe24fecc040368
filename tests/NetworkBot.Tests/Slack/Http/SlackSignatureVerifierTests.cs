using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using NetworkBot.Slack;
using NetworkBot.Slack.Http;
using NetworkBot.Tests.Slack.Support;

namespace NetworkBot.Tests.Slack.Http;

public sealed class SlackSignatureVerifierTests
{
    private static readonly JsonElement Vector = JsonDocument.Parse(SlackFixtures.Json("vectors/slack_signature.json")).RootElement;

    public static TheoryData<int> NegativeCases()
    {
        var data = new TheoryData<int>();
        for (var i = 0; i < Vector.GetProperty("negative_cases").GetArrayLength(); i++) data.Add(i);
        return data;
    }

    [Fact]
    public void Check_DocumentedExample_Valid()
    {
        var body = SlackFixtures.Bytes(Vector.GetProperty("body_file").GetString()!);
        var sut = CreateSut(Vector.GetProperty("signing_secret").GetString()!, Vector.GetProperty("sdk_test_clock_unix").GetInt64());

        var check = sut.Check(Vector.GetProperty("timestamp").GetString(), Vector.GetProperty("expected_signature").GetString(), body);

        Assert.Equal(Encoding.UTF8.GetBytes(Vector.GetProperty("body").GetString()!), body);
        Assert.Equal(SignatureCheck.Valid, check);
    }

    [Fact]
    public void Sign_DocumentedExample_GivesTheDocumentedSignature()
    {
        var signature = SlackSignatureVerifier.Sign(
            Vector.GetProperty("signing_secret").GetString()!, Vector.GetProperty("timestamp").GetString()!, SlackFixtures.Bytes("slack/slash_command_signing_example.txt"));

        Assert.Equal(Vector.GetProperty("expected_signature").GetString(), signature);
    }

    [Theory]
    [MemberData(nameof(NegativeCases))]
    public void Check_VectorCases_MatchExpectedValidity(int index)
    {
        var sample = Vector.GetProperty("negative_cases")[index];
        var sut = CreateSut(Vector.GetProperty("signing_secret").GetString()!, sample.GetProperty("now_unix").GetInt64());

        var check = sut.Check(sample.GetProperty("timestamp").GetString(), sample.GetProperty("signature").GetString(), Encoding.UTF8.GetBytes(sample.GetProperty("body").GetString()!));

        Assert.Equal(sample.GetProperty("expected_valid").GetBoolean(), check == SignatureCheck.Valid);
    }

    [Theory]
    [InlineData(301)]
    [InlineData(-301)]
    public void Check_TimestampMoreThanFiveMinutesAway_ReportsStale(int offsetSeconds)
    {
        var sut = CreateSut(Vector.GetProperty("signing_secret").GetString()!, 1531420618 + offsetSeconds);

        var check = sut.Check("1531420618", Vector.GetProperty("expected_signature").GetString(), SlackFixtures.Bytes("slack/slash_command_signing_example.txt"));

        Assert.Equal(SignatureCheck.Stale, check);
    }

    [Theory]
    [InlineData(null, "v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503")]
    [InlineData("1531420618", null)]
    [InlineData("", "")]
    [InlineData("not-a-number", "v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503")]
    [InlineData("99999999999999999999", "v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503")]
    public void Check_MissingOrUnreadableHeaders_Missing(string? timestamp, string? signature)
    {
        var sut = CreateSut(Vector.GetProperty("signing_secret").GetString()!, 1531420618);

        Assert.Equal(SignatureCheck.Missing, sut.Check(timestamp, signature, SlackFixtures.Bytes("slack/slash_command_signing_example.txt")));
    }

    [Theory]
    [InlineData("v0=zz114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503")]
    [InlineData("v1=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503")]
    [InlineData("v0=a2114d57")]
    public void Check_MalformedSignature_Mismatch(string signature)
    {
        var sut = CreateSut(Vector.GetProperty("signing_secret").GetString()!, 1531420618);

        Assert.Equal(SignatureCheck.Mismatch, sut.Check("1531420618", signature, SlackFixtures.Bytes("slack/slash_command_signing_example.txt")));
    }

    [Fact]
    public void Check_OtherSecret_Mismatch()
    {
        var sut = CreateSut("another-secret", 1531420618);

        var check = sut.Check("1531420618", Vector.GetProperty("expected_signature").GetString(), SlackFixtures.Bytes("slack/slash_command_signing_example.txt"));

        Assert.Equal(SignatureCheck.Mismatch, check);
    }

    private static SlackSignatureVerifier CreateSut(string secret, long nowUnix) =>
        new(Options.Create(new SlackOptions { SigningSecret = secret, BotToken = "xoxb-x" }), new FakeTimeProvider(DateTimeOffset.FromUnixTimeSeconds(nowUnix)));
}
