using System.Globalization;

namespace NetworkBot.Storage.Backup;

/// <summary>
/// The data file as the operator commands see it: read from the same settings as the service (<c>Storage:Path</c>,
/// <c>Storage:Password</c>), so that a command run from the service's folder with its environment finds the same file.
/// </summary>
internal sealed record DataFileSettings(string DataPath, string? Password, IConfiguration Configuration)
{
    /// <summary>Reads the settings; <paramref name="args"/> are configuration arguments such as <c>--Storage:Path=FILE</c>.</summary>
    public static DataFileSettings Read(string[] args)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = args, ContentRootPath = AppContext.BaseDirectory });
        var options = builder.Configuration.GetSection(StorageOptions.Section).Get<StorageOptions>() ?? new StorageOptions();
        var password = string.IsNullOrEmpty(options.Password) ? null : options.Password;
        return new DataFileSettings(Path.GetFullPath(options.Path), password, builder.Configuration);
    }

    /// <summary>LiteDB keeps committed writes in a log file beside the data file until it checkpoints them.</summary>
    public string LogFilePath =>
        Path.Combine(Path.GetDirectoryName(DataPath)!, Path.GetFileNameWithoutExtension(DataPath) + "-log" + Path.GetExtension(DataPath));

    /// <summary>
    /// Moves the data file, and any log LiteDB left beside it, out of the way as <c>FILE.LABEL-YYYYMMDD-HHMMSS</c>: never
    /// deleted, and a stale log must not be replayed onto the file put in its place. Null when there was no data file.
    /// </summary>
    public string? SetAside(string label, DateTimeOffset now)
    {
        var suffix = "." + label + "-" + now.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture);
        if (File.Exists(LogFilePath)) File.Move(LogFilePath, LogFilePath + suffix);
        if (!File.Exists(DataPath)) return null;
        File.Move(DataPath, DataPath + suffix);
        return DataPath + suffix;
    }
}
