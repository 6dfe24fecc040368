using System.ServiceModel.Syndication;
using System.Xml;

namespace NetworkBot.Tests.Web;

public sealed class AtomFeedTests
{
    [Fact]
    public async Task Feed_UpcomingEvents_ParseBackWithLinksDatesAndHowToJoin()
    {
        using var app = new PublicWebApp();
        var first = await app.CreateEventAsync("title:\"まちづくり勉強会\" start:\"2026-12-05 14:00\" venue:\"○○市民センター\" capacity:30");
        app.Time.Advance(TimeSpan.FromHours(1));
        var second = await app.CreateEventAsync("title:\"交流会\" kind:交流会 start:\"2026-12-10 19:00\"");

        var response = await app.CreateClient().GetAsync("/feed.atom");
        var feed = SyndicationFeed.Load(XmlReader.Create(await response.Content.ReadAsStreamAsync()));

        Assert.Equal("application/atom+xml", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("勉強会・交流会の予定", feed.Title.Text);
        Assert.Equal("ja", feed.Language);
        Assert.Equal($"{PublicWebApp.BaseUrl}/feed.atom", feed.Id);
        Assert.Contains(feed.Links, l => l.RelationshipType == "self" && l.Uri == new Uri($"{PublicWebApp.BaseUrl}/feed.atom"));
        Assert.Equal([$"{PublicWebApp.BaseUrl}/events/{second}", $"{PublicWebApp.BaseUrl}/events/{first}"], feed.Items.Select(i => i.Id));

        var entry = feed.Items.Last();
        Assert.Equal("まちづくり勉強会（2026年12月5日(土)）", entry.Title.Text);
        Assert.Equal(new Uri($"{PublicWebApp.BaseUrl}/events/{first}"), Assert.Single(entry.Links).Uri);
        Assert.Equal(PublicWebApp.Start, entry.PublishDate);
        Assert.Equal(PublicWebApp.Start, entry.LastUpdatedTime);
        Assert.Contains("会場: ○○市民センター", entry.Summary.Text);
        Assert.Contains($"/join {first}", entry.Summary.Text);
        Assert.Equal("勉強会", Assert.Single(entry.Categories).Name);
        Assert.Equal(PublicWebApp.Start.AddHours(1), feed.LastUpdatedTime);
    }

    [Fact]
    public async Task Feed_EditedEvent_MovesToTheTopWithItsNewUpdateTime()
    {
        using var app = new PublicWebApp();
        var older = await app.CreateEventAsync("title:\"先の会\" start:\"2026-12-05 14:00\"");
        app.Time.Advance(TimeSpan.FromHours(1));
        await app.CreateEventAsync("title:\"後の会\" start:\"2026-12-06 14:00\"");
        app.Time.Advance(TimeSpan.FromHours(1));
        await app.RunAsync($"/event edit {older} venue:\"変更後の会場\"");

        var feed = SyndicationFeed.Load(XmlReader.Create(await app.CreateClient().GetStreamAsync("/feed.atom")));

        var top = feed.Items.First();
        Assert.Equal($"{PublicWebApp.BaseUrl}/events/{older}", top.Id);
        Assert.Equal(app.Time.GetUtcNow(), top.LastUpdatedTime);
        Assert.Equal(PublicWebApp.Start, top.PublishDate);
        Assert.Contains("変更後の会場", top.Summary.Text);
    }

    [Fact]
    public async Task Feed_CancelledEvent_SameEntryMarkedCancelledAtTheTopWithTheCancellationTime()
    {
        using var app = new PublicWebApp();
        var cancelledId = await app.CreateEventAsync("title:\"先の会\" start:\"2026-12-05 14:00\"");
        app.Time.Advance(TimeSpan.FromHours(1));
        var keptId = await app.CreateEventAsync("title:\"後の会\" start:\"2026-12-06 14:00\"");
        var client = app.CreateClient();
        var before = SyndicationFeed.Load(XmlReader.Create(await client.GetStreamAsync("/feed.atom")));

        app.Time.Advance(TimeSpan.FromHours(1));
        await app.RunAsync($"/event cancel {cancelledId} reason:台風接近 confirm:yes");
        var cancelledAt = app.Time.GetUtcNow();
        app.Time.Advance(TimeSpan.FromHours(1)); // a later fetch still dates the entry at the cancellation
        var after = SyndicationFeed.Load(XmlReader.Create(await client.GetStreamAsync("/feed.atom")));
        var english = SyndicationFeed.Load(XmlReader.Create(await client.GetStreamAsync("/feed.atom?lang=en")));

        var top = after.Items.First();
        Assert.Equal($"{PublicWebApp.BaseUrl}/events/{cancelledId}", top.Id);
        Assert.Equal("【中止】先の会（2026年12月5日(土)）", top.Title.Text);
        Assert.Equal(cancelledAt, top.LastUpdatedTime);
        Assert.Equal(PublicWebApp.Start, top.PublishDate);
        Assert.Contains("台風接近", top.Summary.Text);
        Assert.DoesNotContain("/join", top.Summary.Text);
        Assert.Equal(cancelledAt, after.LastUpdatedTime);
        Assert.Equal("[Cancelled] 先の会 (Sat, Dec 5, 2026)", english.Items.First(i => i.Id == top.Id).Title.Text);

        var keptBefore = before.Items.Single(i => i.Id == $"{PublicWebApp.BaseUrl}/events/{keptId}");
        var kept = after.Items.Single(i => i.Id == keptBefore.Id);
        Assert.Equal((keptBefore.Title.Text, keptBefore.LastUpdatedTime, keptBefore.Summary.Text), (kept.Title.Text, kept.LastUpdatedTime, kept.Summary.Text));
        Assert.Equal(2, after.Items.Count());
    }

    [Fact]
    public async Task Feed_LangEn_IsEnglish()
    {
        using var app = new PublicWebApp();
        var id = await app.CreateEventAsync("title:\"勉強会\" start:\"2026-12-05 14:00\"");

        var feed = SyndicationFeed.Load(XmlReader.Create(await app.CreateClient().GetStreamAsync("/feed.atom?lang=en")));

        Assert.Equal("en", feed.Language);
        Assert.Equal("Study sessions and meetups", feed.Title.Text);
        var entry = Assert.Single(feed.Items);
        Assert.Equal("勉強会 (Sat, Dec 5, 2026)", entry.Title.Text);
        Assert.Equal(new Uri($"{PublicWebApp.BaseUrl}/events/{id}?lang=en"), Assert.Single(entry.Links).Uri);
        Assert.Equal($"{PublicWebApp.BaseUrl}/events/{id}", entry.Id);
    }
}
