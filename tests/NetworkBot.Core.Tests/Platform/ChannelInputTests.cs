using NetworkBot.Core.Platform;

namespace NetworkBot.Core.Tests.Platform;

public sealed class ChannelInputTests
{
    private static readonly MemberRef ConsoleMember = new("console:後藤", "後藤");
    private static readonly MemberRef SlackMember = new("slack:T1:U2", "後藤");
    private static readonly MemberRef DiscordMember = new("discord:G7:U9", "後藤");

    [Theory]
    [InlineData("#general", "console:general")]
    [InlineData("＃General", "console:general")]
    [InlineData("announcements", "console:announcements")]
    [InlineData("console:events", "console:events")]
    public void Parse_ConsoleValid_GivesTheChannel(string text, string id)
    {
        Assert.Equal(new ChannelRef(id), ChannelInput.Parse(text, ConsoleMember));
    }

    [Fact]
    public void Parse_SlackMention_UsesTheMembersWorkspace()
    {
        Assert.Equal(new ChannelRef("slack:T1:C024BE7LR"), ChannelInput.Parse("<#C024BE7LR|general>", SlackMember));
    }

    [Fact]
    public void Parse_DiscordMention_UsesTheMembersGuild()
    {
        Assert.Equal(new ChannelRef("discord:G7:123456"), ChannelInput.Parse("<#123456>", DiscordMember));
    }

    [Theory]
    [InlineData("two words")]
    [InlineData("")]
    [InlineData("slack:T1:C2")]
    [InlineData("<#123456>")]
    public void Parse_ConsoleInvalid_GivesNull(string text)
    {
        Assert.Null(ChannelInput.Parse(text, ConsoleMember));
    }

    [Fact]
    public void Parse_BareNameOnSlack_GivesNullUntilSlackCanLookNamesUp()
    {
        Assert.Null(ChannelInput.Parse("#general", SlackMember));
    }

    [Fact]
    public void Display_ConsoleChannel_ShowsHashAndName()
    {
        Assert.Equal("#general", ChannelInput.Display(new ChannelRef("console:general")));
    }
}
