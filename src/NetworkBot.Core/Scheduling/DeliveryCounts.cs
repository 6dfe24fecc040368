namespace NetworkBot.Core.Scheduling;

/// <summary>How the deliveries of one scheduled send stand.</summary>
public sealed record DeliveryCounts(int Sent, int Pending, int Failed, int OptedOut, int OtherwiseSkipped)
{
    public static DeliveryCounts Of(IEnumerable<OutboxEntry> entries)
    {
        var list = entries.ToList();
        return new DeliveryCounts(
            list.Count(e => e.Status == DeliveryStatus.Sent),
            list.Count(e => e.IsOpen),
            list.Count(e => e.Status == DeliveryStatus.Failed),
            list.Count(e => e.Status == DeliveryStatus.Skipped && e.Reason == DeliveryReasons.OptedOut),
            list.Count(e => e.Status == DeliveryStatus.Skipped && e.Reason != DeliveryReasons.OptedOut));
    }
}
