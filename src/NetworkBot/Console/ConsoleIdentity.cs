using NetworkBot.Core.Platform;

namespace NetworkBot.Console;

/// <summary>Who is typing at the console: <c>--as NAME</c>, <c>--organizer</c>, <c>--lang en</c>.</summary>
public sealed record ConsoleIdentity(string Name, bool IsOrganizer, Language Language)
{
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

        return new ConsoleIdentity(name, organizer, language);
    }
}
