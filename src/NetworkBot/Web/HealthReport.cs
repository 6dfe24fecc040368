using System.Text.Json.Serialization;
using Microsoft.Extensions.Options;
using NetworkBot.Core.Scheduling;
using NetworkBot.Discord;
using NetworkBot.Observability;
using NetworkBot.Slack;

namespace NetworkBot.Web;

/// <summary>
/// What <c>/health</c> answers. <see cref="Status"/> is <c>unavailable</c> (HTTP 503) when the data file or the scheduler
/// does not answer, or the read-through after the start found the file damaged (<see cref="Storage"/> <c>damaged</c>;
/// <c>checking</c> while that read is under way): the bot cannot work as it should and someone must act. It is <c>degraded</c> (still 200) when a configured
/// platform connection is not up or the outbox has fallen behind: the bot keeps retrying by itself and a restart would
/// not help, but someone should look. Otherwise <c>ok</c>.
/// </summary>
public sealed record HealthReport(string Status, string Storage, string Scheduler, OutboxHealth? Outbox, SlackHealth Slack, DiscordHealth Discord)
{
    public const string Ok = "ok";
    public const string Degraded = "degraded";
    public const string Unavailable = "unavailable";
    public const string Configured = "configured";
    public const string Off = "off";
    public const string Checking = "checking";
    public const string Damaged = "damaged";

    /// <summary>A delivery due longer ago than this and still not sent means the outbox is behind (a platform is down, say).</summary>
    public static readonly TimeSpan OutboxBehindAfter = TimeSpan.FromMinutes(15);

    [JsonIgnore]
    public bool IsAvailable => Status != Unavailable;

    public static HealthReport Build(
        string storage, bool schedulerOk, OutboxBacklog? backlog, PlatformConnections connections, SlackOptions slack, DiscordOptions discord, DateTimeOffset now)
    {
        var outbox = backlog is null ? null : OutboxHealth.Of(backlog, now);
        var slackHealth = new SlackHealth(ConnectionHealth.Of(connections.SlackSocketMode.Current), slack.HttpEnabled ? Configured : Off);
        var discordHealth = new DiscordHealth(ConnectionHealth.Of(connections.DiscordGateway.Current), discord.IsEnabled ? Configured : Off);
        var connectionsUp = slackHealth.SocketMode.IsUpOrOff && discordHealth.Gateway.IsUpOrOff;
        var storageOk = storage is Ok or Checking;
        var status = !(storageOk && schedulerOk) ? Unavailable
            : connectionsUp && outbox?.Status != OutboxHealth.Behind ? Ok
            : Degraded;
        return new HealthReport(status, storage, schedulerOk ? Ok : Unavailable, outbox, slackHealth, discordHealth);
    }
}

/// <summary>Deliveries waiting (<see cref="Pending"/>), how long the oldest has been due, and how many were given up.</summary>
public sealed record OutboxHealth(string Status, int Pending, [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] long? OldestPendingSeconds, int Failed)
{
    public const string Behind = "behind";

    public static OutboxHealth Of(OutboxBacklog backlog, DateTimeOffset now)
    {
        var age = backlog.OldestDueAt is { } due ? now - due : (TimeSpan?)null;
        var status = age > HealthReport.OutboxBehindAfter ? Behind : HealthReport.Ok;
        return new OutboxHealth(status, backlog.Open, age is { } a ? (long)Math.Max(0, a.TotalSeconds) : null, backlog.Failed);
    }
}

/// <summary>One connection: its state (<c>off</c>, <c>connecting</c>, <c>connected</c>, <c>resuming</c>, <c>reconnecting</c>, <c>stopped</c>), since when, and why.</summary>
public sealed record ConnectionHealth(
    string State,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] DateTimeOffset? Since,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Reason)
{
    [JsonIgnore]
    public bool IsUpOrOff => State is "connected" or HealthReport.Off;

    public static ConnectionHealth Of(ConnectionSnapshot snapshot) => snapshot.State == ConnectionState.Off
        ? new ConnectionHealth(HealthReport.Off, null, null)
        : new ConnectionHealth(snapshot.State.ToString().ToLowerInvariant(), snapshot.Since, snapshot.Reason);
}

/// <summary>Slack: the Socket Mode connection, and whether the HTTP endpoints are served (Slack calls them; nothing to watch).</summary>
public sealed record SlackHealth(ConnectionHealth SocketMode, string Http);

/// <summary>Discord: the Gateway connection, and whether the interactions endpoint is served.</summary>
public sealed record DiscordHealth(ConnectionHealth Gateway, string Interactions);
