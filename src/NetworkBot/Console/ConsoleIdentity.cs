using NetworkBot.Core.Platform;

namespace NetworkBot.Console;

/// <summary>Who is typing at the console: <c>--as NAME</c>, <c>--organizer</c>, <c>--lang en</c>.</summary>
public sealed record ConsoleIdentity(string Name, bool IsOrganizer, Language Language)
{
    /// <summary>The name is the member's id in the data file, whose index keys are limited; no one's name is longer.</summary>
    public const int MaxNameLength = 100;

    public MemberRef Member => new($"console:{Name}", Name);

    public ChannelRef Channel => new("console:general");

    public static ConsoleIdentity FromArguments(IReadOnlyList<string> args, Language defaultLanguage)
    {
        var name = Environment.UserName is { Length: > 0 } user ? user : "guest";
        var organizer = false;
        var language = defaultLanguage;
        for (var i = 0; i < args.Count; i++)
        {
            switch (args[i])
            {
                case "--as" when i + 1 < args.Count:
                    name = args[++i].Trim();
                    break;
                case "--organizer":
                    organizer = true;
                    break;
                case "--lang" when i + 1 < args.Count:
                    language = Languages.Parse(args[++i], defaultLanguage);
                    break;
            }
        }

        if (name.Length > MaxNameLength) throw new InvalidOperationException($"--as NAME: a name of at most {MaxNameLength} characters, please.");
        return new ConsoleIdentity(name, organizer, language);
    }
}
