namespace NetworkBot.Storage;

/// <summary>One named value in <see cref="LiteDbContext.Values"/>; the id says whose it is (<c>discord:commands:global</c>).</summary>
public sealed class StoredValue
{
    public string Id { get; set; } = "";

    public string Value { get; set; } = "";

    public DateTimeOffset UpdatedAt { get; set; }
}
