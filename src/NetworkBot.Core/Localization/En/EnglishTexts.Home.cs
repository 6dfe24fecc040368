using NetworkBot.Core.Events;

namespace NetworkBot.Core.Localization;

internal sealed partial class EnglishTexts
{
    public override string HomeHeading => "Welcome to NetworkBot";

    public override string HomeIntro =>
        "Here are the upcoming events and the ones you signed up for. Use the buttons to sign up or cancel; `/help` lists the commands.";

    public override string HomeMyRegistrationsHeading => "Your events";

    public override string HomeNoRegistrations => "You have not signed up for anything yet. Have a look at the list below.";

    public override string HomeRegistrationLine(int id, string title, string when, RegistrationStatus status, int? waitlistPosition, PartyStatus party)
    {
        var state = status == RegistrationStatus.Waitlisted ? $"Waitlist (number {waitlistPosition})" : "Going";
        state += party switch
        {
            PartyStatus.Going => " · after-party too",
            PartyStatus.Waitlisted => " · after-party waitlist",
            _ => "",
        };
        return $"**#{id} {title}**\n📅 {when}\n{state}";
    }
}
