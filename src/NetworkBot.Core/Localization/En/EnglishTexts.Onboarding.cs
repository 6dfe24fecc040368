using NetworkBot.Core.Members;

namespace NetworkBot.Core.Localization;

internal sealed partial class EnglishTexts
{
    public override string IntroStart(bool introduce, int questionCount) => introduce
        ? $"Let's introduce you! I will ask {questionCount} short questions, one at a time. Only your name is required.\n"
          + "Send an empty answer to skip a question, /back to go to the previous one, /cancel to stop at any time."
        : "Let's edit your profile. I will show what it says now; answer only what you want to change.\n"
          + "An empty answer keeps the current value, - clears it, /back goes back, /cancel stops.";

    public override string IntroProgress(int number, int count) => $"[{number}/{count}] ";

    public override string IntroQuestion(string key) => key switch
    {
        ProfileFields.Name => "What is your name? (A nickname is fine.)",
        ProfileFields.Kana => "How is your name read in kana? (Used to sort the directory.)",
        ProfileFields.Hometown => "Where are you from?",
        ProfileFields.Prefecture => "Which prefecture do you work or live in? (It adds your prefecture to the 47-prefecture map.)",
        ProfileFields.Sector => "Which sector are you in? Answer with a number or a name.",
        ProfileFields.Affiliation => "What is your affiliation?",
        ProfileFields.Role => "What is your work, and your career so far?",
        ProfileFields.Interests => "What do you like, and which topics interest you? (Separate several with commas.)",
        ProfileFields.Activities => "Which communities or side activities are you part of (your \"second business card\")?",
        ProfileFields.Offer => "What can you help others with?",
        ProfileFields.Want => "What are you looking for, or whom would you like to meet?",
        ProfileFields.Message => "Finally: your dream, or a few words to everyone!",
        ProfileFields.Email => "Email for event registration (shown to organizers only)",
        _ => ProfileFieldLabel(key),
    };

    public override string IntroExample(string key) => key switch
    {
        ProfileFields.Name => "Taro Yamada",
        ProfileFields.Kana => "やまだ たろう",
        ProfileFields.Hometown => "Sakata, Yamagata",
        ProfileFields.Prefecture => "Yamagata",
        ProfileFields.Sector => "1",
        ProfileFields.Affiliation => "Example City, Planning Division",
        ProfileFields.Role => "Public transport planning; five years in the tax division before that",
        ProfileFields.Interests => "transport policy, policy evaluation, sauna",
        ProfileFields.Activities => "Board member of a town-planning NPO; I run a study group",
        ProfileFields.Offer => "Advice on local public transport plans",
        ProfileFields.Want => "People in other prefectures working on digital services",
        ProfileFields.Message => "To have friends in all 47 prefectures!",
        ProfileFields.Email => "taro@example.jp",
        _ => "",
    };

    public override string ExampleLine(string example) => $"e.g. {example}";

    public override string IntroRequiredHint => "(required)";

    public override string IntroOptionalHint => "(optional; an empty answer skips it)";

    public override string IntroCurrentHint(string current, bool required) =>
        $"Now: {current} (an empty answer keeps it" + (required ? ")" : "; - clears it)");

    public override string IntroRequired => "This one is required. A nickname is fine.";

    public override string IntroFirstQuestion => "This is the first question.";

    public override string IntroUnknownCommand(string text) =>
        $"We are in the middle of your introduction. Please answer the question, or use /back (previous question) or /cancel (stop). You can use {text} afterwards.";

    public override string IntroSummaryHeading => "Is this right?";

    public override string IntroNotAnswered => "(not answered)";

    public override string IntroSummaryPrompt(bool introduce) =>
        (introduce ? "Answer \"yes\" to save it and post your introduction." : "Answer \"yes\" to save it.")
        + " To change an answer, send its number (e.g. 3).";

    public override string IntroSummaryHelp => "Please answer \"yes\" to save, a number to change that answer, /back for the previous question, or /cancel to stop.";

    public override string IntroCancelled(bool introduce) => introduce
        ? "Stopped. Nothing was saved. Come back any time with /introduce."
        : "Stopped. Your profile has not changed.";

    public override string IntroFormTitle(bool introduce) => introduce ? "Introduce yourself" : "Edit your profile";

    public override string IntroduceExample => "/introduce name:\"Taro Yamada\" prefecture:Yamagata sector:municipal interests:\"transport policy,evaluation\"";

    public override string IntroCardHeading(string name, string? kana) => kana is null ? $"Meet {name}" : $"Meet {name} ({kana})";

    public override string IntroCardLead(string name, string? prefecture, string? affiliation, string? sector)
    {
        var lead = prefecture is null ? $"{name} has introduced themselves." : $"{name} from {prefecture} has joined us.";
        lead += " Say hello!";
        var detail = string.Join(" · ", new[] { affiliation, sector }.Where(x => x is not null));
        return detail.Length == 0 ? lead : $"{lead}\n{detail}";
    }

    public override string IntroCardFooter => "Introduce yourself too with /introduce.";

    public override string ButtonIntroduce => "Introduce myself";

    public override string ButtonIntroduceToo => "Introduce myself too";

    public override string ButtonSkip => "Skip";

    public override string ButtonKeep => "Keep";

    public override string ButtonBack => "Back";

    public override string ButtonStopFlow => "Stop";

    public override string ButtonConfirmIntro(bool introduce) => introduce ? "Save and post" : "Save";

    public override string WelcomeNewcomer(string name) =>
        $"Welcome, {name}! We're glad you're here.\n"
        + "To get to know colleagues across Japan, please introduce yourself if you like:\n"
        + "- your name (a nickname is fine)\n"
        + "- your prefecture and organization\n"
        + "- what you're working on, or topics you'd like to talk about\n"
        + "Adding your prefecture puts it on our shared 47-prefecture map. The button below starts it.";

    public override string ButtonStartIntroduction => "Introduce myself";
}
