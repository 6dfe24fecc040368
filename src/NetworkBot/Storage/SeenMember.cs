namespace NetworkBot.Storage;

/// <summary>A member the bot has met (and so welcomed): only the id and when.</summary>
public sealed record SeenMember
{
    public required string MemberId { get; init; }

    public DateTimeOffset FirstSeenAt { get; init; }
}
