using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using NetworkBot.Core.Platform;
using NetworkBot.Core.Settings;
using NetworkBot.Slack.Rest;
using NetworkBot.Slack.Wire;

namespace NetworkBot.Slack.Inbound;

/// <summary>A Slack member as the bot treats them: their id, the name to use, their language, and whether they organize.</summary>
public sealed record SlackMember(string TeamId, string UserId, string DisplayName, Language Language, bool IsOrganizer)
{
    public MemberRef Ref => new(SlackIds.Member(TeamId, UserId), DisplayName);
}

/// <summary>
/// Looks members up with <c>users.info</c> (locale included) and keeps them for an hour: Slack sends no locale with
/// commands, and the lookup must not cost every request a round trip. Workspace admins and owners organize, and so
/// do the ids in <c>Slack:OrganizerUserIds</c>. When Slack cannot be asked, the member still gets an answer in the
/// default language.
/// </summary>
public sealed class SlackMemberDirectory(
    SlackWebApiClient api, IOptions<SlackOptions> options, BotSettings settings, TimeProvider time, ILogger<SlackMemberDirectory> logger)
{
    public static readonly TimeSpan CacheFor = TimeSpan.FromHours(1);

    private readonly ConcurrentDictionary<string, (SlackMember Member, DateTimeOffset Until)> _cache = new(StringComparer.Ordinal);

    public async Task<SlackMember> GetAsync(string teamId, string userId, string? fallbackName, CancellationToken cancellationToken)
    {
        var key = SlackIds.Member(teamId, userId);
        var now = time.GetUtcNow();
        if (_cache.TryGetValue(key, out var cached) && cached.Until > now) return cached.Member;

        try
        {
            var user = await api.GetUserAsync(userId, cancellationToken);
            var member = From(teamId, userId, user, fallbackName);
            _cache[key] = (member, now + CacheFor);
            return member;
        }
        catch (SlackApiException exception)
        {
            SlackLog.MemberLookupFailed(logger, exception.Error);
            return new SlackMember(teamId, userId, fallbackName ?? userId, settings.DefaultLanguage, IsListedOrganizer(userId));
        }
    }

    /// <summary>The language of a member seen recently, without asking Slack (for quick "please wait" notes).</summary>
    public Language LanguageOf(string teamId, string userId) =>
        _cache.TryGetValue(SlackIds.Member(teamId, userId), out var cached) ? cached.Member.Language : settings.DefaultLanguage;

    private SlackMember From(string teamId, string userId, SlackUser user, string? fallbackName) => new(
        teamId,
        userId,
        user.BestName ?? fallbackName ?? userId,
        Languages.Parse(user.Locale, settings.DefaultLanguage),
        user.IsAdmin || user.IsOwner || user.IsPrimaryOwner || IsListedOrganizer(userId));

    private bool IsListedOrganizer(string userId) => options.Value.OrganizerIds.Contains(userId);
}
