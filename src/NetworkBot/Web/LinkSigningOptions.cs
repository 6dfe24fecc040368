namespace NetworkBot.Web;

/// <summary>
/// <c>Bot:LinkSigningKey</c>: the secret that signs download links. Optional: without it the service makes a random
/// key once and keeps it in the data file, so links survive restarts. Set it to share links across several instances.
/// </summary>
public sealed class LinkSigningOptions
{
    public const int MinimumLength = 32;

    public string? LinkSigningKey { get; set; }
}
