using System.Net;

namespace NetworkBot.Tests.Web;

public sealed class PublicPageTests
{
    private const string StudySession =
        "title:\"まちづくり勉強会\" start:\"2026-12-05 14:00\" doors:13:40 end:17:00 venue:\"○○市民センター 3階\" capacity:2 fee:無料 "
        + "party:yes party_start:17:30 party_venue:\"駅前の居酒屋\" party_capacity:10 party_fee:4000 description:\"資料は当日配布します。\"";

    [Fact]
    public async Task Home_UpcomingEvent_ShowsTimeVenueSeatsAfterPartyAndHowToJoin()
    {
        using var app = new PublicWebApp();
        var id = await app.CreateEventAsync(StudySession);
        await app.RunAsync($"/join {id} party:yes", asName: "山田");
        await app.RunAsync($"/join {id}", asName: "佐藤");
        await app.RunAsync($"/join {id}", asName: "鈴木");

        var (response, page, _) = await app.CreateClient().GetPageAsync("/");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var article = $"#event-{id}";
        Assert.Equal($"#{id} まちづくり勉強会", page.Text($"{article} h2").Trim());
        var time = page.QuerySelector($"{article} time")!;
        Assert.Equal("2026-12-05T14:00:00+09:00", time.GetAttribute("datetime"));
        Assert.Equal("2026年12月5日(土) 14:00開始（13:40開場）〜17:00終了予定", time.TextContent);
        Assert.Equal("○○市民センター 3階", page.Text($"{article} .venue"));
        Assert.Equal("定員 2名・満席（補欠 1名）", page.Text($"{article} .seats"));
        Assert.Contains("17:30〜 駅前の居酒屋", page.Text($"{article} .after-party"));
        Assert.Contains("残り9席", page.Text($"{article} .after-party"));
        Assert.Equal($"/join {id}", page.Text($"{article} .join code"));
        Assert.Equal($"/events/{id}", page.QuerySelector($"{article} h2 a")!.GetAttribute("href"));
        Assert.Equal($"/events/{id}.ics", page.QuerySelector($"{article} a[href$='.ics']")!.GetAttribute("href"));
    }

    [Fact]
    public async Task Home_SeatsLeft_ShowsHowManyRemain()
    {
        using var app = new PublicWebApp();
        var id = await app.CreateEventAsync("title:\"交流会\" kind:交流会 start:\"2026-12-10 19:00\" capacity:30");
        await app.RunAsync($"/join {id}", asName: "山田");

        var (_, page, _) = await app.CreateClient().GetPageAsync("/");

        Assert.Equal("定員 30名（残り29席）", page.Text($"#event-{id} .seats"));
        Assert.Equal("交流会", page.Text($"#event-{id} .kind"));
    }

    [Fact]
    public async Task Pages_WithRegistrations_NeverShowMemberNamesOrEmails()
    {
        using var app = new PublicWebApp();
        var id = await app.CreateEventAsync(StudySession);
        await app.RunAsync($"/join {id} party:yes name:\"山田 花子\" affiliation:\"△△町 総務課\" email:hanako@mail.test", asName: "hanako");

        var client = app.CreateClient();
        foreach (var path in new[] { "/", $"/events/{id}", "/?lang=en", $"/events/{id}?lang=en" })
        {
            var (_, _, html) = await client.GetPageAsync(path);
            Assert.Contains("まちづくり勉強会", html);
            foreach (var personal in new[] { "山田", "花子", "hanako", "mail.test", "△△町", "総務課", "運営 太郎" })
            {
                Assert.DoesNotContain(personal, html);
            }
        }
    }

    [Fact]
    public async Task Pages_MaliciousTitleAndDescription_AreShownAsTextNotMarkup()
    {
        using var app = new PublicWebApp();
        const string title = "<script>alert(1)</script><img src=x onerror=alert(2)>";
        var id = await app.CreateEventAsync(
            $"title:\"{title}\" start:\"2026-12-05 14:00\" venue:\"<b onmouseover=alert(3)>会場</b>\" description:\"</div><iframe src=https://evil.example></iframe>\"");

        var client = app.CreateClient();
        var (_, home, homeHtml) = await client.GetPageAsync("/");
        var (_, single, singleHtml) = await client.GetPageAsync($"/events/{id}");

        foreach (var (page, html) in new[] { (home, homeHtml), (single, singleHtml) })
        {
            Assert.Empty(page.QuerySelectorAll("script, img, iframe, b"));
            Assert.DoesNotContain("<script>", html);
            Assert.Contains(title, page.Body!.TextContent);
            Assert.Equal("<b onmouseover=alert(3)>会場</b>", page.Text($"#event-{id} .venue"));
        }

        Assert.Equal("</div><iframe src=https://evil.example></iframe>", single.Text(".description"));
        Assert.Equal($"#{id} {title}", single.Title);
    }

    [Fact]
    public async Task Home_IsOneSelfContainedPhoneReadyDocument()
    {
        using var app = new PublicWebApp();
        await app.CreateEventAsync(StudySession);

        var (response, page, _) = await app.CreateClient().GetPageAsync("/");

        Assert.Equal("width=device-width, initial-scale=1", page.QuerySelector("meta[name=viewport]")!.GetAttribute("content"));
        Assert.Empty(page.QuerySelectorAll("script, img, iframe, link[rel=stylesheet], link[rel=preconnect]"));
        Assert.Single(page.QuerySelectorAll("style"));
        Assert.DoesNotContain("@import", page.QuerySelector("style")!.TextContent);
        Assert.DoesNotContain("url(", page.QuerySelector("style")!.TextContent);
        Assert.All(page.QuerySelectorAll("a[href]"), a => Assert.StartsWith("/", a.GetAttribute("href")));
        var policy = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        Assert.StartsWith("default-src 'none'", policy);
    }

    [Fact]
    public async Task Home_LangEn_IsEnglishWithTheSameEvent()
    {
        using var app = new PublicWebApp();
        var id = await app.CreateEventAsync(StudySession);

        var (response, page, _) = await app.CreateClient().GetPageAsync("/?lang=en", acceptLanguage: "ja");

        Assert.Equal("en", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("en", Assert.Single(response.Content.Headers.ContentLanguage));
        Assert.Equal("Upcoming events", page.Text("h1"));
        Assert.Equal("Study session", page.Text($"#event-{id} .kind"));
        Assert.Equal("2 seats (2 left)", page.Text($"#event-{id} .seats"));
        Assert.StartsWith("Sat, Dec 5, 2026, 14:00", page.Text($"#event-{id} time"));
        Assert.Contains($"/join {id}", page.Text($"#event-{id} .join"));
        Assert.Equal($"/events/{id}?lang=en", page.QuerySelector($"#event-{id} h2 a")!.GetAttribute("href"));
        Assert.Equal("日本語", page.Text("nav a"));
    }

    [Fact]
    public async Task Home_BrowserPrefersEnglish_IsEnglish()
    {
        using var app = new PublicWebApp();

        var (_, page, _) = await app.CreateClient().GetPageAsync("/", acceptLanguage: "en-US,en;q=0.9,ja;q=0.5");

        Assert.Equal("en", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("No events are planned right now. We will let you know when one is.", page.Text(".empty"));
    }

    [Fact]
    public async Task Home_CancelledUpcomingEvent_IsMarkedWithoutAWayToJoin_PastEventsAreNotListed()
    {
        using var app = new PublicWebApp();
        var kept = await app.CreateEventAsync("title:\"残る会\" start:\"2026-12-05 14:00\"");
        var cancelled = await app.CreateEventAsync("title:\"中止の会\" start:\"2026-12-06 14:00\"");
        var past = await app.CreateEventAsync("title:\"終わった会\" start:\"2026-11-21 14:00\" end:16:00");
        var cancelledPast = await app.CreateEventAsync("title:\"中止で終わった会\" start:\"2026-11-21 18:00\" end:20:00");
        await app.RunAsync($"/event cancel {cancelled} reason:台風接近 confirm:yes");
        await app.RunAsync($"/event cancel {cancelledPast} confirm:yes");
        app.Time.Advance(TimeSpan.FromDays(2));

        var (_, page, _) = await app.CreateClient().GetPageAsync("/");

        Assert.NotNull(page.QuerySelector($"#event-{kept} .join"));
        Assert.Equal($"【中止】#{cancelled} 中止の会", page.Text($"#event-{cancelled}.cancelled h2").Trim());
        Assert.Equal("このイベントは台風接近のため中止になりました。", page.Text($"#event-{cancelled} .notice"));
        Assert.Null(page.QuerySelector($"#event-{cancelled} .join"));
        Assert.Null(page.QuerySelector($"#event-{past}"));
        Assert.Null(page.QuerySelector($"#event-{cancelledPast}"));
    }

    [Fact]
    public async Task EventPage_Known_ShowsDescriptionFullJoinHelpAndLinks()
    {
        using var app = new PublicWebApp();
        var id = await app.CreateEventAsync(StudySession);

        var (response, page, _) = await app.CreateClient().GetPageAsync($"/events/{id}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal($"#{id} まちづくり勉強会", page.Text("h1"));
        Assert.Equal("資料は当日配布します。", page.Text(".description"));
        Assert.Equal([$"/join {id}", $"/join {id} party:yes"], page.QuerySelectorAll(".join code").Select(c => c.TextContent));
        Assert.Equal($"/events/{id}.ics", page.QuerySelector("main a[href$='.ics']")!.GetAttribute("href"));
        Assert.Equal("/calendar.ics", page.QuerySelector("footer a[href^='/calendar.ics']")!.GetAttribute("href"));
        Assert.Equal("/feed.atom", page.QuerySelector("footer a[href^='/feed.atom']")!.GetAttribute("href"));
        Assert.Equal($"{PublicWebApp.BaseUrl}/calendar.ics", page.Text(".calendar-url"));
    }

    [Fact]
    public async Task EventPage_Cancelled_ShowsTheBannerAndNoWayToJoin()
    {
        using var app = new PublicWebApp();
        var id = await app.CreateEventAsync(StudySession);
        await app.RunAsync($"/event cancel {id} reason:台風接近 confirm:yes");

        var (_, page, _) = await app.CreateClient().GetPageAsync($"/events/{id}");

        Assert.Equal($"【中止】#{id} まちづくり勉強会", page.Text("h1"));
        Assert.Equal("このイベントは台風接近のため中止になりました。", page.Text(".notice"));
        Assert.Null(page.QuerySelector(".join"));
    }

    [Fact]
    public async Task EventPage_Ended_SaysSoInsteadOfHowToJoin()
    {
        using var app = new PublicWebApp();
        var id = await app.CreateEventAsync(StudySession);
        app.Time.Advance(TimeSpan.FromDays(30));

        var (_, page, _) = await app.CreateClient().GetPageAsync($"/events/{id}");

        Assert.Equal("このイベントは終了しました。ご参加いただいた皆さん、ありがとうございました。", page.Text(".notice"));
        Assert.Null(page.QuerySelector(".join"));
    }

    [Theory]
    [InlineData("/events/99")]
    [InlineData("/events/abc")]
    [InlineData("/events/99.ics")]
    public async Task EventPage_Unknown_Returns404PolitePage(string path)
    {
        using var app = new PublicWebApp();

        var response = await app.CreateClient().GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        if (path.EndsWith(".ics", StringComparison.Ordinal)) return;
        var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        Assert.Equal("イベントが見つかりません", page.Text("h1"));
        Assert.Equal("/", page.QuerySelector("main a")!.GetAttribute("href"));
    }
}
