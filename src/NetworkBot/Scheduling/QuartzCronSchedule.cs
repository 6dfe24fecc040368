using System.Collections.Concurrent;
using NetworkBot.Core.Scheduling;
using NetworkBot.Core.Settings;
using Quartz;

namespace NetworkBot.Scheduling;

/// <summary>Quartz's own cron parser, read in <c>Bot:TimeZone</c>, so what is shown on creation is what the scheduler will do.</summary>
internal sealed class QuartzCronSchedule(BotSettings settings) : ICronSchedule
{
    private readonly ConcurrentDictionary<string, CronExpression> _parsed = new(StringComparer.Ordinal);

    public string? Validate(string cron)
    {
        try
        {
            _ = Parse(cron);
            return null;
        }
        catch (FormatException exception)
        {
            return exception.Message;
        }
    }

    public DateTimeOffset? NextAfter(string cron, DateTimeOffset after) => Parse(cron).GetNextValidTimeAfter(after);

    private CronExpression Parse(string cron) => _parsed.GetOrAdd(cron, c => new CronExpression(c, settings.TimeZone));
}
