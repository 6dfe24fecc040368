namespace NetworkBot.Tests.Scheduling;

/// <summary>A LiteDB file of its own for one test, removed afterwards.</summary>
internal sealed class TempDatabase : IDisposable
{
    private readonly string _folder = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "networkbot-tests", Guid.NewGuid().ToString("N"));

    public string Path => System.IO.Path.Combine(_folder, "bot.db");

    public void Dispose()
    {
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (DirectoryNotFoundException)
        {
        }
    }
}
