using NetworkBot.Web;

namespace NetworkBot.Tests.Web;

public sealed class HtmlWriterTests
{
    [Fact]
    public void TextAndAttributes_AreEncoded()
    {
        var html = new HtmlWriter()
            .Element("p", "<b>\"太郎\" & 'x'</b>", ("title", "\"><script>"))
            .ToString();

        Assert.DoesNotContain("<b>", html);
        Assert.DoesNotContain("\"><script>", html);
        Assert.StartsWith("<p title=\"", html);
        Assert.Contains("太郎", html);
    }

    [Theory]
    [InlineData("/events/3", true)]
    [InlineData("?lang=en", true)]
    [InlineData("https://meet.example/abc?x=1", true)]
    [InlineData("http://example.jp", true)]
    [InlineData("javascript:alert(1)", false)]
    [InlineData("JavaScript:alert(1)", false)]
    [InlineData("data:text/html,<script>", false)]
    [InlineData("//evil.example/x", false)]
    [InlineData("/\\evil.example", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void IsSafeHref_OnlySameSiteAndHttp(string? href, bool safe) => Assert.Equal(safe, HtmlWriter.IsSafeHref(href));

    [Fact]
    public void Link_UnsafeHref_IsPlainText()
    {
        var html = new HtmlWriter().Link("javascript:alert(1)", "click").ToString();

        Assert.Equal("click", html);
    }

    [Fact]
    public void TextWithCode_MarksCommandsAsCode()
    {
        var html = new HtmlWriter().TextWithCode("send `/join 3` <now>").ToString();

        Assert.Equal("send <code>/join 3</code> &lt;now&gt;", html);
    }
}
