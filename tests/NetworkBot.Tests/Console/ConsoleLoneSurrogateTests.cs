using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using NetworkBot.Core.Events;
using NetworkBot.Core.Localization;
using NetworkBot.Core.Members;
using NetworkBot.Tests.Scheduling;
using NetworkBot.Tests.Support;

namespace NetworkBot.Tests.Console;

/// <summary>
/// Text holding half a surrogate pair (a Slack or Discord JSON <c>"\ud800"</c>, typed text cut mid-character), typed
/// through the console into the commands that store or search member text: a normal answer, the text stored with
/// U+FFFD in place of the broken character, and no error logged.
/// </summary>
public sealed class ConsoleLoneSurrogateTests : IAsyncLifetime
{
    /// <summary>"山田" broken in each way, and what it is stored as. Built here: test runners mangle lone surrogates in theory data.</summary>
    private static readonly Dictionary<string, (string Typed, string Stored)> Broken = new()
    {
        ["high alone"] = ("山" + '\ud842' + "田", "山\ufffd田"),
        ["low alone"] = ("山" + '\udfb7' + "田", "山\ufffd田"),
        ["reversed pair"] = ("山" + '\udfb7' + '\ud842' + "田", "山\ufffd\ufffd田"),
        ["at end"] = ("山田" + '\ud842', "山田\ufffd"),
    };

    private readonly TempDataFile _file = new();
    private TestBot _bot = null!;

    public static TheoryData<string> Cases => [.. Broken.Keys];

    public async Task InitializeAsync() => _bot = await TestBot.StartAsync(_file.Path, new FakeTimeProvider(TestEvents.Now));

    public async Task DisposeAsync()
    {
        await _bot.DisposeAsync();
        _file.Dispose();
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Introduce_GuidedAnswersWithLoneSurrogates_SavedRepaired(string name)
    {
        var (typed, stored) = Broken[name];

        var output = await _bot.TypeAsync("後藤", false,
            "/introduce", typed + " 健", "", typed, "山形", "1", typed + "市 企画課", "", "交通政策、" + typed, "", "", "", "", "", "はい");

        AssertAnsweredCalmly(output);
        Assert.Contains(_bot.Sender.Delivered, d => d.Text.Contains($"山形県から{stored} 健さんが参加されました", StringComparison.Ordinal));
        var profile = await ProfileAsync("後藤");
        Assert.Equal(stored + " 健", profile.DisplayName);
        Assert.Equal(stored, profile.Hometown);
        Assert.Equal(stored + "市 企画課", profile.Affiliation);
        Assert.Equal(["交通政策", stored], profile.Interests);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Introduce_AllAnswersAsOptionsWithLoneSurrogates_SavedRepaired(string name)
    {
        var (typed, stored) = Broken[name];

        var output = await _bot.TypeAsync("後藤", false, $"/introduce name:\"{typed}\" prefecture:山形 sector:1 message:\"{typed}\"");

        AssertAnsweredCalmly(output);
        Assert.Contains(_bot.Sender.Delivered, d => d.Text.Contains($"山形県から{stored}さんが参加されました", StringComparison.Ordinal));
        var profile = await ProfileAsync("後藤");
        Assert.Equal(stored, profile.DisplayName);
        Assert.Equal(stored, profile.Message);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task ProfileEdit_FieldsWithLoneSurrogates_SavedRepaired(string name)
    {
        var (typed, stored) = Broken[name];

        var output = await _bot.TypeAsync("後藤", false, $"/profile edit affiliation:\"{typed}\" hometown:{typed} interests:\"{typed},交通\"");

        AssertAnsweredCalmly(output);
        Assert.Contains("所属: " + stored, output);
        var profile = await ProfileAsync("後藤");
        Assert.Equal(stored, profile.Affiliation);
        Assert.Equal(stored, profile.Hometown);
        Assert.Equal([stored, "交通"], profile.Interests);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Members_SearchWithLoneSurrogates_FindsWhatTheRestOfTheWordsMatch(string name)
    {
        var (typed, _) = Broken[name];
        await _bot.TypeAsync("後藤", false, "/introduce name:\"後藤 健\" prefecture:山形 sector:1 interests:\"山田線の交通政策\"");

        var output = await _bot.TypeAsync("佐藤", false, "/members " + typed, "/members " + typed + "線 山形");

        AssertAnsweredCalmly(output);
        Assert.Equal(2, output.Split("- 後藤 健（").Length - 1);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task EventCreate_TitleWithLoneSurrogates_CreatedWithTheTitleRepaired(string name)
    {
        var (typed, stored) = Broken[name];

        var output = await _bot.TypeAsync("運営", true,
            $"/event create title:\"{typed}勉強会\" start:\"2026-12-05 14:00\" venue:\"{typed}会館\" capacity:30", "/event show 1");

        AssertAnsweredCalmly(output);
        Assert.Contains($"{stored}勉強会", output);
        var created = await _bot.Services.GetRequiredService<IEventRepository>().GetAsync(1, CancellationToken.None);
        Assert.Equal(stored + "勉強会", created?.Title);
        Assert.Equal(stored + "会館", created?.Venue);
    }

    private async Task<MemberProfile> ProfileAsync(string member) =>
        await _bot.Services.GetRequiredService<IMemberRepository>().GetAsync($"console:{member}", CancellationToken.None)
        ?? throw new InvalidOperationException("no profile was saved");

    /// <summary>Neither the generic failure reply nor an error in the log.</summary>
    private void AssertAnsweredCalmly(string output)
    {
        Assert.DoesNotContain(Texts.For(Core.Platform.Language.Ja).SomethingWentWrong, output);
        Assert.DoesNotContain(_bot.Logs.Lines, line => line.StartsWith("Error", StringComparison.Ordinal) || line.StartsWith("Critical", StringComparison.Ordinal));
    }
}
