namespace NetworkBot.Core.Localization;

public abstract partial class Texts
{
    // The guided introduction
    public abstract string IntroStart(bool introduce, int questionCount);

    public abstract string IntroProgress(int number, int count);

    public abstract string IntroQuestion(string key);

    public abstract string IntroExample(string key);

    public abstract string ExampleLine(string example);

    public abstract string IntroRequiredHint { get; }

    public abstract string IntroOptionalHint { get; }

    public abstract string IntroCurrentHint(string current, bool required);

    public abstract string IntroRequired { get; }

    public abstract string IntroFirstQuestion { get; }

    public abstract string IntroUnknownCommand(string text);

    public abstract string IntroSummaryHeading { get; }

    public abstract string IntroNotAnswered { get; }

    public abstract string IntroSummaryPrompt(bool introduce);

    public abstract string IntroSummaryHelp { get; }

    public abstract string IntroCancelled(bool introduce);

    public abstract string IntroFormTitle(bool introduce);

    public abstract string IntroduceExample { get; }

    // The introduction card
    public abstract string IntroCardHeading(string name, string? kana);

    public abstract string IntroCardLead(string name, string? prefecture, string? affiliation, string? sector);

    public abstract string IntroCardFooter { get; }

    // Buttons
    public abstract string ButtonIntroduce { get; }

    public abstract string ButtonIntroduceToo { get; }

    public abstract string ButtonSkip { get; }

    public abstract string ButtonKeep { get; }

    public abstract string ButtonBack { get; }

    public abstract string ButtonStopFlow { get; }

    public abstract string ButtonConfirmIntro(bool introduce);

    /// <summary>The greeting a newcomer receives (japanese-conventions §3 "Welcome a newcomer").</summary>
    public abstract string WelcomeNewcomer(string name);

    public abstract string ButtonStartIntroduction { get; }
}
