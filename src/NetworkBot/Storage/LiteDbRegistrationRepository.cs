using NetworkBot.Core.Events;

namespace NetworkBot.Storage;

internal sealed class LiteDbRegistrationRepository(LiteDbContext db) : IRegistrationRepository
{
    public Task<IReadOnlyList<Registration>> ListForEventAsync(int eventId, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<Registration>>(db.Registrations.Find(r => r.EventId == eventId).ToList());

    public Task<IReadOnlyList<Registration>> ListForMemberAsync(string memberId, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<Registration>>(db.Registrations.Find(r => r.MemberId == memberId).ToList());

    public Task SaveAsync(IReadOnlyList<Registration> registrations, CancellationToken cancellationToken)
    {
        // One LiteDB call is one transaction: a leave and the promotion it causes are stored together or not at all.
        db.Registrations.Upsert(registrations);
        return Task.CompletedTask;
    }
}
