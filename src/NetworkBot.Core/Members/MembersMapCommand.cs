using NetworkBot.Core.Commands;
using NetworkBot.Core.Localization;
using NetworkBot.Core.Regions;
using NetworkBot.Core.Replies;

namespace NetworkBot.Core.Members;

/// <summary>
/// <c>/members map</c>: "friends in all 47 prefectures" made visible. The tile map, progress, member counts per region,
/// and the prefectures still waiting for their first member.
/// </summary>
public sealed class MembersMapCommand(MemberDirectory directory) : ICommandHandler
{
    public CommandDefinition Definition { get; } = CommandDefinition.ForEveryone("members", "map");

    public async ValueTask<BotReply> HandleAsync(BotCommand command, CancellationToken cancellationToken)
    {
        var texts = Texts.For(command.Context.Language);
        var language = texts.Language;
        var (counts, total) = await directory.CountByPrefectureAsync(cancellationToken);
        var all = Prefectures.All;
        var covered = all.Count(p => counts.GetValueOrDefault(p.Code) > 0);
        var placed = counts.Values.Sum();

        var blocks = new List<ReplyBlock>
        {
            new HeadingBlock(texts.MapHeading(covered, all.Count)),
            new TextBlock(texts.MapProgress(covered, all.Count, total)),
            new PreformattedBlock(PrefectureTileMap.Render(counts, language)),
            new ContextBlock(texts.MapLegend),
        };

        var regionLines = all.GroupBy(p => p.RegionId).Select(region =>
        {
            var name = language == Platform.Language.En ? region.First().RegionEn : region.First().RegionJa;
            var present = region.Where(p => counts.GetValueOrDefault(p.Code) > 0)
                .Select(p => texts.MapCount(ShortName(p, language), counts[p.Code])).ToList();
            return texts.MapRegionLine(name, present.Count, region.Count(), present);
        });
        blocks.Add(new TextBlock(string.Join("\n", regionLines)));

        var missing = all.Where(p => counts.GetValueOrDefault(p.Code) == 0).Select(p => ShortName(p, language)).ToList();
        blocks.Add(new TextBlock(missing.Count == 0 ? texts.MapAllCovered : texts.MapMissing(missing)));
        if (total > placed) blocks.Add(new ContextBlock(texts.MapWithoutPrefecture(total - placed)));
        blocks.Add(new ActionsBlock([new ReplyButton(texts.ButtonIntroduce, "/introduce", ButtonStyle.Primary), new ReplyButton(texts.ButtonFindMembers, "/members")]));
        return BotReply.Private([.. blocks]);
    }

    private static string ShortName(Prefecture prefecture, Platform.Language language) =>
        language == Platform.Language.En ? prefecture.NameEn : prefecture.NameJaShort;
}
