using NetworkBot.Tests.Support;

namespace NetworkBot.Tests.Console;

/// <summary>The console as a newcomer uses it: commands piped into the real program, replies read back.</summary>
public sealed class ConsoleEndToEndTests : IDisposable
{
    private readonly TempDataFile _file = new();

    public ConsoleEndToEndTests() => Directory.CreateDirectory(Path.GetDirectoryName(_file.Path)!);

    public void Dispose() => _file.Dispose();

    [Fact]
    public async Task Console_OrganizerCreatesMembersJoinAndLeave_SameFileAcrossRunsAndPromotionIsPrinted()
    {
        var organizer = await BotProcess.RunConsoleAsync(_file.Path,
            "/event create title:\"第1回 まちづくり勉強会\" start:\"2099/12/5 14:00\" doors:13:40 capacity:1 venue:\"山形市民会館\"\n/events\n",
            "--as", "運営", "--organizer");

        Assert.Equal(0, organizer.ExitCode);
        Assert.Contains("「第1回 まちづくり勉強会」を作成しました（番号 1）", organizer.Output);
        Assert.Contains("2099年12月5日(土) 14:00開始（13:40開場）", organizer.Output);
        Assert.Contains("[参加する] /join 1", organizer.Output);

        var first = await BotProcess.RunConsoleAsync(_file.Path, "/join 1\n", "--as", "後藤");
        Assert.Contains("後藤さん、「第1回 まちづくり勉強会」への参加登録ありがとうございます！", first.Output);

        var second = await BotProcess.RunConsoleAsync(_file.Path, "/join 1\n/join 1\n", "--as", "佐藤");
        Assert.Contains("補欠（1番目）で登録しました", second.Output);
        Assert.Contains("補欠（1番目）で登録済みです", second.Output);

        var leave = await BotProcess.RunConsoleAsync(_file.Path, "/leave 1\n", "--as", "後藤");
        Assert.Contains("キャンセルを受け付けました", leave.Output);
        Assert.Contains("📨 佐藤 (DM)", leave.Output);
        Assert.Contains("佐藤さんは「第1回 まちづくり勉強会」の参加者に繰り上がりました", leave.Output);
    }

    [Fact]
    public async Task Console_BadInputAndMemberAskingForOrganizerCommand_PoliteRefusalsAndNothingStored()
    {
        var run = await BotProcess.RunConsoleAsync(_file.Path,
            "/event create title:x start:2099-12-05\n/frobnicate\n/events\n", "--as", "後藤");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("/event create は運営メンバー専用のコマンドです", run.Output);
        Assert.Contains("「/frobnicate」というコマンドはありません", run.Output);
        Assert.Contains("いま予定されているイベントはありません", run.Output);
        Assert.DoesNotContain("Exception", run.Output + run.Errors);
    }

    [Fact]
    public async Task Console_FormWithoutArguments_AsksFieldByFieldAndCreates()
    {
        var answers = string.Join("\n", "/event create", "ミニ勉強会「防災」", "mini", "2099-12-05 19:00", "20:30", "", "", "https://meet.example.jp/x",
            "", "無料", "", "", "", "", "", "", "", "") + "\n/events\n";

        var run = await BotProcess.RunConsoleAsync(_file.Path, answers, "--as", "運営", "--organizer", "--lang", "en");

        Assert.Contains("Create an event: I will ask one field at a time", run.Output);
        Assert.Contains("Created \"ミニ勉強会「防災」\" (event 1)", run.Output);
        Assert.Contains("Mini study session", run.Output);
        Assert.Contains("https://meet.example.jp/x", run.Output);
    }

    [Fact]
    public async Task Console_WhileAnotherProcessHoldsTheFile_SaysWhatToDo()
    {
        using var held = new NetworkBot.Storage.LiteDbContext(_file.Path);

        var run = await BotProcess.RunConsoleAsync(_file.Path, "/events\n", "--as", "後藤");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("in use by another NetworkBot process", run.Errors);
    }
}
