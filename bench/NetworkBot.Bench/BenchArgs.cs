using System.Globalization;

namespace NetworkBot.Bench;

internal static class BenchArgs
{
    /// <summary>The value after <paramref name="name"/> in the arguments, or null.</summary>
    public static string? Text(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }

    /// <summary>The integer after <paramref name="name"/> in the arguments, or <paramref name="fallback"/>.</summary>
    public static int Int(string[] args, string name, int fallback)
    {
        return Text(args, name) is { } value ? int.Parse(value, CultureInfo.InvariantCulture) : fallback;
    }
}
