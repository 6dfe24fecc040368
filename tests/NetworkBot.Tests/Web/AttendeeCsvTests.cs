using System.Net;
using System.Text.RegularExpressions;
using CsvHelper;
using NetworkBot.Core.Platform;

namespace NetworkBot.Tests.Web;

public sealed partial class AttendeeCsvTests
{
    private const string Symposium =
        "title:\"シンポジウム\" kind:シンポジウム start:\"2026-12-05 14:00\" capacity:1 party:yes party_capacity:1";

    [Fact]
    public async Task AttendeesCsv_ValidLink_Returns200WithBomAndEveryRegistration()
    {
        using var app = new PublicWebApp();
        var id = await app.CreateEventAsync(Symposium);
        await app.RunAsync($"/join {id} party:yes name:\"山田 花子\" affiliation:\"△△町 総務課\" email:hanako@mail.test", asName: "hanako");
        app.Time.Advance(TimeSpan.FromMinutes(30));
        await app.RunAsync($"/join {id} party:yes name:\"佐藤 次郎\"", asName: "jiro");
        await app.RunAsync($"/join {id} name:\"=SUM(1,2)\"", asName: "formula");

        var link = await AttendeesLinkAsync(app, id);
        var response = await app.CreateClient().GetAsync(link);
        var bytes = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        var rows = ReadCsv(bytes[3..]);
        Assert.Equal(["受付番号", "参加状況", "お名前", "所属", "メールアドレス", "懇親会", "登録日時（日本時間）"], rows[0]);
        Assert.Equal(["1", "参加", "山田 花子", "△△町 総務課", "hanako@mail.test", "参加", "2026-11-20 10:00"], rows[1]);
        Assert.Equal(["2", "補欠（1番目）", "佐藤 次郎", "", "", "補欠（1番目）", "2026-11-20 10:30"], rows[2]);
        Assert.Equal("'=SUM(1,2)", rows[3][2]);
        Assert.Equal("補欠（2番目）", rows[3][1]);
        Assert.Equal("不参加", rows[3][5]);
        Assert.Equal(4, rows.Count);
    }

    [Fact]
    public async Task AttendeesCsv_EnglishOrganizer_GetsEnglishHeaders()
    {
        using var app = new PublicWebApp();
        var id = await app.CreateEventAsync(Symposium);
        await app.RunAsync($"/join {id}", asName: "hanako");

        var link = await AttendeesLinkAsync(app, id, Language.En);
        var rows = ReadCsv((await app.CreateClient().GetByteArrayAsync(link))[3..]);

        Assert.Contains("lang=en", link);
        Assert.Equal("Registered at (JST)", rows[0][6]);
        Assert.Equal("Going", rows[1][1]);
        Assert.Equal("Not going", rows[1][5]);
    }

    [Fact]
    public async Task AttendeesCsv_TamperedLinks_Return403()
    {
        using var app = new PublicWebApp();
        var id = await app.CreateEventAsync(Symposium);
        var other = await app.CreateEventAsync(Symposium);
        var link = await AttendeesLinkAsync(app, id);
        var client = app.CreateClient();
        var signature = SignatureOf().Match(link).Groups[1].Value;
        var flipped = signature[..^1] + (signature[^1] == 'A' ? 'B' : 'A');

        var tampered = new[]
        {
            link.Replace(signature, flipped, StringComparison.Ordinal),
            link.Replace($"/events/{id}/", $"/events/{other}/", StringComparison.Ordinal),
            ExpiresOf().Replace(link, m => $"expires={long.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) + 3600}"),
            link[..link.IndexOf("&sig=", StringComparison.Ordinal)],
            $"/events/{id}/attendees.csv",
            $"/events/{id}/attendees.csv?expires=abc&sig={signature}",
            // Base64 decoders skip whitespace; the link must still be the one given out, character for character.
            link.Replace(signature, signature[..8] + "%0D%0A" + signature[8..], StringComparison.Ordinal),
            link.Replace(signature, signature[..8] + "+" + signature[8..], StringComparison.Ordinal),
        };

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(link)).StatusCode);
        foreach (var path in tampered)
        {
            var response = await client.GetAsync(path);
            var body = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode == HttpStatusCode.Forbidden, $"{path} gave {response.StatusCode}");
            Assert.Contains($"/event attendees {(path.Contains($"/events/{other}/", StringComparison.Ordinal) ? other : id)}", body);
            Assert.DoesNotContain("hanako", body);
        }
    }

    [Fact]
    public async Task AttendeesCsv_After24Hours_Returns403()
    {
        using var app = new PublicWebApp();
        var id = await app.CreateEventAsync(Symposium);
        var link = await AttendeesLinkAsync(app, id);
        var client = app.CreateClient();

        app.Time.Advance(TimeSpan.FromHours(24) - TimeSpan.FromSeconds(1));
        var lastSecond = await client.GetAsync(link);
        app.Time.Advance(TimeSpan.FromSeconds(1));
        var expired = await client.GetAsync(link);

        Assert.Equal(HttpStatusCode.OK, lastSecond.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, expired.StatusCode);
    }

    [Fact]
    public async Task AttendeesLink_AfterRestart_StillWorks()
    {
        var storage = PublicWebApp.NewStoragePath();
        try
        {
            string link;
            using (var first = new PublicWebApp(storage))
            {
                var id = await first.CreateEventAsync(Symposium);
                link = await AttendeesLinkAsync(first, id);
            }

            using var second = new PublicWebApp(storage);
            var response = await second.CreateClient().GetAsync(link);

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
        finally
        {
            PublicWebApp.DeleteFolderOf(storage);
        }
    }

    [Fact]
    public async Task AttendeesLink_ConfiguredKey_SignsInsteadOfTheStoredOne()
    {
        var key = new Dictionary<string, string?> { ["Bot:LinkSigningKey"] = "a-long-random-secret-for-the-tests-0123456789" };
        var otherKey = new Dictionary<string, string?> { ["Bot:LinkSigningKey"] = "another-long-random-secret-for-tests-987654321" };
        using var maker = new PublicWebApp(settings: key);
        using var sameKey = new PublicWebApp(settings: key);
        using var differentKey = new PublicWebApp(settings: otherKey);
        var id = await maker.CreateEventAsync(Symposium);
        Assert.Equal(id, await sameKey.CreateEventAsync(Symposium));
        Assert.Equal(id, await differentKey.CreateEventAsync(Symposium));

        var link = await AttendeesLinkAsync(maker, id);

        Assert.Equal(HttpStatusCode.OK, (await sameKey.CreateClient().GetAsync(link)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await differentKey.CreateClient().GetAsync(link)).StatusCode);
    }

    [Fact]
    public async Task AttendeesLink_ShortConfiguredKey_StopsTheStartNamingTheSetting()
    {
        using var app = new PublicWebApp(settings: new Dictionary<string, string?> { ["Bot:LinkSigningKey"] = "short" });

        var error = Assert.ThrowsAny<Exception>(() => app.CreateClient());

        Assert.Contains("Bot:LinkSigningKey", error.ToString());
    }

    /// <summary>Asks for the roster in chat, as an organizer, and returns the CSV link's path and query.</summary>
    private static async Task<string> AttendeesLinkAsync(PublicWebApp app, int id, Language language = Language.Ja)
    {
        var reply = await app.RunAsync($"/event attendees {id}", language: language);
        var match = CsvLink().Match(PublicWebApp.AllText(reply));
        Assert.True(match.Success, "No CSV link in: " + PublicWebApp.AllText(reply));
        var url = new Uri(match.Groups[1].Value);
        Assert.Equal(PublicWebApp.BaseUrl, url.GetLeftPart(UriPartial.Authority));
        return url.PathAndQuery;
    }

    private static List<string[]> ReadCsv(byte[] bytes)
    {
        using var reader = CsvReader.Create(bytes, CsvReaderOptions.Default with { HasHeader = false });
        var rows = new List<string[]>();
        while (reader.Read()) rows.Add(Enumerable.Range(0, reader.FieldCount).Select(reader.GetString).ToArray());
        return rows;
    }

    [GeneratedRegex(@"\]\((https?://[^)\s]+/attendees\.csv[^)\s]*)\)")]
    private static partial Regex CsvLink();

    [GeneratedRegex("sig=([^&]+)")]
    private static partial Regex SignatureOf();

    [GeneratedRegex(@"expires=(\d+)")]
    private static partial Regex ExpiresOf();
}
