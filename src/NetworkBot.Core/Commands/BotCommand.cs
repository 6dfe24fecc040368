using NetworkBot.Core.Platform;

namespace NetworkBot.Core.Commands;

/// <summary>
/// One command as any platform delivers it: <c>/event show 1</c> is name <c>event</c>, subcommand <c>show</c>,
/// positional <c>1</c>. <see cref="Context"/> says who asked, where, and in which language.
/// </summary>
public sealed record BotCommand(string Name, string? Subcommand, CommandArguments Arguments, CommandContext Context)
{
    /// <summary>The key handlers are registered under: <c>event show</c>, or just <c>events</c>.</summary>
    public string Key => Subcommand is null ? Name : $"{Name} {Subcommand}";
}

/// <summary>Who invoked a command, where, in which language, and whether the platform says they organize.</summary>
public sealed record CommandContext(MemberRef Invoker, ChannelRef? Channel, Language Language, bool IsOrganizer);
