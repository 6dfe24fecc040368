using Quartz;

namespace NetworkBot.Scheduling;

/// <summary>The stable names of the scheduler's jobs and triggers, and the job data they carry.</summary>
internal static class JobKeys
{
    /// <summary>The one job every scheduled send's trigger runs.</summary>
    public static readonly JobKey FireScheduledSend = new("fire-scheduled-send", "networkbot");

    /// <summary>Triggers are named after their scheduled send's id, in this group.</summary>
    public const string SendsGroup = "scheduled-sends";

    /// <summary>Job data: the id of the scheduled send a trigger fires.</summary>
    public const string SendId = "sendId";
}
