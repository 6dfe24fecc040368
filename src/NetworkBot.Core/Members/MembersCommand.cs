using System.Globalization;
using NetworkBot.Core.Commands;
using NetworkBot.Core.Localization;
using NetworkBot.Core.Regions;
using NetworkBot.Core.Replies;
using NetworkBot.Core.Text;

namespace NetworkBot.Core.Members;

/// <summary>
/// <c>/members [prefecture] [sector] [keyword] [page:N]</c>: the directory. A bare word is a prefecture or a sector when
/// it names one, else a keyword; keywords match names, affiliations, interests, side activities, offers and wants.
/// Results come most relevant first, ten a page, with buttons to the neighbouring pages.
/// </summary>
public sealed class MembersCommand(MemberDirectory directory) : ICommandHandler
{
    /// <summary>Discord's limit for what a button can carry.</summary>
    private const int MaxButtonCommand = 100;

    public CommandDefinition Definition { get; } = CommandDefinition.ForEveryone("members", null, "prefecture", "sector", "page", "keyword");

    public async ValueTask<BotReply> HandleAsync(BotCommand command, CancellationToken cancellationToken)
    {
        var texts = Texts.For(command.Context.Language);
        var (query, errors) = Read(command.Arguments, texts);
        if (errors.Count > 0) return BotReply.InvalidInput(texts.NothingChanged(errors, texts.MembersExample));

        var result = await directory.SearchAsync(query!, cancellationToken);
        var filter = Describe(query!, texts);
        if (result.Total == 0)
        {
            var anyone = query!.HasFilter && (await directory.SearchAsync(new DirectoryQuery(null, null, []), cancellationToken)).Total > 0;
            return BotReply.Private(
                new TextBlock(anyone ? texts.NoMembersFound(filter) : texts.NoMembersYet),
                new ActionsBlock([new ReplyButton(texts.ButtonIntroduce, "/introduce", ButtonStyle.Primary)]));
        }

        var blocks = new List<ReplyBlock>
        {
            new HeadingBlock(texts.DirectoryHeading(filter)),
            new TextBlock(texts.DirectoryCount(result.Total, query!.Keywords.Count > 0)
                + "\n" + string.Join("\n", result.Entries.Select(e => "- " + ProfileCards.DirectoryLine(e, texts)))),
            new ContextBlock(texts.DirectoryFooter(result.Page, result.PageCount)),
        };
        var buttons = new List<ReplyButton>();
        if (result.Page > 1 && PageCommand(query, result.Page - 1) is { } previous) buttons.Add(new ReplyButton(texts.ButtonPreviousPage, previous));
        if (result.Page < result.PageCount && PageCommand(query, result.Page + 1) is { } next) buttons.Add(new ReplyButton(texts.ButtonNextPage, next, ButtonStyle.Primary));
        if (buttons.Count > 0) blocks.Add(new ActionsBlock(buttons));
        return BotReply.Private([.. blocks]);
    }

    /// <summary>Turns the options and bare words into a query, or says what could not be read.</summary>
    internal static (DirectoryQuery? Query, List<string> Errors) Read(CommandArguments args, Texts texts)
    {
        var errors = new List<string>();
        Prefecture? prefecture = null;
        Sector? sector = null;
        if (args.Option("prefecture") is { } prefectureText && (prefecture = Prefectures.Find(prefectureText)) is null)
        {
            errors.Add(texts.UnknownPrefecture(prefectureText, Prefectures.Suggest(prefectureText)));
        }

        if (args.Option("sector") is { } sectorText && (sector = Sectors.Find(sectorText)) is null)
        {
            errors.Add(texts.UnknownSector(sectorText, Sectors.Suggest(sectorText)));
        }

        var page = 1;
        if (args.Option("page") is { } pageText && (!int.TryParse(WellFormedText.Normalize(pageText), NumberStyles.None, CultureInfo.InvariantCulture, out page) || page < 1))
        {
            errors.Add(texts.InvalidPage(pageText));
        }

        var keywords = new List<string>();
        if (args.Option("keyword") is { } keywordText) keywords.AddRange(Words(keywordText));
        foreach (var word in args.Positionals.SelectMany(Words))
        {
            if (prefecture is null && args.Option("prefecture") is null && Prefectures.Find(word) is { } p) prefecture = p;
            else if (sector is null && args.Option("sector") is null && Sectors.Find(word, labelsOnly: true) is { } s) sector = s;
            else keywords.Add(word);
        }

        foreach (var key in args.Options.Keys.Where(k => k is not ("prefecture" or "sector" or "page" or "keyword")))
        {
            errors.Add(texts.UnknownOption(key, ["prefecture", "sector", "page", "keyword"]));
        }

        return errors.Count > 0 ? (null, errors) : (new DirectoryQuery(prefecture?.Code, sector?.Id, keywords, page), errors);
    }

    private static IEnumerable<string> Words(string text) => text.Split([' ', '\u3000', '\t'], StringSplitOptions.RemoveEmptyEntries);

    private static string? Describe(DirectoryQuery query, Texts texts)
    {
        var parts = new List<string>();
        if (Prefectures.ByCode(query.PrefectureCode) is { } p) parts.Add(Prefectures.DisplayName(p, texts.Language));
        if (Sectors.ById(query.SectorId) is { } s) parts.Add(Sectors.ShortName(s, texts.Language));
        var english = texts.Language == Platform.Language.En;
        parts.AddRange(query.Keywords.Select(k => Text.MessageText.Neutralize(k)).Select(k => english ? $"\"{k}\"" : $"「{k}」"));
        return parts.Count == 0 ? null : string.Join(english ? ", " : "・", parts);
    }

    /// <summary>The same search on another page, or null when it would not fit on a button.</summary>
    private static string? PageCommand(DirectoryQuery query, int page)
    {
        var parts = new List<string> { "/members" };
        if (query.PrefectureCode is not null) parts.Add($"prefecture:{query.PrefectureCode}");
        if (query.SectorId is not null) parts.Add($"sector:{query.SectorId}");
        if (query.Keywords.Count > 0) parts.Add($"keyword:\"{string.Join(" ", query.Keywords).Replace("\"", "", StringComparison.Ordinal)}\"");
        parts.Add($"page:{page.ToString(CultureInfo.InvariantCulture)}");
        var command = string.Join(" ", parts);
        return command.Length <= MaxButtonCommand ? command : null;
    }
}
