using System.Text;
using NSec.Cryptography;

namespace NetworkBot.Tests.Discord.Support;

/// <summary>Signs request bodies the way Discord does, with a seed from the RFC 8032 vectors.</summary>
internal sealed class Ed25519Signer(string seedHex)
{
    public string Sign(string timestamp, string body) => Sign(timestamp, Encoding.UTF8.GetBytes(body));

    /// <summary>Signs raw bytes, which need not be valid UTF-8 (fuzzed bodies).</summary>
    public string Sign(string timestamp, byte[] body)
    {
        using var key = Key.Import(SignatureAlgorithm.Ed25519, Convert.FromHexString(seedHex), KeyBlobFormat.RawPrivateKey);
        return Convert.ToHexString(SignatureAlgorithm.Ed25519.Sign(key, [.. Encoding.UTF8.GetBytes(timestamp), .. body])).ToLowerInvariant();
    }
}
