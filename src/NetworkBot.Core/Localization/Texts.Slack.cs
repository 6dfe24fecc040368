namespace NetworkBot.Core.Localization;

/// <summary>Words only the Slack adapter needs: modal buttons, waiting notes, cut content and command descriptions.</summary>
public abstract partial class Texts
{
    public abstract string SlackFormSubmit { get; }

    public abstract string SlackFormCancel { get; }

    public abstract string SlackResultClose { get; }

    /// <summary>Closes a result shown over a form, back to the form with what was typed.</summary>
    public abstract string SlackResultBack { get; }

    public abstract string SlackWorking { get; }

    public abstract string SlackFormCouldNotOpen { get; }

    public abstract string SlackYes { get; }

    public abstract string SlackNo { get; }

    /// <summary>The label of the link after text cut to fit Slack's limits.</summary>
    public abstract string SlackMoreOnWeb { get; }

    public abstract string SlackBlocksOmitted(int count);

    /// <summary>
    /// What a slash command does, for the Slack app manifest (Slack shows one description to everyone). Mostly
    /// <see cref="CommandDescription"/>; <c>/event</c> also carries join and leave on Slack.
    /// </summary>
    public abstract string SlackCommandDescription(string name);


    /// <summary>The app's short description in Slack (at most 140 characters).</summary>
    public abstract string SlackAppDescription { get; }

    /// <summary>Shown under /help on Slack: Slack keeps /join and /leave for channels, so the bot's are typed after /event.</summary>
    public abstract string HelpSlackNote { get; }
}
