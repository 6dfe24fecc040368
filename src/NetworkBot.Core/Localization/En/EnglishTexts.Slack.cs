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

    public override string SlackCommandDescription(string name) =>
        name == "event" ? "Show an event, join or leave; organizers create, edit, cancel, list attendees" : CommandDescription(name) ?? $"/{name} (see /help)";

    public override string SlackAppDescription => "Sign-ups and notices for study sessions, meetups and symposiums";

    public override string HelpSlackNote =>
        "On Slack, `/join` and `/leave` belong to Slack itself: type `/event join 3` to sign up and `/event leave 3` to cancel (the buttons work as they are).";
}
