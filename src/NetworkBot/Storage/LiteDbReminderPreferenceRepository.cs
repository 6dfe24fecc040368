using NetworkBot.Core.Members;

namespace NetworkBot.Storage;

internal sealed class LiteDbReminderPreferenceRepository(LiteDbContext db) : IReminderPreferenceRepository
{
    public Task<ReminderPreference?> GetAsync(string memberId, CancellationToken cancellationToken) =>
        Task.FromResult<ReminderPreference?>(db.ReminderPreferences.FindById(memberId));

    public Task SaveAsync(ReminderPreference preference, CancellationToken cancellationToken)
    {
        db.ReminderPreferences.Upsert(preference);
        return Task.CompletedTask;
    }

    public Task<bool> DeleteAsync(string memberId, CancellationToken cancellationToken) =>
        Task.FromResult(db.ReminderPreferences.Delete(memberId));
}
