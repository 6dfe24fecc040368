using NetworkBot.Core.Replies;
using NetworkBot.Messaging;

namespace NetworkBot.Tests.Messaging;

public class RenderedRepliesTests
{
    private readonly RenderedReplies<(string Language, bool Private), string> _kept = new();
    private int _renders;

    [Fact]
    public void GetOrRender_SameReplyAndShape_RendersOnce()
    {
        var reply = BotReply.PrivateText("今後のイベント");

        var first = _kept.GetOrRender(reply, ("ja", true), this, static test => test.Render());
        var second = _kept.GetOrRender(reply, ("ja", true), this, static test => test.Render());

        Assert.Same(first, second);
        Assert.Equal(1, _renders);
    }

    [Fact]
    public void GetOrRender_OtherShapeOrAnEqualButNewReply_RendersAgain()
    {
        var reply = BotReply.PrivateText("今後のイベント");
        _kept.GetOrRender(reply, ("ja", true), this, static test => test.Render());

        _kept.GetOrRender(reply, ("en", true), this, static test => test.Render());
        _kept.GetOrRender(reply, ("ja", false), this, static test => test.Render());
        _kept.GetOrRender(BotReply.PrivateText("今後のイベント"), ("ja", true), this, static test => test.Render());

        Assert.Equal(4, _renders);
    }

    private string Render() => $"rendering {++_renders}";
}
