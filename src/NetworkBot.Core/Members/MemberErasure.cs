using NetworkBot.Core.Conversations;
using NetworkBot.Core.Events;
using NetworkBot.Core.Scheduling;

namespace NetworkBot.Core.Members;

/// <summary>What erasing a member's data would touch, shown before they confirm.</summary>
public sealed record ErasurePreview(bool HasProfile, int UpcomingRegistrations, int OtherRegistrations, bool HasReminderSettings, bool HasUnfinishedForms)
{
    public bool HasAnything => HasProfile || HasReminderSettings || HasUnfinishedForms || UpcomingRegistrations + OtherRegistrations > 0;
}

/// <summary>
/// <c>/profile delete</c>: erases the profile, the reminder settings, the record of messages sent to the member, what
/// the chat adapters keep about them (half-filled forms, the direct-message channel), a self-introduction they are in
/// the middle of (its answers so far live only in memory), and the personal fields of every
/// registration. Registrations for events still ahead are cancelled first (so the waitlist moves up as usual); the rest
/// stay as anonymous entries, so past counts and the order of the lists stay right.
/// </summary>
public sealed class MemberErasure(
    IMemberRepository members,
    MemberDirectory directory,
    IEventRepository events,
    IRegistrationRepository registrations,
    IRegistrationEraser eraser,
    IReminderPreferenceRepository preferences,
    IOutbox outbox,
    IEnumerable<IPlatformMemberState> platformStates,
    ConversationStore conversations,
    RegistrationService registrationService,
    EventLocks locks,
    TimeProvider time)
{
    public async Task<ErasurePreview> PreviewAsync(string memberId, CancellationToken cancellationToken)
    {
        var profile = await members.GetAsync(memberId, cancellationToken);
        var (upcoming, other) = await SplitAsync(memberId, cancellationToken);
        var settings = await preferences.GetAsync(memberId, cancellationToken);
        return new ErasurePreview(profile is not null, upcoming.Count, other.Count, settings is not null, await HasUnfinishedFormsAsync(memberId, cancellationToken));
    }

    public async Task<ErasurePreview> EraseAsync(string memberId, CancellationToken cancellationToken)
    {
        var (upcoming, other) = await SplitAsync(memberId, cancellationToken);
        var hadUnfinishedForms = await HasUnfinishedFormsAsync(memberId, cancellationToken);
        foreach (var registration in upcoming)
        {
            await registrationService.LeaveAsync(registration.EventId, memberId, cancellationToken);
        }

        foreach (var eventId in upcoming.Concat(other).Select(r => r.EventId).Distinct())
        {
            // Under the event's gate, so that no roster change can write the personal copy back.
            using (await locks.AcquireAsync(eventId, cancellationToken))
            {
                var original = (await registrations.ListForEventAsync(eventId, cancellationToken)).FirstOrDefault(r => r.MemberId == memberId);
                if (original is not null) await eraser.ReplaceAsync([original], [Anonymous(original)], cancellationToken);
            }
        }

        // After the cancellations above, whose notices are the last messages the member is sent.
        var hadSettings = await preferences.DeleteAsync(memberId, cancellationToken);
        await outbox.ForgetMemberAsync(memberId, cancellationToken);
        foreach (var platformState in platformStates) await platformState.ForgetMemberAsync(memberId, cancellationToken);
        conversations.End(memberId);
        var hadProfile = await members.DeleteAsync(memberId, cancellationToken);
        await directory.RemoveAsync(memberId, cancellationToken);
        return new ErasurePreview(hadProfile, upcoming.Count, other.Count, hadSettings, hadUnfinishedForms);
    }

    private async Task<bool> HasUnfinishedFormsAsync(string memberId, CancellationToken cancellationToken)
    {
        if (conversations.IsActive(memberId)) return true;
        foreach (var platformState in platformStates)
        {
            if (await platformState.HasUnfinishedInputAsync(memberId, cancellationToken)) return true;
        }

        return false;
    }

    private Registration Anonymous(Registration original)
    {
        var memberId = ErasedMembers.NewId();
        return original with
        {
            Id = Registration.IdFor(original.EventId, memberId),
            MemberId = memberId,
            Name = "",
            Affiliation = null,
            Email = null,
            UpdatedAt = time.GetUtcNow(),
        };
    }

    /// <summary>Active registrations for events not yet started, and all the others.</summary>
    private async Task<(List<Registration> Upcoming, List<Registration> Other)> SplitAsync(string memberId, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var upcoming = new List<Registration>();
        var other = new List<Registration>();
        foreach (var registration in await registrations.ListForMemberAsync(memberId, cancellationToken))
        {
            var e = await events.GetAsync(registration.EventId, cancellationToken);
            var ahead = registration.IsActive && e is not null && !e.IsCancelled && now < e.Start;
            (ahead ? upcoming : other).Add(registration);
        }

        return (upcoming, other);
    }
}
