using System.Buffers.Text;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using NetworkBot.Storage;

namespace NetworkBot.Web;

/// <summary>
/// Signs and checks download links: HMAC-SHA256 over what the link is for, the event and the expiry. The key comes
/// from <c>Bot:LinkSigningKey</c> when set, otherwise from the data file (made once, at start: see
/// <see cref="LinkSigningKeySetup"/>). It is never logged.
/// </summary>
public sealed class LinkSigner
{
    private const string StoredKeyName = "link-signing-key";
    private readonly Lazy<byte[]> _key;

    public LinkSigner(IOptions<LinkSigningOptions> options, LiteDbSecretStore secrets)
    {
        var configured = options.Value.LinkSigningKey;
        _key = new Lazy<byte[]>(() => string.IsNullOrEmpty(configured)
            ? secrets.GetOrCreate(StoredKeyName, () => RandomNumberGenerator.GetBytes(32))
            : Encoding.UTF8.GetBytes(configured));
    }

    /// <summary>Reads or makes the key now, so no request (a refused link least of all) ever writes it.</summary>
    public void EnsureKey() => _ = _key.Value;

    public string Sign(string purpose, int eventId, long expiresUnixSeconds) =>
        Base64Url.EncodeToString(Mac(purpose, eventId, expiresUnixSeconds));

    /// <summary>True when <paramref name="signature"/> is the one this key makes; compared in constant time.</summary>
    public bool IsValid(string purpose, int eventId, long expiresUnixSeconds, string? signature)
    {
        if (string.IsNullOrEmpty(signature) || signature.Length > 64) return false;
        // Compared as text, not decoded: a decoder would skip whitespace, and only the link given out may open.
        var expected = Encoding.ASCII.GetBytes(Base64Url.EncodeToString(Mac(purpose, eventId, expiresUnixSeconds)));
        return CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(signature), expected);
    }

    private byte[] Mac(string purpose, int eventId, long expiresUnixSeconds)
    {
        var message = string.Create(CultureInfo.InvariantCulture, $"{purpose}:{eventId}:{expiresUnixSeconds}");
        return HMACSHA256.HashData(_key.Value, Encoding.UTF8.GetBytes(message));
    }
}

/// <summary>Makes the stored link key at start, before any request can arrive.</summary>
internal sealed class LinkSigningKeySetup(LinkSigner signer) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        signer.EnsureKey();
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
