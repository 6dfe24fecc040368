using Microsoft.Extensions.Time.Testing;
using Moq;
using NetworkBot.Core.Onboarding;
using NetworkBot.Core.Platform;
using NetworkBot.Core.Tests.Members.Fakes;

namespace NetworkBot.Core.Tests.Onboarding;

public class WelcomeServiceTests
{
    private static readonly MemberRef Newcomer = new("slack:T1:U9", "新人");

    private readonly InMemoryMemberStore _store = new();
    private readonly Mock<IChatSender> _sender = new();

    private WelcomeService CreateSut() => new(_store, _sender.Object, new FakeTimeProvider(Profiles.Now));

    [Fact]
    public async Task GreetIfNewAsync_FirstTime_SendsAWelcomeWithTheInvitationToIntroduce()
    {
        OutgoingMessage? sent = null;
        _sender.Setup(s => s.SendAsync(It.IsAny<OutgoingMessage>(), It.IsAny<CancellationToken>()))
            .Callback<OutgoingMessage, CancellationToken>((m, _) => sent = m).Returns(ValueTask.CompletedTask);

        var greeted = await CreateSut().GreetIfNewAsync(Newcomer, Language.Ja, CancellationToken.None);

        Assert.True(greeted);
        Assert.Equal(Newcomer, sent!.ToMember);
        var text = ReplyText.Of(sent.Content);
        Assert.Contains("新人さん、はじめまして！ようこそ。", text);
        Assert.Contains("47都道府県マップ", text);
        Assert.Contains(ReplyText.Buttons(sent.Content), b => b.Command == "/introduce");
    }

    [Fact]
    public async Task GreetIfNewAsync_SecondTime_SendsNothing()
    {
        var sut = CreateSut();
        await sut.GreetIfNewAsync(Newcomer, Language.Ja, CancellationToken.None);

        var again = await sut.GreetIfNewAsync(Newcomer, Language.Ja, CancellationToken.None);

        Assert.False(again);
        _sender.Verify(s => s.SendAsync(It.IsAny<OutgoingMessage>(), It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public async Task GreetIfNewAsync_MemberAlreadyIntroduced_SendsNothing()
    {
        await _store.SaveAsync(Profiles.Make("新人", id: Newcomer.Id), CancellationToken.None);

        Assert.False(await CreateSut().GreetIfNewAsync(Newcomer, Language.Ja, CancellationToken.None));
        _sender.VerifyNoOtherCalls();
    }

    [Fact]
    public async Task GreetIfNewAsync_English_GreetsInEnglish()
    {
        OutgoingMessage? sent = null;
        _sender.Setup(s => s.SendAsync(It.IsAny<OutgoingMessage>(), It.IsAny<CancellationToken>()))
            .Callback<OutgoingMessage, CancellationToken>((m, _) => sent = m).Returns(ValueTask.CompletedTask);

        await CreateSut().GreetIfNewAsync(Newcomer, Language.En, CancellationToken.None);

        Assert.Contains("Welcome, 新人!", ReplyText.Of(sent!.Content));
    }
}
