using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using NetworkBot.Discord.Http;
using NetworkBot.Tests.Discord.Support;

namespace NetworkBot.Tests.Discord.Http;

public sealed class DiscordSignatureVerifierTests
{
    public static TheoryData<string> ValidDiscordCases() => Names("cases");

    public static TheoryData<string> InvalidDiscordCases() => Names("negative_cases");

    public static TheoryData<string> ValidRfcVectors() => RfcNames("vectors");

    public static TheoryData<string> InvalidRfcVectors() => RfcNames("negative");

    [Theory]
    [MemberData(nameof(ValidDiscordCases))]
    public void IsValid_DiscordVector_Accepted(string name)
    {
        var c = Case("cases", name);
        var verifier = Verifier(c.GetProperty("public_key_hex").GetString()!, c.GetProperty("timestamp").GetString()!);

        Assert.True(verifier.IsValid(c.GetProperty("signature_hex").GetString(), c.GetProperty("timestamp").GetString(), Encoding.UTF8.GetBytes(c.GetProperty("body").GetString()!)));
    }

    [Theory]
    [MemberData(nameof(InvalidDiscordCases))]
    public void IsValid_DiscordNegativeVector_Refused(string name)
    {
        var c = Case("negative_cases", name);
        var timestamp = c.GetProperty("timestamp").GetString()!;
        var verifier = Verifier(c.GetProperty("public_key_hex").GetString()!, timestamp);
        var signature = c.GetProperty("signature_hex").GetString();

        // "Wrong order" gives the message a careless verifier would build (body + timestamp): it must not verify.
        var valid = c.TryGetProperty("message_override_utf8", out var overridden)
            ? verifier.IsValidSignature(signature, Encoding.UTF8.GetBytes(overridden.GetString()!))
            : verifier.IsValid(signature, timestamp, Encoding.UTF8.GetBytes(c.GetProperty("body").GetString()!));

        Assert.False(valid);
    }

    [Theory]
    [MemberData(nameof(ValidRfcVectors))]
    public void IsValid_Rfc8032Vector_Accepted(string name)
    {
        var v = Rfc("vectors", name);
        var message = Convert.FromHexString(v.GetProperty("message_hex").GetString()!);

        Assert.True(VerifyRaw(v.GetProperty("public_key_hex").GetString()!, v.GetProperty("signature_hex").GetString()!, message));
    }

    [Theory]
    [MemberData(nameof(InvalidRfcVectors))]
    public void IsValid_Rfc8032NegativeVectorIncludingNonCanonicalS_Refused(string name)
    {
        var v = Rfc("negative", name);
        var message = Convert.FromHexString(v.GetProperty("message_hex").GetString()!);

        Assert.False(VerifyRaw(v.GetProperty("public_key_hex").GetString()!, v.GetProperty("signature_hex").GetString()!, message));
    }

    [Fact]
    public void IsValid_NonCanonicalSignatureOverSignedRequest_Refused()
    {
        // S + L over a real Discord-style request: a lenient verifier would accept it.
        var c = Case("cases", "ping, RFC 8032 TEST 1 key");
        var signature = Convert.FromHexString(c.GetProperty("signature_hex").GetString()!);
        var malleable = Convert.ToHexString(signature[..32].Concat(AddGroupOrder(signature[32..])).ToArray());
        var timestamp = c.GetProperty("timestamp").GetString()!;
        var verifier = Verifier(c.GetProperty("public_key_hex").GetString()!, timestamp);

        Assert.False(verifier.IsValid(malleable, timestamp, Encoding.UTF8.GetBytes(c.GetProperty("body").GetString()!)));
    }

    [Theory]
    [InlineData(301)]
    [InlineData(-301)]
    public void IsValid_TimestampMoreThanFiveMinutesAway_Refused(int offsetSeconds)
    {
        var c = Case("cases", "ping, RFC 8032 TEST 1 key");
        var timestamp = c.GetProperty("timestamp").GetString()!;
        var time = new FakeTimeProvider(DateTimeOffset.FromUnixTimeSeconds(long.Parse(timestamp) + offsetSeconds));
        var verifier = new DiscordSignatureVerifier(c.GetProperty("public_key_hex").GetString()!, time);

        Assert.False(verifier.IsValid(c.GetProperty("signature_hex").GetString(), timestamp, Encoding.UTF8.GetBytes(c.GetProperty("body").GetString()!)));
    }

    [Theory]
    [InlineData(null, "1700000000")]
    [InlineData("", "1700000000")]
    [InlineData("f0bd878adcef1f6d475c9644421905bd02b5de38e0d3ecfc6f58a711962c69ccc8dd7c9db312f9bdf08b1e1b8182e27a844da728c5e0dbb5507bf9931c1ed80b", null)]
    [InlineData("f0bd878adcef1f6d475c9644421905bd02b5de38e0d3ecfc6f58a711962c69ccc8dd7c9db312f9bdf08b1e1b8182e27a844da728c5e0dbb5507bf9931c1ed80b", "17e8")]
    public void IsValid_MissingOrMalformedHeaders_Refused(string? signature, string? timestamp)
    {
        var c = Case("cases", "ping, RFC 8032 TEST 1 key");
        var verifier = Verifier(c.GetProperty("public_key_hex").GetString()!, "1700000000");

        Assert.False(verifier.IsValid(signature, timestamp, Encoding.UTF8.GetBytes(c.GetProperty("body").GetString()!)));
    }

    private static bool VerifyRaw(string publicKey, string signature, byte[] message) =>
        new DiscordSignatureVerifier(publicKey, TimeProvider.System).IsValidSignature(signature, message);

    private static DiscordSignatureVerifier Verifier(string publicKey, string timestamp) =>
        new(publicKey, new FakeTimeProvider(DateTimeOffset.FromUnixTimeSeconds(long.Parse(timestamp))));

    private static byte[] AddGroupOrder(byte[] s)
    {
        // L = 2^252 + 27742317777372353535851937790883648493, little-endian.
        var l = Convert.FromHexString("edd3f55c1a631258d69cf7a2def9de1400000000000000000000000000000010");
        var result = new byte[32];
        var carry = 0;
        for (var i = 0; i < 32; i++)
        {
            var sum = s[i] + l[i] + carry;
            result[i] = (byte)sum;
            carry = sum >> 8;
        }

        return result;
    }

    private static TheoryData<string> Names(string list)
    {
        using var doc = SharedFixtures.Json("vectors/discord_interaction_signature.json");
        var data = new TheoryData<string>();
        foreach (var c in doc.RootElement.GetProperty(list).EnumerateArray()) data.Add(c.GetProperty("name").GetString()!);
        return data;
    }

    private static TheoryData<string> RfcNames(string list)
    {
        using var doc = SharedFixtures.Json("vectors/ed25519_rfc8032.json");
        var data = new TheoryData<string>();
        foreach (var c in doc.RootElement.GetProperty(list).EnumerateArray()) data.Add(c.GetProperty("name").GetString()!);
        return data;
    }

    private static JsonElement Case(string list, string name)
    {
        using var doc = SharedFixtures.Json("vectors/discord_interaction_signature.json");
        return doc.RootElement.GetProperty(list).EnumerateArray().Single(c => c.GetProperty("name").GetString() == name).Clone();
    }

    private static JsonElement Rfc(string list, string name)
    {
        using var doc = SharedFixtures.Json("vectors/ed25519_rfc8032.json");
        return doc.RootElement.GetProperty(list).EnumerateArray().Single(c => c.GetProperty("name").GetString() == name).Clone();
    }
}
