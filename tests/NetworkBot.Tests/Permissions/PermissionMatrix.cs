using NetworkBot.Core.Commands;
using NetworkBot.Core.Localization;
using NetworkBot.Core.Platform;

namespace NetworkBot.Tests.Permissions;

/// <summary>Who runs a command in the matrix.</summary>
internal enum Role
{
    /// <summary>Has a profile and a registration of their own.</summary>
    Member,

    /// <summary>Never seen before, no profile: a new id for every case.</summary>
    Unknown,

    Organizer,
}

/// <summary>One command as the matrix runs it; <c>{channel}</c> stands for a channel of the platform under test.</summary>
internal sealed record CommandRow(string Key, string Line)
{
    public string For(string channel) => Line.Replace("{channel}", channel, StringComparison.Ordinal);
}

/// <summary>
/// Every command the bot offers, each with a line that would change something or show private data if it were let
/// through. Tests enumerate the dispatcher's definitions and look each one up here, so a new command without a row
/// fails them. Lines use <c>key:value</c> options only, so the same row maps onto Discord's structured options.
/// </summary>
internal static class PermissionMatrix
{
    public const string VictimName = "鈴木 花子";
    public const string VictimEmail = "hanako.hidden@example.jp";
    public const string VictimAffiliation = "秘密市 企画課";
    public const string MemberName = "佐藤 一郎";
    public const string MemberEmail = "ichiro.own@example.jp";
    public const string WaiterEmail = "jiro.waiting@example.jp";

    /// <summary>Part of the notice a waiting member gets when a seat frees up: the matrix's leave cases send one.</summary>
    public const string PromotionNotice = "参加者に繰り上がりました";

    private static readonly CommandRow[] Rows =
    [
        new("events", "/events"),
        new("event show", "/event show id:1"),
        new("join", "/join id:1 party:no"),
        new("leave", "/leave id:1"),
        new("remind", "/remind id:1 reminders:off"),
        new("help", "/help"),
        new("introduce", "/introduce"),
        new("profile", $"/profile member:\"{VictimName}\""),
        new("profile edit", "/profile edit affiliation:\"○○市 総務課\""),
        new("profile delete", "/profile delete"),
        new("profile reminders", "/profile reminders reminders:off"),
        new("members", "/members keyword:鈴木"),
        new("members map", "/members map"),
        new("event create", "/event create title:\"権限の確認\" start:\"2099-12-20 14:00\" capacity:10"),
        new("event edit", "/event edit id:1 capacity:200"),
        new("event cancel", "/event cancel id:1 confirm:yes"),
        new("event attendees", "/event attendees id:1"),
        new("event reminders", "/event reminders id:1"),
        new("announce create", "/announce create channel:{channel} text:\"権限のお知らせ\" at:\"2099-12-01 09:00\""),
        new("announce list", "/announce list"),
        new("announce cancel", "/announce cancel id:1"),
    ];

    /// <summary>Organizers last: what they change (calling event 1 off) must not disturb the other roles' cases.</summary>
    public static readonly Role[] Roles = [Role.Member, Role.Unknown, Role.Organizer];

    public static IEnumerable<string> RowKeys => Rows.Select(r => r.Key);

    /// <summary>The row of a registered command; fails the test when the command has none.</summary>
    public static CommandRow RowFor(CommandDefinition definition) =>
        Rows.SingleOrDefault(r => r.Key.Equals(definition.Key, StringComparison.OrdinalIgnoreCase))
        ?? throw new Xunit.Sdk.XunitException($"/{definition.Key} has no row in the permission matrix: add one to {nameof(PermissionMatrix)}.");

    /// <summary>
    /// What every platform sets up: event 1, full with the victim and the member, and a third member waiting (so a
    /// leave sends a promotion notice); announcement 1.
    /// </summary>
    public static IReadOnlyList<(string Who, string Line)> SeedLines(string channel) =>
    [
        ("organizer", "/event create title:\"権限テスト勉強会\" start:\"2099-12-05 14:00\" capacity:2 venue:\"山形市民会館\""),
        ("organizer", $"/announce create channel:{channel} text:\"定例のお知らせ\" at:\"2099-12-01 09:00\""),
        ("victim", $"/introduce name:\"{VictimName}\" affiliation:\"{VictimAffiliation}\" prefecture:山形 email:{VictimEmail}"),
        ("victim", $"/join id:1 affiliation:\"{VictimAffiliation}\" email:{VictimEmail}"),
        ("member", $"/introduce name:\"{MemberName}\" prefecture:宮城 email:{MemberEmail}"),
        ("member", "/join id:1"),
        ("waiter", $"/join id:1 email:{WaiterEmail}"),
    ];

    /// <summary>Runs the seed lines straight through Core, for platforms whose seeding need not pass their own front door.</summary>
    public static async Task SeedAsync(NetworkBot.Hosting.CommandExecution execution, string channel, Func<string, CommandContext> contextOf)
    {
        foreach (var (who, line) in SeedLines(channel))
        {
            await execution.RunAsync(execution.Dispatcher.CreateFromText(line, contextOf(who)), CancellationToken.None);
        }
    }

    /// <summary>Emails the role must never be shown: everyone's but their own; organizers may see them all.</summary>
    public static IReadOnlyList<string> HiddenFrom(Role role) => role switch
    {
        Role.Organizer => [],
        Role.Member => [VictimEmail, WaiterEmail],
        _ => [VictimEmail, WaiterEmail, MemberEmail],
    };

    public static string Refusal(CommandDefinition definition) => Texts.For(Language.Ja).OrganizersOnly(definition.Key);

    /// <summary>
    /// Checks one case's visible output and storage; returns what went wrong, or null. A refused case must show the
    /// polite refusal and change nothing; an allowed one must not be refused; no case may show another's email.
    /// </summary>
    public static string? Check(CommandDefinition definition, Role role, string via, string output, string storageBefore, string storageAfter)
    {
        var refusal = Refusal(definition);
        var refused = output.Contains(refusal, StringComparison.Ordinal);
        var name = $"/{definition.Key} as {role} via {via}";
        if (definition.OrganizersOnly && role != Role.Organizer)
        {
            if (!refused) return $"{name}: not refused. Output: {Shorten(output)}";
            if (storageBefore != storageAfter) return $"{name}: refused, but storage changed";
        }
        else if (refused)
        {
            return $"{name}: refused although allowed";
        }

        return HiddenFrom(role).FirstOrDefault(email => output.Contains(email, StringComparison.OrdinalIgnoreCase)) is { } leaked
            ? $"{name}: shows {leaked}"
            : null;
    }

    private static string Shorten(string text) => text.Length <= 300 ? text : text[..300] + "…";
}
