namespace NetworkBot.Core.Localization;

internal sealed partial class EnglishTexts
{
    public override string SlackFormSubmit => "Submit";

    public override string SlackFormCancel => "Cancel";

    public override string SlackResultClose => "Close";

    public override string SlackResultBack => "Back to the form";

    public override string SlackWorking => "Got it. This takes a moment; the answer will follow shortly.";

    public override string SlackFormCouldNotOpen => "Sorry, the form could not be opened. Please run the command again.";

    public override string SlackYes => "Yes";

    public override string SlackNo => "No";

    public override string SlackMoreOnWeb => "more on the web";

    public override string SlackBlocksOmitted(int count) => $"This was too long to show in full; {count} more part(s) were left out.";

    public override string SlackCommandDescription(string name) => name switch
    {
        "events" => "Upcoming events",
        "event" => "Show an event, join or leave; organizers create, edit, cancel, list attendees",
        "join" => "Sign up for an event",
        "leave" => "Cancel your sign-up",
        "help" => "What the bot can do",
        "introduce" => "Introduce yourself",
        "profile" => "See, change or delete a profile",
        "members" => "Find members",
        "announce" => "Schedule, list or cancel announcements",
        _ => $"/{name} (see /help)",
    };

    public override string NewMemberWelcome(string name) =>
        $"Welcome, {name}! Nice to meet you.\n"
        + "To get to know people from all over the country, please introduce yourself if you like:\n"
        + "• your name (a nickname is fine)\n"
        + "• your prefecture and affiliation\n"
        + "• what you are working on, or topics you would like to talk about\n"
        + "Adding your prefecture puts it on the shared map of all 47 prefectures.\n"
        + "Start with the \"Introduce myself\" button below. `/events` shows upcoming events and `/help` what the bot can do.";

    public override string ButtonStartIntroduction => "Introduce myself";

    public override string SlackAppDescription => "Sign-ups and notices for study sessions, meetups and symposiums";

    public override string HelpSlackNote =>
        "On Slack, `/join` and `/leave` belong to Slack itself: type `/event join 3` to sign up and `/event leave 3` to cancel (the buttons work as they are).";
}
