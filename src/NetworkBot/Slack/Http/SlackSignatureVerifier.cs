using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace NetworkBot.Slack.Http;

public enum SignatureCheck
{
    Valid,
    Missing,
    Stale,
    Mismatch,
}

/// <summary>
/// Checks Slack's request signature on the raw body, before anything is parsed: <c>v0=</c> + hex HMAC-SHA256 of
/// <c>v0:{X-Slack-Request-Timestamp}:{body}</c> keyed with the signing secret, compared in constant time, and the
/// timestamp at most five minutes from now either way (replays are refused).
/// </summary>
public sealed class SlackSignatureVerifier(IOptions<SlackOptions> options, TimeProvider time)
{
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(5);

    private const string Version = "v0";

    public SignatureCheck Check(string? timestamp, string? signature, ReadOnlySpan<byte> body)
    {
        var secret = options.Value.SigningSecret?.Trim();
        if (string.IsNullOrEmpty(secret) || string.IsNullOrEmpty(timestamp) || string.IsNullOrEmpty(signature)) return SignatureCheck.Missing;
        if (timestamp.Length > 12 || !long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
        {
            return SignatureCheck.Missing;
        }

        if (Math.Abs(time.GetUtcNow().ToUnixTimeSeconds() - seconds) > (long)Window.TotalSeconds) return SignatureCheck.Stale;
        if (signature.Length != Version.Length + 1 + 64 || !signature.StartsWith(Version + "=", StringComparison.Ordinal)) return SignatureCheck.Mismatch;

        Span<byte> given = stackalloc byte[32];
        if (Convert.FromHexString(signature.AsSpan(Version.Length + 1), given, out _, out var written) != System.Buffers.OperationStatus.Done || written != 32)
        {
            return SignatureCheck.Mismatch;
        }

        Span<byte> expected = stackalloc byte[32];
        using var hmac = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, Encoding.UTF8.GetBytes(secret));
        hmac.AppendData(Encoding.ASCII.GetBytes($"{Version}:{timestamp}:"));
        hmac.AppendData(body);
        hmac.GetHashAndReset(expected);
        return CryptographicOperations.FixedTimeEquals(expected, given) ? SignatureCheck.Valid : SignatureCheck.Mismatch;
    }

    /// <summary>Signs a body the way Slack does; used by tests and local tools to build valid requests.</summary>
    public static string Sign(string secret, string timestamp, ReadOnlySpan<byte> body)
    {
        using var hmac = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, Encoding.UTF8.GetBytes(secret));
        hmac.AppendData(Encoding.ASCII.GetBytes($"{Version}:{timestamp}:"));
        hmac.AppendData(body);
        return $"{Version}=" + Convert.ToHexStringLower(hmac.GetHashAndReset());
    }
}
