using CsCheck;

namespace NetworkBot.Tests.Fuzzing;

/// <summary>How a fuzzed chat request is signed.</summary>
internal enum Signing
{
    /// <summary>Correctly, with the test secret or key: the request reaches parsing and the handlers.</summary>
    Valid,

    /// <summary>No signature headers at all.</summary>
    Missing,

    /// <summary>The signature header holds junk.</summary>
    JunkSignature,

    /// <summary>The timestamp header holds junk (the signature is computed over it).</summary>
    JunkTimestamp,

    /// <summary>Correctly signed, but stamped more than five minutes away from now.</summary>
    Skewed,
}

/// <summary>One fuzzed request to a chat endpoint.</summary>
internal sealed record ChatInput(byte[] Body, string? ContentType, Signing Signing, string Junk, int SkewSeconds)
{
    private static readonly string?[] ContentTypes =
    [
        "application/x-www-form-urlencoded", "application/json", "application/json; charset=utf-8", "text/plain", null,
        "multipart/form-data; boundary=x", "application/x-www-form-urlencoded; charset=shift_jis", "*/*", "application/xml", ";;;",
    ];

    /// <summary>
    /// Mostly correctly signed mutations of the seeds (where the bugs hide: past the signature check), plus raw random
    /// bytes and requests with missing, junk or stale signatures.
    /// </summary>
    public static Gen<ChatInput> For(IReadOnlyList<byte[]> seeds, Gen<string> shapeMutated, string contentType)
    {
        var body = Gen.Frequency(
            (5, shapeMutated.Select(FuzzHost.Utf8)),
            (3, Mutator.Mutated(seeds)),
            (1, Gen.Int[0, seeds.Count - 1].Select(i => seeds[i])),
            (1, Mutator.RandomBytes));
        var type = Gen.Frequency((8, Gen.Const<string?>(contentType)), (2, Gen.OneOf(ContentTypes)));
        var signing = Gen.Frequency(
            (8, Gen.Const(Signing.Valid)), (1, Gen.Const(Signing.Missing)), (1, Gen.Const(Signing.JunkSignature)),
            (1, Gen.Const(Signing.JunkTimestamp)), (1, Gen.Const(Signing.Skewed)));
        var skew = Gen.Frequency((1, Gen.Int[301, 1_000_000]), (1, Gen.Int[-1_000_000, -301]));
        return Gen.Select(body, type, signing, Mutator.AwkwardText, skew,
            (b, t, s, junk, k) => new ChatInput(b, t, s, HeaderSafe(junk), k));
    }

    public override string ToString() =>
        $"{Signing} {ContentType ?? "(no content type)"} junk \"{Junk[..Math.Min(40, Junk.Length)]}\" skew {SkewSeconds}: {Mutator.Show(Body)}";

    /// <summary>Line breaks cannot travel in a real header (they would end it), so junk headers do without them.</summary>
    private static string HeaderSafe(string text) => text.Replace("\r", "", StringComparison.Ordinal).Replace("\n", "", StringComparison.Ordinal);
}
