using System.Text.Json;
using System.Text.Json.Nodes;
using NetworkBot.Slack.Http;
using NetworkBot.Slack.Inbound;
using NetworkBot.Slack.Wire;

namespace NetworkBot.Slack.SocketMode;

/// <summary>
/// Turns one Socket Mode envelope into its acknowledgement, using the same handlers as the HTTP endpoints:
/// <c>{"envelope_id": …, "payload": …}</c>, the payload being what the HTTP answer's body would be (a slash
/// command's reply, a modal's <c>response_action</c>). Envelopes that cannot be read are still acknowledged, so Slack
/// does not send them again.
/// </summary>
public sealed class SlackEnvelopeHandler(
    SlackCommandHandler commands, SlackInteractionHandler interactions, SlackEventHandler events, ILogger<SlackEnvelopeHandler> logger)
{
    internal async Task<JsonObject> AcknowledgeAsync(SocketEnvelope envelope)
    {
        var ack = await HandleAsync(envelope);
        if (ack.Rejected is { } why) SlackLog.EnvelopeRefused(logger, envelope.Type ?? "(none)", why);
        var frame = new JsonObject { ["envelope_id"] = envelope.EnvelopeId };
        // A kept answer (BodyUtf8Json) is shared with other requests: the frame gets its own copy.
        if (ack.Body is { } body && (envelope.AcceptsResponsePayload || envelope.Type == "interactive")) frame["payload"] = ack.BodyUtf8Json is null ? body : body.DeepClone();
        return frame;
    }

    private async Task<SlackAck> HandleAsync(SocketEnvelope envelope)
    {
        if (envelope.Payload is not { ValueKind: JsonValueKind.Object } payload) return SlackAck.Reject("envelope without a payload");
        switch (envelope.Type)
        {
            case "slash_commands":
                var command = SlackPayloadsJson.TryRead<SlashCommand>(payload);
                return command is { IsComplete: true } ? await commands.HandleAsync(command) : SlackAck.Reject("slash command without a well-formed team_id, user_id or command");
            case "interactive":
                var interaction = SlackPayloadsJson.TryRead<InteractionPayload>(payload);
                return interaction is { Type.Length: > 0 } ? await interactions.HandleAsync(interaction) : SlackAck.Reject("interaction payload without a type");
            case "events_api":
                var callback = SlackPayloadsJson.TryRead<EventCallback>(payload);
                var retry = envelope.RetryAttempt is > 0 ? envelope.RetryAttempt.Value.ToString(System.Globalization.CultureInfo.InvariantCulture) : null;
                return callback is { Type.Length: > 0 } ? await events.HandleAsync(callback, retry) : SlackAck.Reject("event body without a type");
            default:
                return SlackAck.Reject("unknown envelope type");
        }
    }
}
