using NetworkBot.Core.Commands;
using NetworkBot.Core.Localization;
using NetworkBot.Core.Regions;
using NetworkBot.Core.Replies;

namespace NetworkBot.Core.Events;

/// <summary><c>/events [period] [kind] [prefecture]</c>: upcoming events, soonest first, with seats left.</summary>
public sealed class EventsCommand(IEventRepository events, IRegistrationRepository registrations, EventCards cards, TimeProvider time) : ICommandHandler
{
    private const int MaxShown = 10;

    public CommandDefinition Definition { get; } = CommandDefinition.ForEveryone("events", null, "period", "kind", "prefecture");

    public async ValueTask<BotReply> HandleAsync(BotCommand command, CancellationToken cancellationToken)
    {
        var texts = Texts.For(command.Context.Language);
        var now = time.GetUtcNow();
        var filter = EventFilter.Read(command.Arguments, now, cards, texts);
        if (filter.Error is not null) return BotReply.InvalidInput(filter.Error);

        var upcoming = (await events.ListUpcomingAsync(now, cancellationToken)).Where(filter.Matches).ToList();
        if (upcoming.Count == 0) return BotReply.PrivateText(texts.NoUpcomingEvents(filter.Describe(texts)));

        var blocks = new List<ReplyBlock> { new HeadingBlock(texts.UpcomingEventsHeading(filter.Describe(texts))) };
        foreach (var e in upcoming.Take(MaxShown))
        {
            blocks.Add(new DividerBlock());
            blocks.AddRange(cards.ListEntry(new EventRoster(e, await registrations.ListForEventAsync(e.Id, cancellationToken)), texts));
        }

        if (upcoming.Count > MaxShown) blocks.Add(new ContextBlock(texts.MoreEvents(upcoming.Count - MaxShown)));
        return BotReply.Private([.. blocks]);
    }
}

/// <summary>The filters of <c>/events</c>, given by position or by key, in either language.</summary>
internal sealed record EventFilter(DateTimeOffset? Until, EventKind? Kind, Prefecture? Prefecture, string? PeriodWord, string? Error)
{
    public bool Matches(Event e) =>
        (Until is null || e.Start < Until) && (Kind is null || e.Kind == Kind) && (Prefecture is null || e.PrefectureCode == Prefecture.Code);

    public string? Describe(Texts texts)
    {
        var parts = new List<string>();
        if (PeriodWord is not null) parts.Add(texts.Period(PeriodWord));
        if (Kind is { } kind) parts.Add(texts.Kind(kind));
        if (Prefecture is not null) parts.Add(Regions.Prefectures.DisplayName(Prefecture, texts.Language));
        return parts.Count == 0 ? null : string.Join(" / ", parts);
    }

    public static EventFilter Read(CommandArguments arguments, DateTimeOffset now, EventCards cards, Texts texts)
    {
        var filter = new EventFilter(null, null, null, null, null);
        var words = arguments.Positionals
            .Concat(new[] { "period", "kind", "prefecture" }.Select(arguments.Option).OfType<string>());
        foreach (var word in words)
        {
            if (PeriodLength(word) is { } period) filter = filter with { Until = now + period.Length, PeriodWord = period.Word };
            else if (EventKinds.TryParse(word, out var kind)) filter = filter with { Kind = kind };
            else if (Regions.Prefectures.Find(word) is { } prefecture) filter = filter with { Prefecture = prefecture };
            else return filter with { Error = texts.UnknownEventsFilter(word) };
        }

        return filter;
    }

    private static (TimeSpan Length, string Word)? PeriodLength(string word) => word.Trim().ToLowerInvariant() switch
    {
        "today" or "今日" or "本日" => (TimeSpan.FromDays(1), "today"),
        "week" or "今週" or "1週間" or "7d" => (TimeSpan.FromDays(7), "week"),
        "month" or "今月" or "1か月" or "1ヶ月" or "30d" => (TimeSpan.FromDays(31), "month"),
        "all" or "すべて" or "全部" => (TimeSpan.FromDays(3650), "all"),
        _ => null,
    };
}
