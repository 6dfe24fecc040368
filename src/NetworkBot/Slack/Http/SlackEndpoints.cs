using NetworkBot.Slack.Inbound;
using NetworkBot.Web;

namespace NetworkBot.Slack.Http;

/// <summary>
/// <c>POST /slack/commands</c>, <c>/slack/interactions</c> and <c>/slack/events</c> (fixed paths). Each one passes the
/// gate (size, signature), reads its body, and hands it to the handler Socket Mode uses too. Bad input is a 4xx, never a 500.
/// </summary>
internal static class SlackEndpoints
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var slack = endpoints.MapGroup("/slack");
        slack.MapPost("/commands", CommandsAsync);
        slack.MapPost("/interactions", InteractionsAsync);
        slack.MapPost("/events", EventsAsync);
    }

    private static async Task<IResult> CommandsAsync(HttpContext context, SlackHttpGate gate, SlackCommandHandler handler)
    {
        var (body, refusal) = await gate.AdmitAsync(context);
        if (refusal is not null) return refusal;
        if (SlackPayloads.IsSslCheck(body!)) return Results.Ok();
        var (command, problem) = SlackPayloads.ReadSlashCommand(body!);
        return command is null ? gate.BadRequest(context, problem!) : Answer(context, gate, await handler.HandleAsync(command));
    }

    private static async Task<IResult> InteractionsAsync(HttpContext context, SlackHttpGate gate, SlackInteractionHandler handler)
    {
        var (body, refusal) = await gate.AdmitAsync(context);
        if (refusal is not null) return refusal;
        var (payload, problem) = SlackPayloads.ReadInteraction(body!);
        return payload is null ? gate.BadRequest(context, problem!) : Answer(context, gate, await handler.HandleAsync(payload));
    }

    private static async Task<IResult> EventsAsync(HttpContext context, SlackHttpGate gate, SlackEventHandler handler)
    {
        var (body, refusal) = await gate.AdmitAsync(context);
        if (refusal is not null) return refusal;
        var (callback, problem) = SlackPayloads.ReadEvent(body!);
        if (callback is null) return gate.BadRequest(context, problem!);
        var retry = context.Request.Headers["X-Slack-Retry-Num"].ToString();
        return Answer(context, gate, await handler.HandleAsync(callback, retry.Length > 0 ? retry : null));
    }

    private const string SlackJsonType = "application/json; charset=utf-8";

    private static IResult Answer(HttpContext context, SlackHttpGate gate, SlackAck ack)
    {
        if (ack.Rejected is { } why) return gate.BadRequest(context, why);
        if (ack.Body is null) return Results.Ok();
        return ack.BodyUtf8Json is { } kept ? new Utf8JsonResult(kept, SlackJsonType) : Results.Text(ack.Body.ToJsonString(Wire.SlackJson.Options), SlackJsonType);
    }
}
