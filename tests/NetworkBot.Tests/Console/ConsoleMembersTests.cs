using NetworkBot.Console;
using NetworkBot.Tests.Support;

namespace NetworkBot.Tests.Console;

/// <summary>The guided introduction, profiles and the directory, driven through the real console entry point.</summary>
public sealed class ConsoleMembersTests : IDisposable
{
    private readonly TempDataFile _file = new();

    public void Dispose() => _file.Dispose();

    private async Task<string> RunAsync(string name, bool organizer, params string[] lines)
    {
        var args = new List<string> { $"--Storage:Path={_file.Path}", "--as", name };
        if (organizer) args.Add("--organizer");
        using var output = new StringWriter();
        var exit = await ConsoleApp.RunAsync([.. args], new StringReader(string.Join("\n", lines) + "\n"), output, interactive: false);
        Assert.Equal(0, exit);
        return output.ToString();
    }

    private static readonly string[] Introduction =
    [
        "/introduce",
        "後藤 健", "ゴトウ ケン", "山形県酒田市", "やまがた", "1", "○○市 企画課", "地域交通の担当です", "交通政策、行政評価、サウナ",
        "自主研「やまがた未来塾」 @everyone", "", "", "47都道府県すべてに友だちをつくること！", "ken@example.jp",
        "はい",
    ];

    [Fact]
    public async Task Introduce_AnsweredLineByLine_PostsTheCardAndSavesTheProfile()
    {
        var output = await RunAsync("後藤", false, [.. Introduction, "/profile"]);

        Assert.Contains("【1/13】お名前を教えてください", output);
        Assert.Contains("【13/13】受付用のメールアドレス", output);
        Assert.Contains("■ この内容でよろしいですか？", output);
        var card = output[output.IndexOf("📣 #introductions", StringComparison.Ordinal)..];
        card = card[..card.IndexOf("\n\n", StringComparison.Ordinal)];
        Assert.Contains("山形県から後藤 健さんが参加されました", card);
        Assert.Contains("自主研「やまがた未来塾」", card);
        Assert.DoesNotContain("@everyone", card, StringComparison.Ordinal);
        Assert.Contains("■ 後藤 健さん（ごとう けん）", output);
        Assert.Contains("ken@example.jp（運営メンバーにだけ表示されます）", output);
    }

    [Fact]
    public async Task FirstCommandOfANewName_BringsTheWelcomeOnce()
    {
        var first = await RunAsync("新人", false, "/help", "/help");
        var second = await RunAsync("新人", false, "/help");

        Assert.Equal(1, CountOf(first, "新人さん、はじめまして！ようこそ。"));
        Assert.Contains("📨 新人 (DM)", first);
        Assert.DoesNotContain("はじめまして", second);
    }

    [Fact]
    public async Task Cancel_MidIntroduction_SavesNothing()
    {
        var output = await RunAsync("後藤", false, "/introduce", "後藤 健", "/cancel", "/profile");

        Assert.Contains("何も保存していません", output);
        Assert.Contains("まだプロフィールがありません", output);
        Assert.DoesNotContain("📣", output);
    }

    [Fact]
    public async Task EmptyLine_SkipsAnOptionalQuestion_AndBackReturns()
    {
        var output = await RunAsync("後藤", false, "/introduce", "後藤 健", "", "/back", "ごとう けん", "/cancel");

        Assert.Equal(2, CountOf(output, "【2/13】"));
        Assert.Contains("【3/13】", output);
    }

    [Fact]
    public async Task OtherMembers_SeeTheProfileWithoutEmail_OrganizersWithIt()
    {
        await RunAsync("後藤", false, Introduction);

        var member = await RunAsync("佐藤", false, "/profile 後藤 健", "/members 交通", "/members map");
        var organizer = await RunAsync("運営", true, "/profile 後藤 健");

        Assert.Contains("好きなこと・関心: 交通政策、行政評価、サウナ", member);
        Assert.DoesNotContain("ken@example.jp", member);
        Assert.Contains("- 後藤 健（○○市 企画課・山形県） 交通政策、行政評価、サウナ", member);
        Assert.Contains("47都道府県マップ（1/47）", member);
        Assert.Contains("ken@example.jp", organizer);
    }

    [Fact]
    public async Task ProfileDelete_Confirmed_RemovesTheMemberFromTheDirectory()
    {
        await RunAsync("後藤", false, Introduction);

        var output = await RunAsync("後藤", false, "/profile delete", "/profile delete confirm:yes", "/members");

        Assert.Contains("[削除する] /profile delete confirm:yes", output);
        Assert.Contains("削除しました", output);
        Assert.Contains("まだ誰も自己紹介していません", output);
    }

    [Fact]
    public async Task Introduce_AllAnswersAsOptions_SavedAndPostedAtOnce()
    {
        var output = await RunAsync("後藤", false, "/introduce name:\"後藤 健\" prefecture:山形 sector:1 interests:\"交通政策,行政評価\"", "/profile");

        Assert.Contains("📣 #introductions", output);
        Assert.Contains("都道府県: 山形県", output);
        Assert.Contains("区分: 市区町村職員", output);
    }

    private static int CountOf(string text, string part) =>
        (text.Length - text.Replace(part, "", StringComparison.Ordinal).Length) / part.Length;
}
