namespace NetworkBot.Core.Scheduling;

/// <summary>Where scheduled sends are kept.</summary>
public interface IScheduledSendRepository
{
    Task<ScheduledSend?> GetAsync(string id, CancellationToken cancellationToken);

    Task<IReadOnlyList<ScheduledSend>> ListForSourceAsync(ScheduledSendKind kind, int sourceId, CancellationToken cancellationToken);

    Task<IReadOnlyList<ScheduledSend>> ListPlannedAsync(CancellationToken cancellationToken);

    /// <summary>Inserts or replaces.</summary>
    Task SaveAsync(ScheduledSend send, CancellationToken cancellationToken);

    Task DeleteAsync(string id, CancellationToken cancellationToken);
}
