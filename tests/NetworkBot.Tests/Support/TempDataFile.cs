namespace NetworkBot.Tests.Support;

/// <summary>A LiteDB file path in a fresh temporary folder, removed afterwards.</summary>
public sealed class TempDataFile : IDisposable
{
    public TempDataFile()
    {
        Folder = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "networkbot-tests", Guid.NewGuid().ToString("N"));
        Path = System.IO.Path.Combine(Folder, "data", "networkbot.db");
    }

    public string Folder { get; }

    public string Path { get; }

    public void Dispose()
    {
        try
        {
            if (Directory.Exists(Folder)) Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A process under test may still hold the file for a moment; the temp folder is cleaned by the OS.
        }
    }
}
