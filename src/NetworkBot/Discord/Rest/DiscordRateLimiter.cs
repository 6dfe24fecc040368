using System.Globalization;
using System.Net;
using System.Net.Http.Headers;

namespace NetworkBot.Discord.Rest;

/// <summary>
/// The one place that knows Discord's REST limits: per-route buckets learnt from <c>X-RateLimit-*</c> headers, the
/// bot-wide 50 requests per second, pauses after a 429 (from <c>retry_after</c> or <c>Retry-After</c>), and a guard
/// that stops sending well before Discord's ban for 10,000 invalid requests (401, 403, 429) in 10 minutes, or at
/// once when the bot token is refused. Time comes from <see cref="TimeProvider"/>, so tests run it on a fake clock.
/// </summary>
internal sealed class DiscordRateLimiter(TimeProvider time, int invalidRequestBudget = DiscordRateLimiter.DefaultInvalidRequestBudget)
{
    /// <summary>Discord bans at 10,000; stopping at 9,000 leaves room for what is already in flight.</summary>
    public const int DefaultInvalidRequestBudget = 9_000;

    public static readonly TimeSpan InvalidRequestWindow = TimeSpan.FromMinutes(10);
    public const int GlobalPerSecond = 50;

    /// <summary>
    /// How long a request holds one of the 50 turns, counted from about when Discord received it (see <see cref="Finish"/>),
    /// so that delays between here and Discord cannot squeeze 51 arrivals into one of Discord's seconds. The extra
    /// 10 ms covers what that estimate and the clocks miss.
    /// </summary>
    public static readonly TimeSpan GlobalWindow = TimeSpan.FromMilliseconds(1010);

    private readonly Lock _gate = new();
    private readonly Dictionary<string, string> _bucketHashByRoute = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Bucket> _buckets = new(StringComparer.Ordinal);
    private readonly Queue<DateTimeOffset> _invalid = new();
    private DateTimeOffset _globalPausedUntil;
    /// <summary>The last (up to) 50 requests under the global limit, each stamped when sent and again when answered.</summary>
    private readonly List<GlobalTurn> _globalTurns = new(GlobalPerSecond);
    /// <summary>The quickest answer seen: what a round trip costs when nothing on the way waited.</summary>
    private TimeSpan _fastestRoundTrip = TimeSpan.MaxValue;
    private bool _tokenRefused;

    public TimeProvider Time => time;

    /// <summary>How many invalid requests Discord saw from us in the last ten minutes.</summary>
    public int InvalidRequestCount
    {
        get
        {
            lock (_gate)
            {
                DropOldInvalid(time.GetUtcNow());
                return _invalid.Count;
            }
        }
    }

    /// <summary>
    /// Waits until <paramref name="route"/> may send, then takes its turn; returns the turn, to hand to <see cref="Finish"/>
    /// once the answer is in, and how long it waited. Throws when sending would risk a ban.
    /// </summary>
    public async Task<(GlobalTurn? Turn, TimeSpan Waited)> WaitTurnAsync(DiscordRoute route, bool usesBotToken, CancellationToken cancellationToken)
    {
        var waited = TimeSpan.Zero;
        while (true)
        {
            TimeSpan wait;
            lock (_gate)
            {
                var now = time.GetUtcNow();
                ThrowIfStopped(usesBotToken, now);
                wait = WaitFor(route, now);
                if (wait <= TimeSpan.Zero) return (TakeTurn(route, now), waited);
            }

            await Task.Delay(wait, time, cancellationToken);
            waited += wait;
        }
    }

    /// <summary>
    /// The request on <paramref name="turn"/> has its answer (or failed). Whatever it took beyond the quickest round trip
    /// seen, it may have spent on its way to Discord (a busy machine, a slow network), so its second starts that much
    /// later: a request that left late is counted as late as Discord may have counted it.
    /// </summary>
    public void Finish(GlobalTurn? turn)
    {
        if (turn is null) return;
        lock (_gate)
        {
            var now = time.GetUtcNow();
            var roundTrip = now - turn.SentAt;
            if (roundTrip < _fastestRoundTrip) _fastestRoundTrip = roundTrip;
            var arrivedBy = turn.SentAt + (roundTrip - _fastestRoundTrip);
            if (arrivedBy > turn.At) turn.At = arrivedBy;
        }
    }

    /// <summary>Learns from a response: bucket headers, invalid statuses, and a refused token.</summary>
    public void Observe(DiscordRoute route, HttpResponseMessage response, bool usesBotToken)
    {
        lock (_gate)
        {
            var now = time.GetUtcNow();
            var headers = response.Headers;
            var hash = Header(headers, "X-RateLimit-Bucket");
            if (hash is not null) _bucketHashByRoute[route.Template] = hash;
            var bucket = BucketOf(route);
            if (Number(headers, "X-RateLimit-Limit") is { } limit) bucket.Limit = (int)limit;
            if (Number(headers, "X-RateLimit-Remaining") is { } remaining) bucket.Remaining = (int)remaining;
            if (Number(headers, "X-RateLimit-Reset-After") is { } resetAfter) bucket.ResetAt = now + TimeSpan.FromSeconds(resetAfter);

            var status = response.StatusCode;
            var sharedLimit = string.Equals(Header(headers, "X-RateLimit-Scope"), "shared", StringComparison.OrdinalIgnoreCase);
            if (status is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden || (status == HttpStatusCode.TooManyRequests && !sharedLimit))
            {
                _invalid.Enqueue(now);
            }

            if (status == HttpStatusCode.Unauthorized && usesBotToken) _tokenRefused = true;
        }
    }

    /// <summary>After a 429: nothing more on this route (or anywhere, when global) until <paramref name="retryAfter"/> has passed.</summary>
    public void Pause(DiscordRoute route, TimeSpan retryAfter, bool global)
    {
        lock (_gate)
        {
            var until = time.GetUtcNow() + retryAfter;
            if (global)
            {
                if (until > _globalPausedUntil) _globalPausedUntil = until;
                return;
            }

            var bucket = BucketOf(route);
            bucket.Remaining = 0;
            if (until > bucket.ResetAt) bucket.ResetAt = until;
        }
    }

    private void ThrowIfStopped(bool usesBotToken, DateTimeOffset now)
    {
        if (usesBotToken && _tokenRefused)
        {
            throw new DiscordRequestRefusedException("Discord refused Discord:BotToken (401); no more requests are sent with it until the service restarts with a valid token.");
        }

        DropOldInvalid(now);
        if (_invalid.Count >= invalidRequestBudget)
        {
            throw new DiscordRequestRefusedException(
                $"{_invalid.Count} invalid Discord requests in the last 10 minutes; pausing requests to stay clear of Discord's temporary ban.");
        }
    }

    private TimeSpan WaitFor(DiscordRoute route, DateTimeOffset now)
    {
        var wait = _globalPausedUntil - now;
        if (route.UsesGlobalLimit && _globalTurns.Count >= GlobalPerSecond)
        {
            wait = Max(wait, OldestGlobalTurn().At + GlobalWindow - now);
        }

        var bucket = BucketOf(route);
        if (bucket.Remaining <= 0 && bucket.ResetAt > now) wait = Max(wait, bucket.ResetAt - now);
        return wait;
    }

    private GlobalTurn? TakeTurn(DiscordRoute route, DateTimeOffset now)
    {
        GlobalTurn? turn = null;
        if (route.UsesGlobalLimit)
        {
            if (_globalTurns.Count >= GlobalPerSecond) _globalTurns.Remove(OldestGlobalTurn());
            turn = new GlobalTurn { SentAt = now, At = now };
            _globalTurns.Add(turn);
        }

        var bucket = BucketOf(route);
        if (bucket.ResetAt <= now && bucket.Limit is { } limit) bucket.Remaining = limit;
        if (bucket.Limit is not null) bucket.Remaining--;
        return turn;
    }

    /// <summary>Answers come back out of order, so the turn free soonest is not always the first taken.</summary>
    private GlobalTurn OldestGlobalTurn()
    {
        var oldest = _globalTurns[0];
        foreach (var turn in _globalTurns)
        {
            if (turn.At < oldest.At) oldest = turn;
        }

        return oldest;
    }

    private Bucket BucketOf(DiscordRoute route)
    {
        var major = route.BucketKey[route.Template.Length..];
        var key = (_bucketHashByRoute.TryGetValue(route.Template, out var hash) ? hash : route.Template) + major;
        if (!_buckets.TryGetValue(key, out var bucket))
        {
            bucket = new Bucket();
            _buckets[key] = bucket;
        }

        return bucket;
    }

    private void DropOldInvalid(DateTimeOffset now)
    {
        while (_invalid.Count > 0 && now - _invalid.Peek() > InvalidRequestWindow) _invalid.Dequeue();
    }

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;

    private static string? Header(HttpResponseHeaders headers, string name) =>
        headers.TryGetValues(name, out var values) ? values.FirstOrDefault() : null;

    private static double? Number(HttpResponseHeaders headers, string name) =>
        double.TryParse(Header(headers, name), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : null;

    /// <summary>One of the 50 requests a second: when it was sent, and from when its second counts.</summary>
    internal sealed class GlobalTurn
    {
        public DateTimeOffset SentAt { get; init; }

        public DateTimeOffset At { get; set; }
    }

    /// <summary>What is known of one bucket; a bucket never seen allows requests until a response says otherwise.</summary>
    private sealed class Bucket
    {
        public int? Limit { get; set; }

        public int Remaining { get; set; } = 1;

        public DateTimeOffset ResetAt { get; set; }
    }
}
