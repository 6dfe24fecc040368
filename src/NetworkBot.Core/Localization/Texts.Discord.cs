namespace NetworkBot.Core.Localization;

/// <summary>
/// Words the Discord adapter needs beyond the commands' own replies: how commands are described in Discord's
/// command picker (the Slack manifest reuses the descriptions) and chained forms.
/// </summary>
public abstract partial class Texts
{
    /// <summary>What a command does, as Discord's picker shows it (1–100 characters); null when this build has no words for it.</summary>
    public abstract string? CommandDescription(string commandKey);

    /// <summary>What an option asks for, as Discord's picker shows it.</summary>
    public abstract string OptionDescription(string option);

    /// <summary>
    /// The name members see in Discord's picker instead of the fixed English name (Japanese only; null keeps the English one).
    /// Discord still delivers the fixed name, so the commands work the same in every language.
    /// </summary>
    public abstract string? LocalizedName(string name);

    /// <summary>The label of a choice offered in Discord's picker (<c>today</c>, <c>study</c>, <c>yes</c> …).</summary>
    public abstract string ChoiceLabel(string value);

    public abstract string NotSupportedHere { get; }

    public abstract string ButtonExpired { get; }

    public abstract string FormExpired { get; }

    public abstract string FormPageReceived(int page, int pages);

    public abstract string ButtonFormNext(int page, int pages);

    public abstract string ButtonFormOpen { get; }

    public abstract string ButtonFormStop { get; }

    public abstract string FormChoicePlaceholder { get; }

    public abstract string PostedToChannel { get; }

    public abstract string TookTooLong { get; }

    public abstract string MoreActions { get; }
}
