namespace NetworkBot.Core.Scheduling;

/// <summary>Reads Quartz cron expressions (<c>0 0 9 ? * MON#1</c>) in the bot's time zone; the host implements it with Quartz.</summary>
public interface ICronSchedule
{
    /// <summary>Null when <paramref name="cron"/> is a valid expression, otherwise why not (in English, as the parser says it).</summary>
    string? Validate(string cron);

    /// <summary>The first time after <paramref name="after"/> the expression fires, or null when it never fires again.</summary>
    DateTimeOffset? NextAfter(string cron, DateTimeOffset after);
}
