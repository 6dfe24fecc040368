namespace NetworkBot.Tests.Storage;

/// <summary>A LiteDB file in its own temporary folder, removed afterwards.</summary>
internal sealed class TempDatabase : IDisposable
{
    private readonly string _folder = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "networkbot-tests-" + Guid.NewGuid().ToString("N"));

    public string Path => System.IO.Path.Combine(_folder, "bot.db");

    public void Dispose()
    {
        if (Directory.Exists(_folder)) Directory.Delete(_folder, recursive: true);
    }
}
