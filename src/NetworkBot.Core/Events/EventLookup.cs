using NetworkBot.Core.Localization;
using NetworkBot.Core.Replies;

namespace NetworkBot.Core.Events;

/// <summary>Finds the event a command names, or the polite reply that explains why it could not.</summary>
internal static class EventLookup
{
    public static async Task<(Event? Event, BotReply? Refusal)> FindAsync(
        IEventRepository events, string? idText, Texts texts, string usage, CancellationToken cancellationToken)
    {
        if (idText is null) return (null, BotReply.InvalidInput(texts.EventIdMissing(usage)));
        if (EventIds.Parse(idText) is not { } id) return (null, BotReply.InvalidInput(texts.EventIdInvalid(idText, usage)));
        var found = await events.GetAsync(id, cancellationToken);
        return found is null ? (null, BotReply.InvalidInput(texts.EventNotFound(id))) : (found, null);
    }
}
