using NetworkBot.Core.Localization;
using NetworkBot.Core.Members;
using NetworkBot.Core.Replies;
using NetworkBot.Core.Text;

namespace NetworkBot.Core.Onboarding;

/// <summary>How the flow's steps read: a question with its example and what the member can do, or the summary to confirm.</summary>
public static class IntroductionPrompts
{
    public static BotReply Question(IntroductionFlow flow, IntroductionQuestion question, Texts texts, string? problem, string? opening = null)
    {
        var blocks = new List<ReplyBlock>();
        if (opening is not null) blocks.Add(new TextBlock(opening));
        if (problem is not null) blocks.Add(new TextBlock("⚠ " + problem));

        var number = flow.Index + 1;
        var lines = new List<string> { $"**{texts.IntroProgress(number, flow.Questions.Count)}{texts.IntroQuestion(question.Key)}**" };
        if (question.Key == ProfileFields.Sector) lines.Add(SectorChoices(texts));
        if (question.Key == ProfileFields.Affiliation && Sectors.ById(flow.Draft.SectorId) is { } sector)
        {
            // The sector's own prompt says what to write (自治体名（例：○○市、○○町）), so it stands in for the example.
            lines.Add(Sectors.AffiliationPrompt(sector, texts.Language));
        }
        else
        {
            lines.Add(texts.ExampleLine(texts.IntroExample(question.Key)));
        }

        var current = ProfileFields.Current(flow.Draft, question.Key, texts.Language);
        lines.Add(current is not null ? texts.IntroCurrentHint(MessageText.Neutralize(current), question.Required)
            : question.Required ? texts.IntroRequiredHint : texts.IntroOptionalHint);
        blocks.Add(new TextBlock(string.Join("\n", lines)));

        var buttons = new List<ReplyButton>();
        if (!question.Required || current is not null) buttons.Add(new ReplyButton(current is null ? texts.ButtonSkip : texts.ButtonKeep, FlowCommands.Skip));
        if (number > 1) buttons.Add(new ReplyButton(texts.ButtonBack, FlowCommands.Back));
        buttons.Add(new ReplyButton(texts.ButtonStopFlow, FlowCommands.Cancel));
        blocks.Add(new ActionsBlock(buttons));
        return BotReply.Private([.. blocks]);
    }

    public static BotReply Summary(IntroductionFlow flow, IntroductionPurpose purpose, Texts texts, string? problem)
    {
        var blocks = new List<ReplyBlock>();
        if (problem is not null) blocks.Add(new TextBlock("⚠ " + problem));
        blocks.Add(new HeadingBlock(texts.IntroSummaryHeading));
        var lines = flow.Questions.Select((q, i) =>
        {
            var value = ProfileFields.Current(flow.Draft, q.Key, texts.Language);
            var shown = value is null ? texts.IntroNotAnswered : MessageText.Neutralize(value);
            if (q.Key == ProfileFields.Email && value is not null) shown += texts.OrganizersOnlyNote;
            return $"{i + 1}. {texts.ProfileFieldLabel(q.Key)}: {shown}";
        });
        blocks.Add(new TextBlock(string.Join("\n", lines)));
        blocks.Add(new TextBlock(texts.IntroSummaryPrompt(purpose == IntroductionPurpose.Introduce)));
        blocks.Add(new ActionsBlock(
        [
            new ReplyButton(texts.ButtonConfirmIntro(purpose == IntroductionPurpose.Introduce), FlowCommands.Confirm, ButtonStyle.Primary),
            new ReplyButton(texts.ButtonBack, FlowCommands.Back),
            new ReplyButton(texts.ButtonStopFlow, FlowCommands.Cancel),
        ]));
        return BotReply.Private([.. blocks]);
    }

    private static string SectorChoices(Texts texts) =>
        string.Join("\n", Sectors.All.Select(s => $"  {s.Order}. {Sectors.DisplayName(s, texts.Language)}"));
}
