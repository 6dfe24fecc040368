using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace NetworkBot.Storage.Backup;

/// <summary>
/// How a <c>backup</c> command finds the running service that owns the data file, and proves it may ask: a file beside
/// the data file, readable only by the service's user, with a loopback address and a random token made at start.
/// Whoever can read it could read the data file itself anyway.
/// </summary>
public sealed record ServiceControlFile(string Url, string Token)
{
    public static string PathFor(string dataFullPath) => dataFullPath + ".control";

    public static ServiceControlFile Create(string listeningUrl) =>
        new(ToLoopback(listeningUrl), Convert.ToHexString(RandomNumberGenerator.GetBytes(32)));

    public void Write(string dataFullPath)
    {
        var path = PathFor(dataFullPath);
        var options = new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows()) options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        using var file = new FileStream(path, options);
        JsonSerializer.Serialize(file, this);
    }

    public static ServiceControlFile? TryRead(string dataFullPath)
    {
        var path = PathFor(dataFullPath);
        if (!File.Exists(path)) return null;
        try
        {
            return JsonSerializer.Deserialize<ServiceControlFile>(File.ReadAllText(path));
        }
        catch (JsonException)
        {
            return null;
        }
    }

    public bool Accepts(string? authorization) =>
        authorization is not null && CryptographicOperations.FixedTimeEquals(
            System.Text.Encoding.ASCII.GetBytes(authorization), System.Text.Encoding.ASCII.GetBytes("Bearer " + Token));

    /// <summary>The service may listen on every address (<c>http://+:8080</c>); the command asks it on this machine.</summary>
    private static string ToLoopback(string listeningUrl)
    {
        var address = BindingAddress.Parse(listeningUrl);
        var host = address.Host is "+" or "*" or "0.0.0.0" or "[::]" or "localhost" ? "127.0.0.1" : address.Host;
        return $"{address.Scheme}://{host}:{address.Port}/";
    }
}
