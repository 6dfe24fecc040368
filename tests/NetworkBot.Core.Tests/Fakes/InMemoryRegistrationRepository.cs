using NetworkBot.Core.Events;

namespace NetworkBot.Core.Tests.Fakes;

/// <summary>Registrations keyed by their id; counts writes so a test can say "nothing was saved".</summary>
internal sealed class InMemoryRegistrationRepository : IRegistrationRepository
{
    private readonly Dictionary<string, Registration> _registrations = [];
    private readonly Lock _gate = new();

    public int Writes { get; private set; }

    public IReadOnlyList<Registration> All
    {
        get
        {
            lock (_gate) return _registrations.Values.OrderBy(r => r.Sequence).ToList();
        }
    }

    public Task<IReadOnlyList<Registration>> ListForEventAsync(int eventId, CancellationToken cancellationToken)
    {
        lock (_gate) return Task.FromResult<IReadOnlyList<Registration>>(_registrations.Values.Where(r => r.EventId == eventId).ToList());
    }

    public Task<IReadOnlyList<Registration>> ListForMemberAsync(string memberId, CancellationToken cancellationToken)
    {
        lock (_gate) return Task.FromResult<IReadOnlyList<Registration>>(_registrations.Values.Where(r => r.MemberId == memberId).ToList());
    }

    public Task SaveAsync(IReadOnlyList<Registration> registrations, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            foreach (var registration in registrations) _registrations[registration.Id] = registration;
            Writes++;
        }

        return Task.CompletedTask;
    }
}
