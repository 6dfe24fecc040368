namespace NetworkBot.Storage;

/// <summary>Settings under <c>Storage</c>.</summary>
public sealed class StorageOptions
{
    public const string Section = "Storage";

    /// <summary>The LiteDB file; its folder is created when missing.</summary>
    public string Path { get; set; } = "data/networkbot.db";
}
