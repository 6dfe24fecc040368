using System.Security.Cryptography;
using System.Text;
using NetworkBot.Core.Localization;
using NetworkBot.Core.Platform;
using NetworkBot.Core.Publishing;

namespace NetworkBot.Web;

/// <summary>
/// The frame of every public page: one self-contained document (inline CSS, no scripts, fonts or outside
/// requests), readable on a phone, with the language switch, the calendar subscription and the feed.
/// </summary>
public sealed class PageLayout(PublicLinks links)
{
    private const string Css =
        ":root{color-scheme:light dark;--fg:#1f2328;--muted:#59636e;--line:#d1d9e0;--accent:#0b5cad;--bg:#fff;--card:#f6f8fa;--warn:#b42318}"
        + "@media (prefers-color-scheme:dark){:root{--fg:#e6edf3;--muted:#9198a1;--line:#3d444d;--accent:#6cb6ff;--bg:#0d1117;--card:#161b22;--warn:#ff7b72}}"
        + "*{box-sizing:border-box}"
        + "body{margin:0;background:var(--bg);color:var(--fg);line-height:1.7;-webkit-text-size-adjust:100%;"
        + "font-family:system-ui,-apple-system,\"Hiragino Sans\",\"Hiragino Kaku Gothic ProN\",\"Noto Sans JP\",\"Yu Gothic UI\",Meiryo,sans-serif}"
        + "header,main,footer{max-width:44rem;margin:0 auto;padding:0 1rem}"
        + "header{display:flex;flex-wrap:wrap;align-items:baseline;justify-content:space-between;gap:.5rem;padding-top:1rem}"
        + "h1{font-size:1.5rem;line-height:1.4;margin:.5rem 0}h2{font-size:1.2rem;line-height:1.4;margin:0 0 .5rem}"
        + "a{color:var(--accent)}"
        + ".event{background:var(--card);border:1px solid var(--line);border-radius:.5rem;padding:1rem;margin:1rem 0}"
        + ".kind{display:inline-block;font-size:.85rem;border:1px solid var(--line);border-radius:1rem;padding:0 .6rem;color:var(--muted);margin:0}"
        + "dl{display:grid;grid-template-columns:max-content 1fr;gap:.25rem 1rem;margin:.75rem 0}"
        + "dt{color:var(--muted);font-weight:600}dd{margin:0;overflow-wrap:anywhere}"
        + "@media (max-width:30rem){dl{grid-template-columns:1fr;gap:0}dd{margin-bottom:.5rem}}"
        + ".notice{border-left:4px solid var(--warn);padding:.25rem .75rem;margin:.75rem 0}"
        + ".description{white-space:pre-wrap;overflow-wrap:anywhere}"
        + ".links a{margin-right:1rem}"
        + "code{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;background:rgba(127,127,127,.18);padding:.1rem .3rem;border-radius:.25rem;overflow-wrap:anywhere}"
        + "footer{color:var(--muted);font-size:.9rem;border-top:1px solid var(--line);margin-top:2rem;padding-bottom:2rem}";

    /// <summary>The Content-Security-Policy of every page: nothing may load or run except this page's own style.</summary>
    public static readonly string ContentSecurityPolicy =
        $"default-src 'none'; style-src 'sha256-{Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(Css)))}'; "
        + "base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    /// <summary>Writes a whole document; <paramref name="path"/> is the page's own path, for the language switch.</summary>
    public string Render(VisitorLanguage language, string title, string path, Action<HtmlWriter, Texts> body)
    {
        var texts = Texts.For(language.Language);
        var other = language.Language == Language.En ? "ja" : "en";
        var html = new HtmlWriter();
        html.Trusted("<!DOCTYPE html>").Open("html", ("lang", language.Tag)).Open("head")
            .Empty("meta", ("charset", "utf-8"))
            .Empty("meta", ("name", "viewport"), ("content", "width=device-width, initial-scale=1"))
            .Element("title", title)
            .Empty("link", ("rel", "alternate"), ("type", "application/atom+xml"), ("title", texts.ScheduleName), ("href", links.Feed(language.Language)))
            .Empty("link", ("rel", "alternate"), ("type", "text/calendar"), ("title", texts.ScheduleName), ("href", links.Calendar(language.Language)))
            .Open("style").Trusted(Css).Close()
            .Close();

        html.Open("body").Open("header")
            .Element("p", texts.ScheduleName, ("class", "site"))
            .Open("nav").Link($"{path}?lang={other}", texts.WebOtherLanguageName, ("lang", other), ("hreflang", other)).Close()
            .Close();
        html.Open("main");
        body(html, texts);
        html.Close();

        html.Open("footer")
            .Element("p", texts.WebTimeZoneNote)
            .Element("h2", texts.WebSubscribeHeading)
            .Element("p", texts.WebSubscribeHelp)
            .Open("p").Element("code", links.Calendar(language.Language), ("class", "calendar-url")).Close()
            .Open("p", ("class", "links"))
            .Link(Href(PublicLinks.CalendarPath, language), "calendar.ics", ("type", "text/calendar"))
            .Link(Href(PublicLinks.FeedPath, language), texts.WebFeedLink, ("type", "application/atom+xml"))
            .Close()
            .Close();
        return html.Close().Close().ToString();
    }

    /// <summary>A same-site link that keeps a language the visitor chose explicitly.</summary>
    public static string Href(string path, VisitorLanguage language) => language.FromQuery ? $"{path}?lang={language.Tag}" : path;
}
