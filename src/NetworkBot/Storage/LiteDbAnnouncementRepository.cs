using NetworkBot.Core.Announcements;

namespace NetworkBot.Storage;

internal sealed class LiteDbAnnouncementRepository(LiteDbContext db) : IAnnouncementRepository
{
    public Task<Announcement> AddAsync(Announcement announcement, CancellationToken cancellationToken)
    {
        var id = db.Announcements.Insert(announcement with { Id = 0 });
        return Task.FromResult(announcement with { Id = id.AsInt32 });
    }

    public Task<Announcement?> GetAsync(int id, CancellationToken cancellationToken) =>
        Task.FromResult<Announcement?>(db.Announcements.FindById(id));

    public Task UpdateAsync(Announcement announcement, CancellationToken cancellationToken)
    {
        if (!db.Announcements.Update(announcement)) throw new InvalidOperationException($"Announcement {announcement.Id} does not exist.");
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<Announcement>> ListActiveAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<Announcement>>(db.Announcements.Find(a => !a.IsCancelled).OrderBy(a => a.Id).ToList());
}
