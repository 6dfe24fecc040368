using System.Buffers;
using System.Globalization;
using System.Text;
using NSec.Cryptography;

namespace NetworkBot.Discord.Http;

/// <summary>
/// Checks <c>X-Signature-Ed25519</c> over <c>X-Signature-Timestamp</c> + the raw body with the app's public key,
/// before anything reads the body. Strict RFC 8032 verification: a non-canonical signature is refused. Requests
/// stamped more than five minutes from now are refused too, so a captured request cannot be replayed later.
/// </summary>
public sealed class DiscordSignatureVerifier
{
    public static readonly TimeSpan MaxClockSkew = TimeSpan.FromMinutes(5);

    private const int SignatureBytes = 64;
    private readonly PublicKey _key;
    private readonly TimeProvider _time;

    public DiscordSignatureVerifier(string publicKeyHex, TimeProvider time)
    {
        _key = PublicKey.Import(SignatureAlgorithm.Ed25519, Convert.FromHexString(publicKeyHex.Trim()), KeyBlobFormat.RawPublicKey);
        _time = time;
    }

    public bool IsValid(string? signatureHex, string? timestamp, ReadOnlySpan<byte> body)
    {
        if (string.IsNullOrEmpty(timestamp) || !IsFresh(timestamp)) return false;
        var timestampLength = Encoding.UTF8.GetByteCount(timestamp);
        var message = ArrayPool<byte>.Shared.Rent(timestampLength + body.Length);
        try
        {
            Encoding.UTF8.GetBytes(timestamp, message);
            body.CopyTo(message.AsSpan(timestampLength));
            return IsValidSignature(signatureHex, message.AsSpan(0, timestampLength + body.Length));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(message);
        }
    }

    /// <summary>The Ed25519 check alone, over any message.</summary>
    internal bool IsValidSignature(string? signatureHex, ReadOnlySpan<byte> message)
    {
        if (string.IsNullOrEmpty(signatureHex) || signatureHex.Length != SignatureBytes * 2) return false;
        Span<byte> signature = stackalloc byte[SignatureBytes];
        if (Convert.FromHexString(signatureHex, signature, out _, out var written) != OperationStatus.Done || written != SignatureBytes) return false;
        return SignatureAlgorithm.Ed25519.Verify(_key, message, signature);
    }

    private bool IsFresh(string timestamp)
    {
        if (!long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)) return false;
        var now = _time.GetUtcNow().ToUnixTimeSeconds();
        return Math.Abs(now - seconds) <= (long)MaxClockSkew.TotalSeconds;
    }
}
