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

namespace NetworkBot.Core.Tests.Members;

public class ProfileCommandsTests
{
    private readonly InMemoryMemberStore _store = new();
    private readonly FakeTimeProvider _time = new(Profiles.Now);
    private readonly Mock<IChatSender> _sender = new();

    private CommandDispatcher CreateSut()
    {
        var directory = new MemberDirectory(_store);
        var profiles = new ProfileService(_store, directory, _time);
        var starter = new IntroductionStarter(new ConversationStore(_time), profiles, new IntroductionPublisher(_sender.Object, BotSettings.Default), _time);
        return new CommandDispatcher([new ProfileShowCommand(profiles, directory), new ProfileEditCommand(profiles, starter, _time)]);
    }

    private async Task<string> Run(CommandDispatcher dispatcher, string line, CommandContext context) =>
        ReplyText.Of(await dispatcher.DispatchAsync(dispatcher.CreateFromText(line, context), CancellationToken.None));

    private async Task SeedGotoAsync() =>
        await _store.SaveAsync(Profiles.Make("後藤", kana: "ごとう", prefecture: "06", affiliation: "○○市", email: "goto@example.jp"), CancellationToken.None);

    [Fact]
    public async Task Profile_AnotherMember_SeesEverythingButTheEmail()
    {
        await SeedGotoAsync();

        var text = await Run(CreateSut(), "/profile 後藤", Profiles.Context("佐藤"));

        Assert.Contains("○○市", text);
        Assert.DoesNotContain("goto@example.jp", text);
        Assert.DoesNotContain("/profile delete", text);
    }

    [Fact]
    public async Task Profile_Organizer_SeesTheEmail()
    {
        await SeedGotoAsync();

        var text = await Run(CreateSut(), "/profile ごとう", Profiles.Context("運営", organizer: true));

        Assert.Contains("goto@example.jp", text);
    }

    [Fact]
    public async Task Profile_Own_ShowsTheEmailAndTheEditButtons()
    {
        await SeedGotoAsync();

        var text = await Run(CreateSut(), "/profile", Profiles.Context("後藤"));

        Assert.Contains("goto@example.jp", text);
        Assert.Contains("/profile edit", text);
        Assert.Contains("/profile delete", text);
    }

    [Fact]
    public async Task Profile_ByMemberIdAsButtonsCarryIt_Found()
    {
        await SeedGotoAsync();

        var text = await Run(CreateSut(), ProfileShowCommand.ProfileCommandText("console:後藤"), Profiles.Context("佐藤"));

        Assert.Contains("後藤さん（ごとう）", text);
    }

    [Fact]
    public async Task Profile_Unknown_PointsToTheDirectory()
    {
        var text = await Run(CreateSut(), "/profile 誰か", Profiles.Context("佐藤"));

        Assert.Contains("/members 誰か", text);
    }

    [Fact]
    public async Task Profile_NoneYet_InvitesToIntroduce()
    {
        var text = await Run(CreateSut(), "/profile", Profiles.Context("佐藤"));

        Assert.Contains("[自己紹介する] /introduce", text);
    }

    [Fact]
    public async Task ProfileEdit_KeyValues_SavedAndFoundInTheDirectory()
    {
        var dispatcher = CreateSut();

        var text = await Run(dispatcher, "/profile edit prefecture:山形 sector:municipal interests:\"交通政策,行政評価\"", Profiles.Context("後藤"));
        var found = await Run(dispatcher, "/profile 後藤", Profiles.Context("佐藤"));

        Assert.Contains("作成しました", text);
        var saved = Assert.Single(_store.Profiles);
        Assert.Equal("06", saved.PrefectureCode);
        Assert.Equal(["交通政策", "行政評価"], saved.Interests);
        Assert.Contains("交通政策、行政評価", found);
    }

    [Fact]
    public async Task ProfileEdit_BadValue_ChangesNothing()
    {
        await SeedGotoAsync();

        var text = await Run(CreateSut(), $"/profile edit affiliation:\"{new string('x', 101)}\" prefecture:宮城", Profiles.Context("後藤"));

        Assert.Contains("100文字", text);
        Assert.Equal("06", _store.Profiles.Single().PrefectureCode);
    }

    [Fact]
    public async Task ProfileEdit_NoOptions_StartsTheFlowPrefilled()
    {
        await SeedGotoAsync();

        var text = await Run(CreateSut(), "/profile edit", Profiles.Context("後藤"));

        Assert.Contains("プロフィールを編集します", text);
        Assert.Contains("いまの内容: 後藤", text);
    }
}
