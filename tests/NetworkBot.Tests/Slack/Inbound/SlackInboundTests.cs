using Microsoft.Extensions.Time.Testing;
using NetworkBot.Core.Commands;
using NetworkBot.Slack;
using NetworkBot.Slack.Inbound;
using NetworkBot.Tests.Support;

namespace NetworkBot.Tests.Slack.Inbound;

public sealed class SlackInboundTests
{
    [Fact]
    public void IsFirst_SameEventAgain_FalseUntilForgotten()
    {
        var time = new FakeTimeProvider(TestEvents.Now);
        var sut = new SlackEventDeduplicator(time);

        var first = sut.IsFirst("Ev1");
        var retry = sut.IsFirst("Ev1");
        var other = sut.IsFirst("Ev2");
        time.Advance(SlackEventDeduplicator.Remember);
        var muchLater = sut.IsFirst("Ev1");

        Assert.Equal([true, false, true, true], new[] { first, retry, other, muchLater });
    }

    [Theory]
    [InlineData("3 party:yes", "3 party:yes")]
    [InlineData("title:\"A &amp; B &lt;2&gt;\"", "title:\"A & B <2>\"")]
    [InlineData("url:<https://example.jp/x?a=1&amp;b=2|example.jp/x>", "url:https://example.jp/x?a=1&b=2")]
    [InlineData("url:<https://example.jp>", "url:https://example.jp")]
    [InlineData("email:<mailto:taro@example.jp|taro@example.jp>", "email:mailto:taro@example.jp")]
    [InlineData("<@U123> hi", "<@U123> hi")]
    public void Unescape_SlackText_GivesWhatWasTyped(string sent, string typed)
    {
        Assert.Equal(typed, SlackInput.Unescape(sent));
    }

    [Fact]
    public void CommandLine_Values_QuotedOptionsTheParserReadsBack()
    {
        var line = ViewSubmission.CommandLine("/event create", [new("title", "「まち」\"勉強会\" \\ 2"), new("not a key", "x"), new("9start", "y"), new("capacity", "30")]);

        var (name, arguments) = CommandTextParser.ParseLine(line);

        Assert.Equal("event", name);
        Assert.Equal("「まち」\"勉強会\" \\ 2", arguments.Option("title"));
        Assert.Equal("30", arguments.Option("capacity"));
        Assert.Equal(2, arguments.Options.Count);
    }

    [Theory]
    [InlineData("event", "join 3 party:yes", "join", "3 party:yes")]
    [InlineData("event", "leave\u30003", "leave", "3")]
    [InlineData("event", "show 3", "event", "show 3")]
    [InlineData("event", "remind 3", "event", "remind 3")]
    [InlineData("events", "join", "events", "join")]
    [InlineData("event", "", "event", "")]
    public void Redirect_BuiltInNameAfterEvent_RunsThatCommand(string name, string text, string expectedName, string expectedText)
    {
        var (actualName, actualText) = SlackBuiltInCommands.Redirect(name, text, n => n is "join" or "leave");

        Assert.Equal((expectedName, expectedText), (actualName, actualText));
    }

    [Fact]
    public void FormMetadata_RoundTrip_AndTooLongDropsTheResponseUrl()
    {
        var metadata = new FormMetadata("/event edit 3", "C1", "https://hooks.slack.com/x");
        var huge = metadata with { ResponseUrl = new string('x', 4000) };

        Assert.Equal(metadata, FormMetadata.Parse(metadata.ToJson()));
        Assert.Null(FormMetadata.Parse(huge.ToJson())!.ResponseUrl);
        Assert.Null(FormMetadata.Parse("not json"));
        Assert.Null(FormMetadata.Parse("{\"c\":\"\"}"));
    }

    [Fact]
    public void Problems_NothingSet_SlackOffWithoutProblems()
    {
        var options = new SlackOptions();

        Assert.False(options.IsEnabled);
        Assert.Empty(options.Problems());
    }

    [Theory]
    [InlineData("secret", "token-without-prefix", null, "https://slack.com/api/", null, "Slack:BotToken")]
    [InlineData("secret", null, null, "https://slack.com/api/", null, "Slack:BotToken")]
    [InlineData(null, "xoxb-1", null, "https://slack.com/api/", null, "Slack:SigningSecret")]
    [InlineData(null, "xoxb-1", "xoxb-wrong-kind", "https://slack.com/api/", null, "Slack:AppToken")]
    [InlineData("secret", "xoxb-1", null, "not a url", null, "Slack:ApiBaseUrl")]
    [InlineData("secret", "xoxb-1", null, "https://slack.com/api/", "U123, someone", "Slack:OrganizerUserIds")]
    [InlineData("sec ret", "xoxb-1", null, "https://slack.com/api/", null, "Slack:SigningSecret")]
    public void Problems_WrongSetting_NamesTheKey(string? secret, string? botToken, string? appToken, string api, string? organizers, string key)
    {
        var options = new SlackOptions { SigningSecret = secret, BotToken = botToken, AppToken = appToken, ApiBaseUrl = api, OrganizerUserIds = organizers };

        Assert.Contains(options.Problems(), p => p.Contains(key, StringComparison.Ordinal));
    }

    [Fact]
    public void Problems_GoodSettings_None()
    {
        var options = new SlackOptions { AppToken = "xapp-1", BotToken = "xoxb-1", OrganizerUserIds = "U123,W456 U789" };

        Assert.Empty(options.Problems());
        Assert.True(options.SocketModeEnabled);
        Assert.False(options.HttpEnabled);
        Assert.Equal(["U123", "U789", "W456"], options.OrganizerIds.Order());
    }
}
