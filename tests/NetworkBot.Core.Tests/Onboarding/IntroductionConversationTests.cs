using Microsoft.Extensions.Time.Testing;
using Moq;
using NetworkBot.Core.Commands;
using NetworkBot.Core.Conversations;
using NetworkBot.Core.Members;
using NetworkBot.Core.Onboarding;
using NetworkBot.Core.Platform;
using NetworkBot.Core.Replies;
using NetworkBot.Core.Settings;
using NetworkBot.Core.Tests.Members.Fakes;

namespace NetworkBot.Core.Tests.Onboarding;

public class IntroductionConversationTests
{
    private readonly InMemoryMemberStore _store = new();
    private readonly FakeTimeProvider _time = new(Profiles.Now);
    private readonly Mock<IChatSender> _sender = new();
    private readonly List<OutgoingMessage> _sent = [];
    private readonly ConversationStore _conversations;
    private readonly MemberDirectory _directory;
    private readonly CommandDispatcher _dispatcher;

    public IntroductionConversationTests()
    {
        _sender.Setup(s => s.SendAsync(It.IsAny<OutgoingMessage>(), It.IsAny<CancellationToken>()))
            .Callback<OutgoingMessage, CancellationToken>((m, _) => _sent.Add(m))
            .Returns(ValueTask.CompletedTask);
        _conversations = new ConversationStore(_time);
        _directory = new MemberDirectory(_store);
        var profiles = new ProfileService(_store, _directory, _time);
        var publisher = new IntroductionPublisher(_sender.Object, BotSettings.Default);
        var starter = new IntroductionStarter(_conversations, profiles, publisher, _time);
        _dispatcher = new CommandDispatcher(
        [
            new IntroduceCommand(starter, profiles, publisher, _time), new ProfileEditCommand(profiles, starter, _time),
        ]);
    }

    private static readonly CommandContext Goto = Profiles.Context("後藤");

    private static readonly CommandContext OnDiscord = new(new MemberRef("discord:G1:U2", "後藤"), new ChannelRef("discord:G1:C3"), Language.Ja, false);

    private async Task<BotReply> CommandAsync(string line, CommandContext? context = null) =>
        await _dispatcher.DispatchAsync(_dispatcher.CreateFromText(line, context ?? Goto), CancellationToken.None);

    private async Task<BotReply?> SayAsync(string text) => await _conversations.ContinueAsync(Goto, text, CancellationToken.None);

    private async Task AnswerAllAsync(params string[] answers)
    {
        foreach (var answer in answers) await SayAsync(answer);
    }

    [Fact]
    public async Task Introduce_Confirmed_SavesTheProfileAndPostsTheCardToTheIntroductionsChannel()
    {
        await CommandAsync("/introduce");
        await AnswerAllAsync("後藤 健", "ごとう けん", "山形県酒田市", "山形", "1", "○○市", "", "交通政策", "自主研 @everyone <!channel>", "", "", "夢", "");

        var last = await SayAsync("はい");

        Assert.False(_conversations.IsActive(Goto.Invoker.Id));
        var saved = Assert.Single(_store.Profiles);
        Assert.Equal("後藤 健", saved.DisplayName);
        Assert.Equal(Profiles.Now, saved.IntroducedAt);
        var post = Assert.Single(_sent);
        Assert.Equal("console:introductions", post.ToChannel!.Id);
        Assert.Equal(ReplyVisibility.Channel, post.Content.Visibility);
        var card = ReplyText.Of(post.Content);
        Assert.Contains("後藤 健", card);
        Assert.Contains("山形県から後藤 健さんが参加されました", card);
        // Ordinal: a culture-aware comparison ignores the zero-width space that breaks the mention.
        Assert.DoesNotContain("@everyone", card, StringComparison.Ordinal);
        Assert.DoesNotContain("<!channel>", card, StringComparison.Ordinal);
        Assert.Contains("投稿しました", ReplyText.Of(last!));
        Assert.Single((await _directory.SearchAsync(new DirectoryQuery(null, null, ["交通政策"]), CancellationToken.None)).Entries);
    }

    [Fact]
    public async Task Introduce_Cancelled_SavesAndPostsNothing()
    {
        await CommandAsync("/introduce");
        await AnswerAllAsync("後藤 健", "ごとう");

        var reply = await SayAsync("/cancel");

        Assert.Contains("何も保存していません", ReplyText.Of(reply!));
        Assert.Empty(_store.Profiles);
        Assert.Empty(_sent);
        Assert.False(_conversations.IsActive(Goto.Invoker.Id));
    }

    [Fact]
    public async Task Introduce_EachQuestion_HasAnExampleAndButtonsToSkipGoBackAndStop()
    {
        await CommandAsync("/introduce");

        var second = await SayAsync("後藤");

        var text = ReplyText.Of(second!);
        Assert.Contains("【2/13】", text);
        Assert.Contains("例: やまだ たろう", text);
        Assert.Equal(["/skip", "/back", "/cancel"], ReplyText.Buttons(second!).Select(b => b.Command));
    }

    [Fact]
    public async Task Introduce_AffiliationQuestion_FollowsTheChosenSector()
    {
        await CommandAsync("/introduce");
        await AnswerAllAsync("後藤", "", "", "");

        var affiliation = await SayAsync("private");

        Assert.Contains("会社名・屋号（任意）", ReplyText.Of(affiliation!));
    }

    [Fact]
    public async Task ProfileEdit_Flow_PrefilledSavesWithoutPosting()
    {
        await _store.SaveAsync(Profiles.Make("後藤", prefecture: "06", interests: ["交通"]), CancellationToken.None);
        var start = await CommandAsync("/profile edit");
        Assert.Contains("いまの内容: 後藤", ReplyText.Of(start));

        var answers = Enumerable.Repeat("", IntroductionQuestions.All.Count).ToList();
        answers[3] = "宮城";
        await AnswerAllAsync([.. answers]);
        await SayAsync("はい");

        var saved = Assert.Single(_store.Profiles);
        Assert.Equal("04", saved.PrefectureCode);
        Assert.Equal(["交通"], saved.Interests);
        Assert.Null(saved.IntroducedAt);
        Assert.Empty(_sent);
    }

    [Fact]
    public async Task Introduce_OnAChatPlatform_OpensAllQuestionsAsOnePrefilledForm()
    {
        await _store.SaveAsync(Profiles.Make("後藤", prefecture: "06", sector: "municipal", id: OnDiscord.Invoker.Id), CancellationToken.None);

        var reply = await CommandAsync("/introduce", OnDiscord);

        var form = reply.Form!;
        Assert.False(_conversations.IsActive(OnDiscord.Invoker.Id));
        Assert.Equal("/introduce", form.SubmitCommand);
        Assert.Equal(IntroductionQuestions.All.Select(q => q.Key), form.Fields.Select(f => f.Key));
        Assert.Equal("山形県", form.Fields.Single(f => f.Key == ProfileFields.Prefecture).Value);
        Assert.Equal("municipal", form.Fields.Single(f => f.Key == ProfileFields.Sector).Value);
        Assert.Equal(9, form.Fields.Single(f => f.Key == ProfileFields.Sector).Choices!.Count);
        Assert.All(IntroductionForms.Pages(form), page => Assert.InRange(page.Fields.Count, 1, 5));
        Assert.Equal(form.Fields.Count, IntroductionForms.Pages(form).Sum(p => p.Fields.Count));
    }

    [Fact]
    public async Task ProfileEdit_OnAChatPlatform_OpensTheFormThatSubmitsToProfileEdit()
    {
        var reply = await CommandAsync("/profile edit", OnDiscord);

        Assert.Equal("/profile edit", reply.Form!.SubmitCommand);
        Assert.Equal("後藤", reply.Form.Fields.Single(f => f.Key == ProfileFields.Name).Value);
    }

    [Fact]
    public async Task Introduce_AllAnswersAtOnceWhereNoIntroductionsChannelIsSet_SavesAndSaysNothingWasPosted()
    {
        var reply = await CommandAsync("/introduce name:\"後藤 健\" prefecture:山形 sector:municipal interests:\"交通政策,行政評価\"", OnDiscord);

        var saved = Assert.Single(_store.Profiles);
        Assert.Equal("06", saved.PrefectureCode);
        Assert.Equal(["交通政策", "行政評価"], saved.Interests);
        Assert.Empty(_sent);
        Assert.Contains("投稿はしていません", ReplyText.Of(reply));
    }

    [Fact]
    public async Task Introduce_WithAllAnswersAtOnceInTheConsole_PostsToTheConsoleChannel()
    {
        await CommandAsync("/introduce name:\"後藤 健\" prefecture:山形");

        Assert.Equal("console:introductions", Assert.Single(_sent).ToChannel!.Id);
    }

    [Fact]
    public async Task Introduce_WithABadAnswer_SavesAndPostsNothing()
    {
        var reply = await CommandAsync("/introduce name:\"後藤\" prefecture:ムー大陸");

        Assert.Contains("ムー大陸", ReplyText.Of(reply));
        Assert.Empty(_store.Profiles);
        Assert.Empty(_sent);
    }
}
