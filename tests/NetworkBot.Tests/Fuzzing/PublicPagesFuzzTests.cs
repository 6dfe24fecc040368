using System.Globalization;
using CsCheck;
using Microsoft.Extensions.DependencyInjection;
using NetworkBot.Core.Platform;
using NetworkBot.Web;
using Xunit.Abstractions;

namespace NetworkBot.Tests.Fuzzing;

/// <summary>
/// Random paths, query strings and headers at the public pages, the feeds, /health and the signed CSV link (valid
/// links mutated: other event, other expiry, a changed signature): never a 5xx or an error logged, and a GET never
/// stores anything.
/// </summary>
public sealed class PublicPagesFuzzTests(FuzzHostFixture fixture, ITestOutputHelper output) : IClassFixture<FuzzHostFixture>
{
    private static readonly string[] Languages = ["ja", "en", "en-US,en;q=0.9", "ja;q=abc, en;q=1e999, *;q=-1", "zz", "*", ""];

    private static readonly Gen<string> Id = Gen.Frequency(
        (3, Gen.Int[-3, 5].Select(i => i.ToString(CultureInfo.InvariantCulture))),
        (1, Gen.OneOf("0", "-0", "01", "1.0", "1e3", "2147483648", "99999999999999999999", "１", "一", "%31", "..", "%2F")),
        (2, Mutator.AwkwardText.Select(t => Uri.EscapeDataString(t.Length > 3000 ? t[..3000] : t))));

    private static readonly Gen<string> Query = Gen.Select(
            Gen.OneOf("lang", "expires", "sig", "page", "id", "q", ""), Mutator.AwkwardText, Gen.Bool,
            (key, value, escaped) => key + "=" + (escaped ? Uri.EscapeDataString(value.Length > 3000 ? value[..3000] : value) : value.Length > 100 ? value[..100] : value))
        .Array[0, 3].Select(pairs => pairs.Length == 0 ? "" : "?" + string.Join("&", pairs));

    private FuzzHost Host => fixture.Host;

    public static TheoryData<string> Pages() => ["/", "/events/{id}", "/events/{id}.ics", "/calendar.ics", "/feed.atom", "/health"];

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Page_FuzzedPathQueryAndHeaders_NeverFailsNorStores(string page)
    {
        var urls = Gen.Select(Id, Query, (id, query) => page.Replace("{id}", id, StringComparison.Ordinal) + query).Where(ReachesTheApp);
        await FuzzAsync("GET " + page, urls);
    }

    [Fact]
    public async Task AttendeesCsv_MutatedSignedLinks_NeverFailNorStoreAndOnlyTheRealLinkOpens()
    {
        var link = new Uri(Host.Services.GetRequiredService<AttendeeExportLinks>().Create(1, Language.Ja).Url);
        var valid = link.PathAndQuery;
        var links = Gen.Frequency(
            (3, Mutator.Mutated([FuzzHost.Utf8(valid)]).Select(bytes => System.Text.Encoding.UTF8.GetString(bytes))),
            (2, Gen.Select(Id, Query, (id, query) => $"/events/{id}/attendees.csv{query}")),
            (1, Gen.Const(valid)))
            .Where(url => url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal) && Uri.TryCreate(url, UriKind.Relative, out _) && ReachesTheApp(url));

        var opened = await FuzzAsync("GET /events/{id}/attendees.csv", links, (url, status) =>
        {
            if (status == 200 && new Uri(new Uri("http://x"), url).AbsolutePath.EndsWith("attendees.csv", StringComparison.OrdinalIgnoreCase)) Assert.Equal(Canonical(valid), Canonical(url));
        });

        Assert.True(opened > 0);
    }

    private async Task<int> FuzzAsync(string endpoint, Gen<string> urls, Action<string, int>? check = null)
    {
        var tally = new EndpointTally(endpoint);
        var language = Gen.Frequency(
            (3, Gen.OneOf(Languages).Select(l => (string?)l)),
            (1, Mutator.AwkwardText.Select(t => (string?)t[..Math.Min(200, t.Length)])),
            (1, Gen.Const((string?)null)));
        var requests = Gen.Select(urls, language, Gen.Bool);

        await requests.SampleAsync(
            async (url, language, head) =>
            {
                var request = new HttpRequestMessage(head ? HttpMethod.Head : HttpMethod.Get, url);
                if (language is not null) request.Headers.TryAddWithoutValidation("Accept-Language", language.Replace("\r", "").Replace("\n", ""));
                var status = await Host.SendAsync(request, tally, $"{(head ? "HEAD" : "GET")} {url} Accept-Language: {language}", readOnly: true);
                check?.Invoke(url, status);
            },
            iter: FuzzBudget.PageInputs, threads: 1, print: t => $"{t.Item1} / {t.Item2} / head {t.Item3}");

        tally.Report(output);
        Assert.Equal(FuzzBudget.PageInputs, tally.Tried);
        return tally.Accepted;
    }

    /// <summary>
    /// A NUL or other control character in the path (raw or escaped as %00) never reaches the app: the web server
    /// answers 400 itself, and the in-process test server throws before the request exists, so such paths are left out.
    /// </summary>
    private static bool ReachesTheApp(string url) =>
        url.Split('?')[0] is var path && !path.Contains("%00", StringComparison.Ordinal) && !path.Any(char.IsControl);

    /// <summary>The link as the server reads it: the same path and the same query values, however they are escaped.</summary>
    private static string Canonical(string url)
    {
        var uri = new Uri(new Uri("http://x"), url);
        var query = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(uri.Query);
        // Paths and query keys match case-insensitively, so /Events/1/…?Sig= is the same link; the signature covers event and expiry.
        return Uri.UnescapeDataString(uri.AbsolutePath).ToLowerInvariant() + "?" + string.Join("&", query.Select(q => q.Key.ToLowerInvariant() + "=" + q.Value).Order(StringComparer.Ordinal));
    }
}
