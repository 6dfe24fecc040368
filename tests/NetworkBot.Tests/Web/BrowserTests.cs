using System.Net;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace NetworkBot.Tests.Web;

/// <summary>Opens the page in a real headless browser, served by the app on a real loopback port.</summary>
public sealed class BrowserTests
{
    private static readonly TimeSpan BrowserTimeout = TimeSpan.FromSeconds(60);

    [ChromiumFact]
    public async Task Home_InChromium_ShowsAVisitorTheEventsInJapanese()
    {
        using var app = new PublicWebApp(settings: new Dictionary<string, string?> { ["urls"] = "http://127.0.0.1:0" });
        app.UseKestrel(0);
        app.StartServer();
        var id = await app.CreateEventAsync(
            "title:\"<b>まちづくり</b>勉強会\" start:\"2026-12-05 14:00\" doors:13:40 end:17:00 venue:\"○○市民センター\" capacity:20 party:yes party_start:17:30");
        await app.RunAsync($"/join {id} name:\"山田 花子\" email:hanako@mail.test", asName: "hanako");
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses
            .Select(a => new Uri(a))
            .First(a => IPAddress.IsLoopback(IPAddress.Parse(a.Host)));

        var dom = await Chromium.DumpDomAsync(new Uri(address, "/").ToString(), "ja,en-US;q=0.8", BrowserTimeout);

        var page = new HtmlParser().ParseDocument(dom);
        var seen = page.Body!.TextContent;
        Assert.Equal("ja", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("今後のイベント", page.Title);
        Assert.Equal($"#{id} <b>まちづくり</b>勉強会", page.QuerySelector($"#event-{id} h2")!.TextContent);
        Assert.Empty(page.QuerySelectorAll("main b"));
        Assert.Contains("2026年12月5日(土) 14:00開始（13:40開場）〜17:00終了予定", seen);
        Assert.Contains("○○市民センター", seen);
        Assert.Contains("定員 20名（残り19席）", seen);
        Assert.Contains($"/join {id}", seen);
        Assert.Contains("日時はすべて日本時間です。", seen);
        Assert.DoesNotContain("山田", seen);
        Assert.DoesNotContain("hanako", dom);
    }
}
