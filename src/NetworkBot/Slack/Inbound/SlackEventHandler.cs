using System.Text.Json;
using System.Text.Json.Nodes;
using NetworkBot.Slack.Outbound;
using NetworkBot.Slack.Wire;

namespace NetworkBot.Slack.Inbound;

/// <summary>
/// Events API deliveries, over HTTP and Socket Mode alike: answers <c>url_verification</c>, acknowledges every
/// <c>event_callback</c> at once (each <c>event_id</c> handled once, however often Slack retries), then greets
/// newcomers (<c>team_join</c>) and publishes the App Home (<c>app_home_opened</c>). Other events are ignored.
/// </summary>
public sealed class SlackEventHandler(
    SlackEventDeduplicator deduplicator,
    SlackNewMemberGreeter greeter,
    SlackAppHome appHome,
    SlackFollowUps followUps,
    ILogger<SlackEventHandler> logger)
{
    internal Task<SlackAck> HandleAsync(EventCallback callback, string? retryNumber) => Task.FromResult(Handle(callback, retryNumber));

    private SlackAck Handle(EventCallback callback, string? retryNumber)
    {
        switch (callback.Type)
        {
            case "url_verification" when callback.Challenge is { Length: > 0 } challenge:
                return new SlackAck(new JsonObject { ["challenge"] = challenge });
            case "app_rate_limited":
                SlackLog.EventsRateLimited(logger);
                return SlackAck.Empty;
            case "event_callback" when callback.EventId is { Length: > 0 } eventId && callback.Event is { ValueKind: JsonValueKind.Object } inner:
                if (!deduplicator.IsFirst(eventId))
                {
                    SlackLog.EventRepeated(logger, retryNumber ?? "-");
                    return SlackAck.Empty;
                }

                Dispatch(callback.TeamId, callback.EventType, inner);
                return SlackAck.Empty;
            default:
                return SlackAck.Reject("unknown or incomplete Events API body");
        }
    }

    private void Dispatch(string? teamId, string? type, JsonElement inner)
    {
        switch (type)
        {
            case "team_join":
                var join = SlackPayloadsJson.TryRead<TeamJoinEvent>(inner);
                var team = teamId is { Length: > 0 } ? teamId : join?.User?.TeamId;
                if (join?.User is { } user && SlackIds.IsWellFormed(user.Id) && SlackIds.IsWellFormed(team)) followUps.Enqueue("team_join greeting", ct => greeter.GreetAsync(team, user, ct));
                break;
            case "app_home_opened":
                var opened = SlackPayloadsJson.TryRead<AppHomeOpenedEvent>(inner);
                if (opened is { Tab: "home", User: { } userId } && SlackIds.IsWellFormed(userId) && SlackIds.IsWellFormed(teamId))
                {
                    followUps.Enqueue("App Home", ct => appHome.PublishAsync(teamId, userId, ct));
                }

                break;
            default:
                SlackLog.EventIgnored(logger, type ?? "(none)");
                break;
        }
    }
}

/// <summary>Reads an inner event leniently: a shape that does not fit is skipped, not a failure.</summary>
internal static class SlackPayloadsJson
{
    public static T? TryRead<T>(JsonElement element)
        where T : class
    {
        try
        {
            return SlackJson.Parse<T>(element);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
