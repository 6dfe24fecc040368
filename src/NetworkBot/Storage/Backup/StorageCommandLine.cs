namespace NetworkBot.Storage.Backup;

/// <summary>What the <c>backup</c> and <c>restore</c> commands share: the same settings as the service, and one file argument.</summary>
internal sealed record StorageCommandLine(DataFileSettings Settings, string File)
{
    public string DataPath => Settings.DataPath;

    public string? Password => Settings.Password;

    public static StorageCommandLine? Parse(string command, string[] args, TextWriter errors)
    {
        if (args.Length == 0 || args[0].StartsWith("--", StringComparison.Ordinal))
        {
            errors.WriteLine($"Usage: dotnet run --project src/NetworkBot -- {command} FILE");
            return null;
        }

        return new StorageCommandLine(DataFileSettings.Read(args[1..]), Path.GetFullPath(args[0]));
    }
}
