using System.Text;
using NetworkBot.Core.Events;
using NetworkBot.Core.Localization;
using NetworkBot.Core.Publishing;
using NetworkBot.Core.Settings;

namespace NetworkBot.Web;

/// <summary>
/// The public endpoints: <c>GET /</c>, <c>/events/{id}</c>, <c>/calendar.ics</c>, <c>/events/{id}.ics</c>,
/// <c>/feed.atom</c>, and the signed <c>/events/{id}/attendees.csv</c> for organizers.
/// </summary>
public static class PublicPages
{
    private const string CalendarType = "text/calendar; charset=utf-8";

    public static IEndpointRouteBuilder MapPublicPages(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/", ListAsync);
        endpoints.MapGet("/events/{id}", EventAsync);
        endpoints.MapGet("/events/{id:int}.ics", EventCalendarAsync);
        endpoints.MapGet(PublicLinks.CalendarPath, CalendarAsync);
        endpoints.MapGet(PublicLinks.FeedPath, FeedAsync);
        endpoints.MapGet("/events/{id:int}/attendees.csv", AttendeesCsvAsync);
        return endpoints;
    }

    private static async Task<IResult> ListAsync(
        HttpContext context, PublicEventQuery query, EventPageRenderer renderer, BotSettings settings, TimeProvider time, CancellationToken cancellationToken)
    {
        var language = VisitorLanguage.For(context.Request, settings.DefaultLanguage);
        var upcoming = await query.UpcomingAsync(cancellationToken);
        return Html(context, language, renderer.List(upcoming, language, time.GetUtcNow()));
    }

    private static async Task<IResult> EventAsync(
        HttpContext context, string id, PublicEventQuery query, EventPageRenderer renderer, BotSettings settings, TimeProvider time, CancellationToken cancellationToken)
    {
        var language = VisitorLanguage.For(context.Request, settings.DefaultLanguage);
        var roster = EventIds.Parse(id) is { } eventId ? await query.FindAsync(eventId, cancellationToken) : null;
        return roster is null
            ? Html(context, language, renderer.NotFound(language, context.Request.Path), StatusCodes.Status404NotFound)
            : Html(context, language, renderer.Single(roster, language, time.GetUtcNow()));
    }

    private static async Task<IResult> EventCalendarAsync(
        HttpContext context, int id, PublicEventQuery query, EventCalendarWriter writer, BotSettings settings, CancellationToken cancellationToken)
    {
        var language = VisitorLanguage.For(context.Request, settings.DefaultLanguage);
        if (await query.FindAsync(id, cancellationToken) is not { } roster) return Results.NotFound();
        context.Response.Headers.ContentDisposition = $"inline; filename=\"event-{id}.ics\"";
        return Results.Text(writer.Write([roster.Event], Texts.For(language.Language)), CalendarType, Encoding.UTF8);
    }

    private static async Task<IResult> CalendarAsync(
        HttpContext context, PublicEventQuery query, EventCalendarWriter writer, BotSettings settings, CancellationToken cancellationToken)
    {
        var language = VisitorLanguage.For(context.Request, settings.DefaultLanguage);
        var upcoming = await query.UpcomingEventsAsync(cancellationToken);
        return Results.Text(writer.Write(upcoming, Texts.For(language.Language)), CalendarType, Encoding.UTF8);
    }

    private static async Task<IResult> FeedAsync(HttpContext context, AtomFeedWriter writer, BotSettings settings, CancellationToken cancellationToken)
    {
        var language = VisitorLanguage.For(context.Request, settings.DefaultLanguage);
        var feed = await writer.WriteAsync(Texts.For(language.Language), cancellationToken);
        return Results.Bytes(feed, "application/atom+xml; charset=utf-8");
    }

    /// <summary>403 unless the link is signed here for this event and not expired; the list holds personal data.</summary>
    private static async Task<IResult> AttendeesCsvAsync(
        HttpContext context,
        int id,
        AttendeeExportLinks links,
        PublicEventQuery query,
        AttendeeCsvWriter writer,
        EventPageRenderer renderer,
        BotSettings settings,
        CancellationToken cancellationToken)
    {
        var language = VisitorLanguage.For(context.Request, settings.DefaultLanguage);
        var headers = context.Response.Headers;
        headers.CacheControl = "no-store";
        headers["Referrer-Policy"] = "no-referrer";
        headers["X-Robots-Tag"] = "noindex";
        var path = context.Request.Path;
        if (!links.IsValid(id, context.Request.Query["expires"], context.Request.Query["sig"]))
        {
            return Html(context, language, renderer.LinkInvalid(language, path, id), StatusCodes.Status403Forbidden);
        }

        if (await query.FindAsync(id, cancellationToken) is not { } roster)
        {
            return Html(context, language, renderer.NotFound(language, path), StatusCodes.Status404NotFound);
        }

        using var csv = new MemoryStream();
        await writer.WriteAsync(roster, Texts.For(language.Language), csv, cancellationToken);
        return Results.File(csv.ToArray(), "text/csv; charset=utf-8", $"event-{id}-attendees.csv");
    }

    private static IResult Html(HttpContext context, VisitorLanguage language, string html, int statusCode = StatusCodes.Status200OK)
    {
        var headers = context.Response.Headers;
        headers.ContentSecurityPolicy = PageLayout.ContentSecurityPolicy;
        headers.XContentTypeOptions = "nosniff";
        headers.ContentLanguage = language.Tag;
        headers.Vary = "Accept-Language";
        if (!headers.ContainsKey("Cache-Control")) headers.CacheControl = "no-cache";
        return Results.Content(html, "text/html; charset=utf-8", Encoding.UTF8, statusCode);
    }
}
