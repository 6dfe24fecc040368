namespace NetworkBot.Core.Events;

/// <summary>What a reminder says, in the bot's time zone. <see cref="PartyLine"/> is set only for members going to the after-party.</summary>
public sealed record ReminderDetails(
    int EventId,
    string Title,
    TimeSpan Offset,
    DateTime Start,
    DateTime? Doors,
    string When,
    string? Venue,
    string? OnlineUrl,
    string? PartyLine);
