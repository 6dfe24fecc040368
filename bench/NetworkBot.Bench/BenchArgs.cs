using System.Globalization;

namespace NetworkBot.Bench;

internal static class BenchArgs
{
    /// <summary>The integer after <paramref name="name"/> in the arguments, or <paramref name="fallback"/>.</summary>
    public static int Int(string[] args, string name, int fallback)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? int.Parse(args[i + 1], CultureInfo.InvariantCulture) : fallback;
    }
}
