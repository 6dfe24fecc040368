using NetworkBot.Core.Commands;
using NetworkBot.Core.Members;
using NetworkBot.Core.Platform;
using NetworkBot.Core.Regions;
using NetworkBot.Core.Replies;
using NetworkBot.Core.Tests.Members.Fakes;

namespace NetworkBot.Core.Tests.Members;

public class MembersMapCommandTests
{
    [Fact]
    public void Render_GridOfTheJsonTiles_MarksCoveredPrefecturesWithTheirInitial()
    {
        var map = PrefectureTileMap.Render(new Dictionary<string, int> { ["06"] = 2, ["47"] = 1 }, Language.Ja);
        var rows = map.Split('\n');

        Assert.Equal(14, rows.Length);
        var yamagata = Prefectures.Find("山形")!;
        Assert.Equal('山', rows[yamagata.TileRow][yamagata.TileColumn]);
        var okinawa = Prefectures.Find("沖縄")!;
        Assert.Equal('沖', rows[okinawa.TileRow][okinawa.TileColumn]);
        var tokyo = Prefectures.Find("東京")!;
        Assert.Equal(PrefectureTileMap.Empty, rows[tokyo.TileRow][tokyo.TileColumn]);
        Assert.Equal(47, map.Count(c => c != PrefectureTileMap.Sea && c != '\n'));
        Assert.All(map.Where(c => c != '\n'), c => Assert.True(c >= '\u3000', $"'{c}' is not a full-width character"));
    }

    [Fact]
    public void Render_English_UsesFullWidthLetters()
    {
        var map = PrefectureTileMap.Render(new Dictionary<string, int> { ["06"] = 1 }, Language.En);
        var yamagata = Prefectures.Find("06")!;

        Assert.Equal('Ｙ', map.Split('\n')[yamagata.TileRow][yamagata.TileColumn]);
    }

    [Fact]
    public async Task MembersMap_ShowsProgressCountsAndThePrefecturesStillMissing()
    {
        var directory = await Profiles.DirectoryWith(
            Profiles.Make("あ", prefecture: "06"), Profiles.Make("い", prefecture: "06"), Profiles.Make("う", prefecture: "13"), Profiles.Make("え"));
        var dispatcher = new CommandDispatcher([new MembersMapCommand(directory)]);

        var reply = await dispatcher.DispatchAsync(dispatcher.CreateFromText("/members map", Profiles.Context("後藤")), CancellationToken.None);
        var text = ReplyText.Of(reply);

        Assert.Contains("2/47", text);
        Assert.Contains("山形 2", text);
        Assert.Contains("東京 1", text);
        Assert.Contains("まだメンバーがいない都道府県（45）", text);
        Assert.Contains("北海道、青森", text);
        Assert.DoesNotContain("、山形、", text);
        Assert.Contains("都道府県を登録していないメンバーが1人", text);
        Assert.Single(reply.Blocks.OfType<PreformattedBlock>());
    }
}
