using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace NetworkBot.Tests.Web;

/// <summary>Fetches a page and parses it as a browser would.</summary>
internal static class PageAssertions
{
    public static async Task<(HttpResponseMessage Response, IHtmlDocument Document, string Html)> GetPageAsync(
        this HttpClient client, string path, string? acceptLanguage = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (acceptLanguage is not null) request.Headers.TryAddWithoutValidation("Accept-Language", acceptLanguage);
        var response = await client.SendAsync(request);
        var html = await response.Content.ReadAsStringAsync();
        return (response, new HtmlParser().ParseDocument(html), html);
    }

    public static string Text(this IHtmlDocument document, string selector) =>
        document.QuerySelector(selector)?.TextContent ?? throw new Xunit.Sdk.XunitException($"Nothing matches {selector} in the page.");
}
