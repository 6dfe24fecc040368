using LiteDB;
using NetworkBot.Core.Announcements;
using NetworkBot.Core.Events;
using NetworkBot.Core.Members;
using NetworkBot.Core.Scheduling;

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
        mapper.Entity<ScheduledSend>().Id(s => s.Id, autoId: false);
        mapper.Entity<OutboxEntry>().Id(o => o.Id, autoId: false).Ignore(o => o.IsOpen).Ignore(o => o.Member);
        mapper.Entity<Announcement>().Id(a => a.Id, autoId: true).Ignore(a => a.IsRecurring).Ignore(a => a.Channel);
        mapper.Entity<ReminderPreference>().Id(p => p.MemberId, autoId: false);
        mapper.Entity<MemberProfile>().Id(p => p.MemberId, autoId: false);
        mapper.Entity<SeenMember>().Id(s => s.MemberId, autoId: false);
        return mapper;
    }
}
