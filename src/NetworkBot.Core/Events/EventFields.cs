namespace NetworkBot.Core.Events;

/// <summary>The option keys of <c>/event create</c> and <c>/event edit</c> (fixed: Discord uses them as option names).</summary>
public static class EventFields
{
    public const string Title = "title";
    public const string Kind = "kind";
    public const string Start = "start";
    public const string End = "end";
    public const string Doors = "doors";
    public const string Venue = "venue";
    public const string Url = "url";
    public const string Capacity = "capacity";
    public const string Fee = "fee";
    public const string Party = "party";
    public const string PartyStart = "party_start";
    public const string PartyVenue = "party_venue";
    public const string PartyCapacity = "party_capacity";
    public const string PartyFee = "party_fee";
    public const string Deadline = "deadline";
    public const string Prefecture = "prefecture";
    public const string Description = "description";
    public const string Reminders = "reminders";

    public static readonly string[] All =
    [
        Title, Kind, Start, End, Doors, Venue, Url, Capacity, Fee, Party, PartyStart, PartyVenue, PartyCapacity,
        PartyFee, Deadline, Prefecture, Description, Reminders,
    ];

    /// <summary>Changes that registrants should hear about.</summary>
    public static readonly string[] WorthTelling = [Start, End, Doors, Venue, Url, Party, PartyStart, PartyVenue];

    public const int TitleMaxLength = 100;
    public const int VenueMaxLength = 200;
    public const int DescriptionMaxLength = 2000;
}
