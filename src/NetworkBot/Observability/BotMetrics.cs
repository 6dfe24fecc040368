using System.Diagnostics;
using System.Diagnostics.Metrics;
using NetworkBot.Core.Commands;
using NetworkBot.Core.Platform;
using NetworkBot.Core.Scheduling;

namespace NetworkBot.Observability;

/// <summary>
/// The bot's own instruments, on the meter <c>NetworkBot</c>: commands and their duration, deliveries sent and failed,
/// and the waits rate limits impose. Tags are a few short, fixed words (never a member, a channel or message text), so
/// the number of series stays small; recording is a counter add, cheap enough for every command.
/// </summary>
public sealed class BotMetrics
{
    public const string MeterName = "NetworkBot";

    /// <summary>The outcome tag of a command that threw instead of answering.</summary>
    public const string Failed = "failed";

    /// <summary>The kind tag of messages sent at once rather than through the outbox: promotion notices, welcomes, introduction cards.</summary>
    public const string ImmediateKind = "immediate";

    private readonly Counter<long> _commands;
    private readonly Histogram<double> _commandDuration;
    private readonly Counter<long> _deliveriesSent;
    private readonly Counter<long> _deliveriesFailed;
    private readonly Histogram<double> _rateLimitWaits;

    public BotMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(MeterName);
        _commands = meter.CreateCounter<long>("networkbot.commands", "{command}", "Commands run, by platform, command and outcome");
        _commandDuration = meter.CreateHistogram<double>("networkbot.command.duration", "s", "How long commands took to answer",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5] });
        _deliveriesSent = meter.CreateCounter<long>("networkbot.deliveries.sent", "{message}", "Messages the platforms accepted, by platform and kind");
        _deliveriesFailed = meter.CreateCounter<long>("networkbot.deliveries.failed", "{message}", "Delivery attempts that failed, by platform, kind, reason and whether they will be retried");
        _rateLimitWaits = meter.CreateHistogram<double>("networkbot.rate_limit.wait.duration", "s", "Waits imposed by a platform's rate limits, by platform and route");
    }

    public void CommandRan(ChatPlatform platform, string command, string outcome, TimeSpan elapsed)
    {
        var tags = new TagList { { "platform", Name(platform) }, { "command", command }, { "outcome", outcome } };
        _commands.Add(1, tags);
        _commandDuration.Record(elapsed.TotalSeconds, tags);
    }

    public void DeliverySent(ChatPlatform platform, string kind) =>
        _deliveriesSent.Add(1, new TagList { { "platform", Name(platform) }, { "kind", kind } });

    public void DeliveryFailed(ChatPlatform platform, string kind, string reason, bool willRetry) =>
        _deliveriesFailed.Add(1, new TagList { { "platform", Name(platform) }, { "kind", kind }, { "reason", reason }, { "will_retry", willRetry } });

    /// <summary>A wait before a request could go out; <paramref name="route"/> has no ids or tokens in it.</summary>
    public void RateLimitWaited(ChatPlatform platform, string route, TimeSpan wait)
    {
        if (wait > TimeSpan.Zero) _rateLimitWaits.Record(wait.TotalSeconds, new TagList { { "platform", Name(platform) }, { "route", route } });
    }

    /// <summary>The tag value of a command's outcome; <c>failed</c> is for a command that threw.</summary>
    public static string Name(CommandOutcome outcome) => outcome switch
    {
        CommandOutcome.Refused => "refused",
        CommandOutcome.InvalidInput => "invalid_input",
        _ => "ok",
    };

    /// <summary>The tag value of an outbox delivery's kind.</summary>
    public static string Name(DeliveryKind kind) => kind switch
    {
        DeliveryKind.Reminder => "reminder",
        DeliveryKind.WaitlistNote => "waitlist_note",
        DeliveryKind.ChannelPost => "channel_post",
        DeliveryKind.Announcement => "announcement",
        _ => "other",
    };

    private static string Name(ChatPlatform platform) => platform switch
    {
        ChatPlatform.Slack => "slack",
        ChatPlatform.Discord => "discord",
        ChatPlatform.Console => "console",
        _ => "other",
    };
}
