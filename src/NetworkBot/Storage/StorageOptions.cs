namespace NetworkBot.Storage;

/// <summary>Settings under <c>Storage</c>.</summary>
public sealed class StorageOptions
{
    public const string Section = "Storage";

    /// <summary>The LiteDB file; its folder is created when missing.</summary>
    public string Path { get; set; } = "data/networkbot.db";

    /// <summary>When set, the file is encrypted with LiteDB's own encryption (AES); a plain file is encrypted on the next start.</summary>
    public string? Password { get; set; }
}
