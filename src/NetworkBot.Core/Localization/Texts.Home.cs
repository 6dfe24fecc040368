using NetworkBot.Core.Events;

namespace NetworkBot.Core.Localization;

/// <summary>A member's own overview: what is coming up and what they signed up for (the Slack App Home shows it).</summary>
public abstract partial class Texts
{
    public abstract string HomeHeading { get; }

    public abstract string HomeIntro { get; }

    public abstract string HomeMyRegistrationsHeading { get; }

    public abstract string HomeNoRegistrations { get; }

    public abstract string HomeRegistrationLine(int id, string title, string when, RegistrationStatus status, int? waitlistPosition, PartyStatus party);
}
