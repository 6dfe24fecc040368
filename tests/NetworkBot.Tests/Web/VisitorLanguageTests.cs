using Microsoft.AspNetCore.Http;
using NetworkBot.Core.Platform;
using NetworkBot.Web;

namespace NetworkBot.Tests.Web;

public sealed class VisitorLanguageTests
{
    [Theory]
    [InlineData(null, null, "ja", false)]
    [InlineData("en", null, "en", true)]
    [InlineData("EN-us", null, "en", true)]
    [InlineData("ja", "en-US,en;q=0.9", "ja", true)]
    [InlineData("en", "ja", "en", true)]
    [InlineData("fr", "en", "en", false)]
    [InlineData(null, "en-US,en;q=0.9", "en", false)]
    [InlineData(null, "ja-JP,ja;q=0.9,en;q=0.8", "ja", false)]
    [InlineData(null, "en;q=0.8,ja;q=0.8", "ja", false)]
    [InlineData(null, "ja;q=0.5,en-GB;q=0.9", "en", false)]
    [InlineData(null, "fr-FR,de;q=0.7", "ja", false)]
    [InlineData(null, "fr,*;q=0.5", "ja", false)]
    [InlineData(null, "en;q=0,ja;q=0", "ja", false)]
    [InlineData(null, "de,*;q=0.5,ja;q=0.1", "en", false)]
    [InlineData(null, "not a header ;;;", "ja", false)]
    public void For_QueryThenAcceptLanguage_PicksTheLanguage(string? query, string? acceptLanguage, string expected, bool fromQuery)
    {
        var context = new DefaultHttpContext();
        if (query is not null) context.Request.QueryString = QueryString.Create("lang", query);
        if (acceptLanguage is not null) context.Request.Headers.AcceptLanguage = acceptLanguage;

        var language = VisitorLanguage.For(context.Request, Language.Ja);

        Assert.Equal(expected, language.Tag);
        Assert.Equal(fromQuery, language.FromQuery);
    }

    [Fact]
    public void For_NothingAsked_UsesTheBotsDefault()
    {
        var language = VisitorLanguage.For(new DefaultHttpContext().Request, Language.En);

        Assert.Equal(Language.En, language.Language);
    }
}
