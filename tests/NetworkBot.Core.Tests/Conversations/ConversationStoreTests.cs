using Microsoft.Extensions.Time.Testing;
using NetworkBot.Core.Commands;
using NetworkBot.Core.Conversations;
using NetworkBot.Core.Replies;
using NetworkBot.Core.Tests.Members.Fakes;

namespace NetworkBot.Core.Tests.Conversations;

public class ConversationStoreTests
{
    private sealed class Echo(int turns) : IConversation
    {
        private int _seen;

        public BotReply Start() => BotReply.PrivateText("start");

        public ValueTask<ConversationTurn> ContinueAsync(string text, CommandContext context, CancellationToken cancellationToken) =>
            ValueTask.FromResult(new ConversationTurn(BotReply.PrivateText("echo " + text), ++_seen >= turns));
    }

    private static readonly CommandContext Member = Profiles.Context("後藤");

    [Fact]
    public async Task ContinueAsync_NoConversation_ReturnsNull()
    {
        var store = new ConversationStore(new FakeTimeProvider());

        Assert.Null(await store.ContinueAsync(Member, "hello", CancellationToken.None));
    }

    [Fact]
    public async Task ContinueAsync_UntilFinished_ThenTheMemberIsFree()
    {
        var store = new ConversationStore(new FakeTimeProvider());
        store.Begin(Member.Invoker.Id, new Echo(turns: 2));

        var first = await store.ContinueAsync(Member, "a", CancellationToken.None);
        Assert.True(store.IsActive(Member.Invoker.Id));
        await store.ContinueAsync(Member, "b", CancellationToken.None);

        Assert.Contains("echo a", ReplyText.Of(first!));
        Assert.False(store.IsActive(Member.Invoker.Id));
    }

    [Fact]
    public async Task ContinueAsync_AfterTheIdleTimeout_ConversationForgotten()
    {
        var time = new FakeTimeProvider();
        var store = new ConversationStore(time);
        store.Begin(Member.Invoker.Id, new Echo(turns: 5));

        time.Advance(ConversationStore.IdleTimeout + TimeSpan.FromSeconds(1));

        Assert.False(store.IsActive(Member.Invoker.Id));
        Assert.Null(await store.ContinueAsync(Member, "late", CancellationToken.None));
    }

    [Fact]
    public async Task ContinueAsync_ActivityWithinTheTimeout_KeepsItAlive()
    {
        var time = new FakeTimeProvider();
        var store = new ConversationStore(time);
        store.Begin(Member.Invoker.Id, new Echo(turns: 5));

        time.Advance(TimeSpan.FromMinutes(20));
        await store.ContinueAsync(Member, "a", CancellationToken.None);
        time.Advance(TimeSpan.FromMinutes(20));

        Assert.True(store.IsActive(Member.Invoker.Id));
    }

    [Fact]
    public void Begin_AnotherMember_Unaffected()
    {
        var store = new ConversationStore(new FakeTimeProvider());

        store.Begin(Member.Invoker.Id, new Echo(1));

        Assert.False(store.IsActive("console:佐藤"));
    }
}
