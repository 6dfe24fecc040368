using System.Net;
using Ical.Net;
using Ical.Net.CalendarComponents;

namespace NetworkBot.Tests.Web;

public sealed class CalendarTests
{
    [Fact]
    public async Task Calendar_UpcomingEvents_LocalTokyoTimesMapToTheRightUtcInstants()
    {
        using var app = new PublicWebApp();
        var afternoon = await app.CreateEventAsync("title:\"まちづくり勉強会\" start:\"2026-12-05 14:00\" end:17:00 venue:\"○○市民センター\"");
        // 08:00 in Tokyo is still the previous day in UTC: a wrong offset would move it to another date.
        var morning = await app.CreateEventAsync("title:\"朝活\" start:\"2026-12-06 08:00\" end:09:00 url:https://meet.example/abc");

        var response = await app.CreateClient().GetAsync("/calendar.ics");
        var calendar = Calendar.Load(await response.Content.ReadAsStringAsync())!;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/calendar", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("Asia/Tokyo", Assert.Single(calendar.TimeZones).TzId);
        var first = Find(calendar, afternoon);
        Assert.Equal("Asia/Tokyo", first.DtStart!.TzId);
        Assert.Equal(new DateTime(2026, 12, 5, 14, 0, 0), first.DtStart.Value);
        Assert.Equal(new DateTime(2026, 12, 5, 5, 0, 0, DateTimeKind.Utc), first.DtStart.AsUtc);
        Assert.Equal(new DateTime(2026, 12, 5, 8, 0, 0, DateTimeKind.Utc), first.DtEnd!.AsUtc);
        Assert.Equal($"#{afternoon} まちづくり勉強会", first.Summary);
        Assert.Equal("○○市民センター", first.Location);
        Assert.Equal(new Uri($"{PublicWebApp.BaseUrl}/events/{afternoon}"), first.Url);
        Assert.Contains($"/join {afternoon}", first.Description);
        var second = Find(calendar, morning);
        Assert.Equal(new DateTime(2026, 12, 5, 23, 0, 0, DateTimeKind.Utc), second.DtStart!.AsUtc);
        Assert.Equal("https://meet.example/abc", second.Location);
    }

    [Fact]
    public async Task Calendar_Uids_AreStableAcrossRequestsAndFiles()
    {
        using var app = new PublicWebApp();
        var id = await app.CreateEventAsync("title:\"勉強会\" start:\"2026-12-05 14:00\"");
        var client = app.CreateClient();

        var first = Calendar.Load(await client.GetStringAsync("/calendar.ics"))!;
        app.Time.Advance(TimeSpan.FromHours(3));
        var second = Calendar.Load(await client.GetStringAsync("/calendar.ics"))!;
        var single = Calendar.Load(await client.GetStringAsync($"/events/{id}.ics"))!;

        var expected = $"event-{id}@events.example.jp";
        Assert.Equal(expected, Assert.Single(first.Events).Uid);
        Assert.Equal(expected, Assert.Single(second.Events).Uid);
        Assert.Equal(expected, Assert.Single(single.Events).Uid);
        Assert.Equal(first.Events[0]!.DtStamp, second.Events[0]!.DtStamp);
    }

    [Fact]
    public async Task EventCalendar_Edited_SequenceAndLastModifiedMoveForward()
    {
        using var app = new PublicWebApp();
        var id = await app.CreateEventAsync("title:\"勉強会\" start:\"2026-12-05 14:00\" venue:\"A会議室\"");
        var client = app.CreateClient();
        var before = Assert.Single(Calendar.Load(await client.GetStringAsync($"/events/{id}.ics"))!.Events);

        app.Time.Advance(TimeSpan.FromMinutes(90));
        await app.RunAsync($"/event edit {id} venue:\"B会議室\"");
        var after = Assert.Single(Calendar.Load(await client.GetStringAsync($"/events/{id}.ics"))!.Events);

        Assert.Equal(0, before.Sequence);
        Assert.True(after.Sequence > before.Sequence, $"SEQUENCE {after.Sequence} should be above {before.Sequence}");
        Assert.Equal(app.Time.GetUtcNow().UtcDateTime, after.LastModified!.AsUtc);
        Assert.Equal("B会議室", after.Location);
        Assert.Equal(EventStatus.Confirmed, after.Status);
    }

    [Fact]
    public async Task Calendar_CancelledUpcomingEvent_StaysWithStatusCancelledSameUidAndHigherSequence()
    {
        using var app = new PublicWebApp();
        var cancelledId = await app.CreateEventAsync("title:\"勉強会\" start:\"2026-12-05 14:00\"");
        var keptId = await app.CreateEventAsync("title:\"交流会\" start:\"2026-12-06 18:00\"");
        var client = app.CreateClient();
        var before = Calendar.Load(await client.GetStringAsync("/calendar.ics"))!;

        app.Time.Advance(TimeSpan.FromMinutes(5));
        await app.RunAsync($"/event cancel {cancelledId} reason:台風接近 confirm:yes");
        var after = Calendar.Load(await client.GetStringAsync("/calendar.ics"))!;
        var single = Assert.Single(Calendar.Load(await client.GetStringAsync($"/events/{cancelledId}.ics"))!.Events);

        var cancelled = Find(after, cancelledId);
        Assert.Equal(EventStatus.Cancelled, cancelled.Status);
        Assert.True(cancelled.Sequence > Find(before, cancelledId).Sequence, $"SEQUENCE {cancelled.Sequence} should have gone up");
        Assert.Equal(app.Time.GetUtcNow().UtcDateTime, cancelled.LastModified!.AsUtc);
        Assert.Equal($"【中止】#{cancelledId} 勉強会", cancelled.Summary);
        Assert.Contains("台風接近", cancelled.Description);
        Assert.DoesNotContain("/join", cancelled.Description);
        // The whole calendar and the event's own file say the same thing about it.
        Assert.Equal((single.Status, single.Sequence, single.Summary), (cancelled.Status, cancelled.Sequence, cancelled.Summary));

        var keptBefore = Find(before, keptId);
        var kept = Find(after, keptId);
        Assert.Equal(EventStatus.Confirmed, kept.Status);
        Assert.Equal((keptBefore.Sequence, keptBefore.Summary, keptBefore.DtStamp), (kept.Sequence, kept.Summary, kept.DtStamp));
    }

    [Fact]
    public async Task EventCalendar_CancelledWithinTheSameSecond_SequenceStillGoesUp()
    {
        using var app = new PublicWebApp();
        var id = await app.CreateEventAsync("title:\"勉強会\" start:\"2026-12-05 14:00\"");
        var client = app.CreateClient();
        var before = Assert.Single(Calendar.Load(await client.GetStringAsync($"/events/{id}.ics"))!.Events);

        await app.RunAsync($"/event cancel {id} confirm:yes");
        var after = Assert.Single(Calendar.Load(await client.GetStringAsync($"/events/{id}.ics"))!.Events);

        Assert.Equal(EventStatus.Cancelled, after.Status);
        Assert.Equal(before.Uid, after.Uid);
        Assert.True(after.Sequence > before.Sequence, $"SEQUENCE {after.Sequence} should be above {before.Sequence}");
    }

    [Fact]
    public async Task Calendar_CancelledEventOnceOver_DropsOutLikeOtherPastEvents()
    {
        using var app = new PublicWebApp();
        var id = await app.CreateEventAsync("title:\"勉強会\" start:\"2026-11-21 14:00\" end:16:00");
        await app.RunAsync($"/event cancel {id} confirm:yes");
        var client = app.CreateClient();
        var whileUpcoming = Calendar.Load(await client.GetStringAsync("/calendar.ics"))!;

        app.Time.Advance(TimeSpan.FromDays(2));
        var afterwards = Calendar.Load(await client.GetStringAsync("/calendar.ics"))!;

        Assert.Equal(EventStatus.Cancelled, Find(whileUpcoming, id).Status);
        Assert.Empty(afterwards.Events);
    }

    [Fact]
    public async Task Calendar_LangEn_DescribesInEnglishInTheSameZone()
    {
        using var app = new PublicWebApp();
        var id = await app.CreateEventAsync("title:\"勉強会\" start:\"2026-12-05 14:00\"");

        var calendar = Calendar.Load(await app.CreateClient().GetStringAsync("/calendar.ics?lang=en"))!;

        var entry = Find(calendar, id);
        Assert.Contains("To sign up, send /join", entry.Description);
        Assert.Equal("Asia/Tokyo", entry.DtStart!.TzId);
        Assert.Equal(new Uri($"{PublicWebApp.BaseUrl}/events/{id}?lang=en"), entry.Url);
    }

    private static CalendarEvent Find(Calendar calendar, int id) =>
        calendar.Events.Single(e => e.Uid == $"event-{id}@events.example.jp");
}
