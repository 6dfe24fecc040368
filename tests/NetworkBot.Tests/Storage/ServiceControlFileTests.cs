using NetworkBot.Storage.Backup;

namespace NetworkBot.Tests.Storage;

public sealed class ServiceControlFileTests
{
    [Theory]
    [InlineData("http://+:8080", "http://127.0.0.1:8080/")]
    [InlineData("http://[::]:8080", "http://127.0.0.1:8080/")]
    [InlineData("http://localhost:5080", "http://127.0.0.1:5080/")]
    [InlineData("http://127.0.0.1:40557", "http://127.0.0.1:40557/")]
    public void Create_ListeningAddress_AsksOnThisMachine(string listening, string expected)
    {
        Assert.Equal(expected, ServiceControlFile.Create(listening).Url);
    }

    [Fact]
    public void Accepts_OnlyItsOwnToken()
    {
        var control = ServiceControlFile.Create("http://+:8080");
        var other = ServiceControlFile.Create("http://+:8080");

        Assert.True(control.Accepts("Bearer " + control.Token));
        Assert.False(control.Accepts("Bearer " + other.Token));
        Assert.False(control.Accepts(control.Token));
        Assert.False(control.Accepts(null));
        Assert.Equal(64, control.Token.Length);
    }
}
