namespace NetworkBot.Storage.Backup;

/// <summary>What the <c>backup</c> and <c>restore</c> commands share: the same settings as the service, and one file argument.</summary>
internal sealed record StorageCommandLine(string DataPath, string? Password, string File)
{
    public static StorageCommandLine? Parse(string command, string[] args, TextWriter errors)
    {
        if (args.Length == 0 || args[0].StartsWith("--", StringComparison.Ordinal))
        {
            errors.WriteLine($"Usage: dotnet run --project src/NetworkBot -- {command} FILE");
            return null;
        }

        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = args[1..], ContentRootPath = AppContext.BaseDirectory });
        var options = builder.Configuration.GetSection(StorageOptions.Section).Get<StorageOptions>() ?? new StorageOptions();
        return new StorageCommandLine(Path.GetFullPath(options.Path), options.Password, Path.GetFullPath(args[0]));
    }

    /// <summary>LiteDB keeps committed writes in a log file beside the data file until it checkpoints them.</summary>
    public string LogFilePath =>
        Path.Combine(Path.GetDirectoryName(DataPath)!, Path.GetFileNameWithoutExtension(DataPath) + "-log" + Path.GetExtension(DataPath));
}
