using NetworkBot.Core.Platform;

namespace NetworkBot.Core.Localization;

/// <summary>
/// Every word the bot says, per language: Japanese in <c>Ja/</c>, English in <c>En/</c>. Handlers ask for
/// sentences by meaning and never build user-facing text themselves.
/// </summary>
public abstract partial class Texts
{
    public static readonly Texts Japanese = new JapaneseTexts();
    public static readonly Texts English = new EnglishTexts();

    public static Texts For(Language language) => language == Language.En ? English : Japanese;

    public abstract Language Language { get; }

    // Commands and refusals
    public abstract string UnknownCommand(string name);

    public abstract string UnknownSubcommand(string name, string? given, IReadOnlyList<string> subcommands);

    public abstract string OrganizersOnly(string command);

    public abstract string SomethingWentWrong { get; }

    public abstract string NothingChanged(IReadOnlyList<string> problems, string example);

    public abstract string UnexpectedWords(IReadOnlyList<string> words, string example);

    public abstract string UnknownOption(string key, IReadOnlyList<string> validKeys);

    public abstract string Missing(string key);

    public abstract string TooLong(string key, int maxLength);

    public abstract string InvalidYesNo(string key, string text);

    public abstract string InvalidEmail(string text);

    // Dates, times and money
    public abstract string When(DateTime start, DateTime? doors, DateTime? end);

    public abstract string DateTime(DateTime local);

    public abstract string Yen(int yen);

    // Help
    public abstract string HelpHeading { get; }

    public abstract string HelpIntro { get; }

    public abstract IReadOnlyList<string> HelpMemberLines { get; }

    public abstract string HelpOrganizerHeading { get; }

    public abstract IReadOnlyList<string> HelpOrganizerLines { get; }

    public abstract string HelpFooter { get; }

    // Forms, as the console asks them
    public abstract string FormIntro(string title);

    public abstract string FormFieldPrompt(string label, bool required, string? example, string? current);

    public abstract string FormChoicesHint(IEnumerable<string> choices);

    public abstract string FormRequiredAgain { get; }

    public abstract string FormCancelled { get; }
}
