using NetworkBot.Core.Platform;
using NetworkBot.Hosting;

namespace NetworkBot.Tests.Hosting;

public class BotOptionsIntroductionsTests
{
    [Fact]
    public void ToSettings_Default_PostsConsoleIntroductionsToTheConsoleChannel()
    {
        var settings = new BotOptions().ToSettings();

        Assert.Equal("console:introductions", settings.IntroductionsChannelFor(ChatPlatform.Console)?.Id);
        Assert.Null(settings.IntroductionsChannelFor(ChatPlatform.Slack));
    }

    [Fact]
    public void ToSettings_OneChannelPerPlatform_Read()
    {
        var settings = new BotOptions { IntroductionsChannel = "console:intro, slack:T1:C2 ,discord:G3:C4" }.ToSettings();

        Assert.Equal("slack:T1:C2", settings.IntroductionsChannelFor(ChatPlatform.Slack)?.Id);
        Assert.Equal("discord:G3:C4", settings.IntroductionsChannelFor(ChatPlatform.Discord)?.Id);
    }

    [Theory]
    [InlineData("introductions")]
    [InlineData("slack:T1:C2,slack:T1:C3")]
    [InlineData("teams:abc")]
    public void ToSettings_WrongChannel_StopsNamingTheKey(string value)
    {
        var error = Assert.Throws<InvalidOperationException>(() => new BotOptions { IntroductionsChannel = value }.ToSettings());

        Assert.Contains("Bot:IntroductionsChannel", error.Message, StringComparison.Ordinal);
    }
}
