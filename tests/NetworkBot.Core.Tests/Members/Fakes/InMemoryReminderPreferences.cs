using NetworkBot.Core.Members;

namespace NetworkBot.Core.Tests.Members.Fakes;

/// <summary>Reminder preferences in memory, for tests.</summary>
internal sealed class InMemoryReminderPreferences : IReminderPreferenceRepository
{
    private readonly Dictionary<string, ReminderPreference> _preferences = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, ReminderPreference> Stored => _preferences;

    public Task<ReminderPreference?> GetAsync(string memberId, CancellationToken cancellationToken) =>
        Task.FromResult(_preferences.GetValueOrDefault(memberId));

    public Task SaveAsync(ReminderPreference preference, CancellationToken cancellationToken)
    {
        _preferences[preference.MemberId] = preference;
        return Task.CompletedTask;
    }

    public Task<bool> DeleteAsync(string memberId, CancellationToken cancellationToken) => Task.FromResult(_preferences.Remove(memberId));
}
