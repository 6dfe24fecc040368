using LiteDB;
using NetworkBot.Core.Events;
using NetworkBot.Core.Members;

namespace NetworkBot.Storage;

/// <summary>How Core's records are stored: instants as UTC dates, durations as ticks, ids as LiteDB's _id.</summary>
internal static class BsonMapping
{
    public static BsonMapper Create()
    {
        var mapper = new BsonMapper { EnumAsInteger = false };
        mapper.RegisterType(
            serialize: (DateTimeOffset value) => new BsonValue(value.UtcDateTime),
            deserialize: bson => new DateTimeOffset(bson.AsDateTime.ToUniversalTime(), TimeSpan.Zero));
        mapper.RegisterType(
            serialize: (TimeSpan value) => new BsonValue(value.Ticks),
            deserialize: bson => TimeSpan.FromTicks(bson.AsInt64));
        mapper.Entity<Event>().Id(e => e.Id, autoId: true).Ignore(e => e.EndOrStart);
        mapper.Entity<Registration>().Id(r => r.Id, autoId: false).Ignore(r => r.IsActive).Ignore(r => r.Member);
        mapper.Entity<MemberProfile>().Id(p => p.MemberId, autoId: false);
        mapper.Entity<SeenMember>().Id(s => s.MemberId, autoId: false);
        return mapper;
    }
}
