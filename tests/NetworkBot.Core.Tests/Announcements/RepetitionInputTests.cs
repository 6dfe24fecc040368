using NetworkBot.Core.Announcements;

namespace NetworkBot.Core.Tests.Announcements;

public sealed class RepetitionInputTests
{
    [Theory]
    [InlineData("毎日 9:00", "0 0 9 * * ?")]
    [InlineData("毎日9時", "0 0 9 * * ?")]
    [InlineData("毎週金曜 18:00", "0 0 18 ? * 6")]
    [InlineData("毎週金曜日 18時30分", "0 30 18 ? * 6")]
    [InlineData("毎月第1月曜 9:00", "0 0 9 ? * 2#1")]
    [InlineData("毎月第一月曜日 ９：００", "0 0 9 ? * 2#1")]
    [InlineData("毎月最終金曜 18:00", "0 0 18 ? * 6L")]
    [InlineData("毎月15日 9:00", "0 0 9 15 * ?")]
    [InlineData("daily 09:00", "0 0 9 * * ?")]
    [InlineData("every day at 7:15", "0 15 7 * * ?")]
    [InlineData("weekly friday 18:00", "0 0 18 ? * 6")]
    [InlineData("every Fri 18:00", "0 0 18 ? * 6")]
    [InlineData("monthly first monday 09:00", "0 0 9 ? * 2#1")]
    [InlineData("monthly 3rd wednesday 19:00", "0 0 19 ? * 4#3")]
    [InlineData("monthly last friday 18:00", "0 0 18 ? * 6L")]
    [InlineData("monthly 15th 09:00", "0 0 9 15 * ?")]
    public void Parse_Valid_GivesTheQuartzCron(string text, string cron)
    {
        Assert.Equal(cron, RepetitionInput.Parse(text)?.ToCron());
    }

    [Theory]
    [InlineData("毎週金曜")]
    [InlineData("daily")]
    [InlineData("毎週 18:00")]
    [InlineData("毎月第6月曜 9:00")]
    [InlineData("monthly 32 09:00")]
    [InlineData("weekly someday 18:00")]
    [InlineData("毎日 25:00")]
    [InlineData("ときどき")]
    [InlineData("")]
    public void Parse_Invalid_GivesNull(string text)
    {
        Assert.Null(RepetitionInput.Parse(text));
    }
}
