using NetworkBot.Core.Commands;
using NetworkBot.Core.Members;
using NetworkBot.Core.Replies;
using NetworkBot.Core.Tests.Members.Fakes;

namespace NetworkBot.Core.Tests.Members;

public class MembersCommandTests
{
    private static async Task<(CommandDispatcher Dispatcher, MemberDirectory Directory)> CreateSut(params MemberProfile[] profiles)
    {
        var directory = await Profiles.DirectoryWith(profiles);
        return (new CommandDispatcher([new MembersCommand(directory), new MembersMapCommand(directory)]), directory);
    }

    private static Task<BotReply> Run(CommandDispatcher dispatcher, string line) =>
        dispatcher.DispatchAsync(dispatcher.CreateFromText(line, Profiles.Context("後藤")), CancellationToken.None).AsTask();

    [Fact]
    public async Task Members_BareWords_ReadAsPrefectureSectorAndKeyword()
    {
        var (dispatcher, _) = await CreateSut(
            Profiles.Make("あ", prefecture: "06", sector: "municipal", interests: ["交通"]),
            Profiles.Make("い", prefecture: "06", sector: "private", interests: ["交通"]),
            Profiles.Make("う", prefecture: "06", sector: "municipal", interests: ["防災"]),
            Profiles.Make("え", prefecture: "04", sector: "municipal", interests: ["交通"]));

        var text = ReplyText.Of(await Run(dispatcher, "/members 山形 市区町村 交通"));

        Assert.Contains("**あ**", text);
        Assert.DoesNotContain("**い**", text);
        Assert.DoesNotContain("**う**", text);
        Assert.DoesNotContain("**え**", text);
    }

    [Fact]
    public async Task Members_Line_ShowsNameAffiliationPrefectureAndAFewInterests()
    {
        var (dispatcher, _) = await CreateSut(
            Profiles.Make("山田 太郎", prefecture: "06", affiliation: "○○市 企画課", interests: ["交通政策", "行政評価", "サウナ", "登山"]));

        var text = ReplyText.Of(await Run(dispatcher, "/members"));

        Assert.Contains("**山田 太郎**（○○市 企画課・山形県） 交通政策、行政評価、サウナ ほか", text);
        Assert.DoesNotContain("登山", text);
    }

    [Fact]
    public async Task Members_MoreThanAPage_OffersTheNextPageWithTheSameSearch()
    {
        var (dispatcher, _) = await CreateSut(Enumerable.Range(1, 12).Select(i => Profiles.Make($"m{i:D2}", prefecture: "06", interests: ["防災"])).ToArray());

        var first = await Run(dispatcher, "/members 山形 防災");
        var next = ReplyText.Buttons(first).Single();
        var second = await Run(dispatcher, next.Command);

        Assert.Equal("/members prefecture:06 keyword:\"防災\" page:2", next.Command);
        Assert.Equal(10, ReplyText.Of(first).Split('\n').Count(l => l.StartsWith("- ", StringComparison.Ordinal)));
        Assert.Equal(2, ReplyText.Of(second).Split('\n').Count(l => l.StartsWith("- ", StringComparison.Ordinal)));
        Assert.Contains("/members prefecture:06 keyword:\"防災\" page:1", ReplyText.Of(second));
        Assert.Contains("2/2ページ", ReplyText.Of(second));
    }

    [Fact]
    public async Task Members_UnknownPrefectureOption_SaysSoWithTheNearest()
    {
        var (dispatcher, _) = await CreateSut(Profiles.Make("あ"));

        var text = ReplyText.Of(await Run(dispatcher, "/members prefecture:やまがt"));

        Assert.Contains("「やまがt」が見つかりませんでした", text);
        Assert.Contains("山形県", text);
    }

    [Fact]
    public async Task Members_UnknownSectorOption_SaysSoWithTheNearest()
    {
        var (dispatcher, _) = await CreateSut(Profiles.Make("あ"));

        var text = ReplyText.Of(await Run(dispatcher, "/members sector:prefectual"));

        Assert.Contains("prefectual", text);
        Assert.Contains("都道府県職員（prefectural）", text);
    }

    [Fact]
    public async Task Members_BadPage_Refused()
    {
        var (dispatcher, _) = await CreateSut(Profiles.Make("あ"));

        Assert.Contains("page:2", ReplyText.Of(await Run(dispatcher, "/members page:zero")));
    }

    [Fact]
    public async Task Members_NobodyYet_InvitesToIntroduce()
    {
        var (dispatcher, _) = await CreateSut();

        var reply = await Run(dispatcher, "/members");

        Assert.Contains("最初の一人", ReplyText.Of(reply));
        Assert.Contains(ReplyText.Buttons(reply), b => b.Command == "/introduce");
    }

    [Fact]
    public async Task Members_NoMatch_SaysWhatWasSearched()
    {
        var (dispatcher, _) = await CreateSut(Profiles.Make("あ"));

        Assert.Contains("「ねこ」", ReplyText.Of(await Run(dispatcher, "/members ねこ")));
    }

    [Fact]
    public async Task Members_MentionTextInKeyword_NotEchoedAsMention()
    {
        var (dispatcher, _) = await CreateSut(Profiles.Make("あ"));

        Assert.DoesNotContain("@everyone", ReplyText.Of(await Run(dispatcher, "/members @everyone")), StringComparison.Ordinal);
    }
}
