using NetworkBot.Core.Localization;
using NetworkBot.Core.Members;
using NetworkBot.Core.Text;

namespace NetworkBot.Core.Onboarding;

public enum FlowState
{
    Asking,
    Confirming,
    Confirmed,
    Cancelled,
}

/// <summary>What the flow wants shown next: the current question or the summary, with a note when an answer was not taken.</summary>
public sealed record FlowStep(FlowState State, IntroductionQuestion? Question, string? Problem = null);

/// <summary>
/// The guided introduction as a small state machine, the same on every platform. It asks one question at a time on a
/// draft profile (empty, or the member's profile when editing, so every answer is prefilled). An empty answer skips an
/// optional question or keeps the current value; <c>-</c> clears it; <c>/back</c> returns to the previous question;
/// <c>/cancel</c> stops without saving. After the last question comes a summary: yes confirms, a number goes back to
/// that question and then straight back to the summary. Nothing is saved here: the caller saves the confirmed draft.
/// </summary>
public sealed class IntroductionFlow(MemberProfile draft, IReadOnlyList<IntroductionQuestion>? questions = null)
{
    private bool _returnToSummary;

    public IReadOnlyList<IntroductionQuestion> Questions { get; } = questions ?? IntroductionQuestions.All;

    public MemberProfile Draft { get; private set; } = draft;

    public FlowState State { get; private set; } = FlowState.Asking;

    public int Index { get; private set; }

    public IntroductionQuestion? Current => State == FlowState.Asking ? Questions[Index] : null;

    public FlowStep Start() => Ask();

    public FlowStep Answer(string input, Texts texts)
    {
        var text = input.Trim();
        var command = FlowCommands.Parse(text);
        if (command == FlowCommand.Cancel) return Finish(FlowState.Cancelled);
        return State switch
        {
            FlowState.Asking => AnswerQuestion(text, command, texts),
            FlowState.Confirming => AnswerSummary(text, command, texts),
            _ => new FlowStep(State, null),
        };
    }

    private FlowStep AnswerQuestion(string text, FlowCommand command, Texts texts)
    {
        var question = Questions[Index];
        switch (command)
        {
            case FlowCommand.Back:
                if (_returnToSummary) return Summary();
                if (Index == 0) return Ask(texts.IntroFirstQuestion);
                Index--;
                return Ask();
            case FlowCommand.Skip:
                return question.Required && ProfileFields.Current(Draft, question.Key, texts.Language) is null ? Ask(texts.IntroRequired) : Next();
            case FlowCommand.Confirm or FlowCommand.None:
                break;
            default:
                return Ask(texts.IntroUnknownCommand(text));
        }

        var (value, error) = ProfileFieldReader.Read(question.Key, text, texts);
        if (error is not null) return Ask(error);
        Draft = ProfileFieldReader.Apply(Draft, value!);
        return Next();
    }

    private FlowStep AnswerSummary(string text, FlowCommand command, Texts texts)
    {
        if (command == FlowCommand.Confirm) return Finish(FlowState.Confirmed);
        if (command == FlowCommand.Back)
        {
            State = FlowState.Asking;
            Index = Questions.Count - 1;
            return Ask();
        }

        if (int.TryParse(TextFolding.Fold(text).TrimEnd('.', '番'), out var number) && number >= 1 && number <= Questions.Count)
        {
            State = FlowState.Asking;
            Index = number - 1;
            _returnToSummary = true;
            return Ask();
        }

        return Summary(texts.IntroSummaryHelp);
    }

    private FlowStep Next()
    {
        if (_returnToSummary || Index == Questions.Count - 1) return Summary();
        Index++;
        return Ask();
    }

    private FlowStep Ask(string? problem = null) => new(FlowState.Asking, Questions[Index], problem);

    private FlowStep Summary(string? problem = null)
    {
        State = FlowState.Confirming;
        _returnToSummary = false;
        return new FlowStep(State, null, problem);
    }

    private FlowStep Finish(FlowState state)
    {
        State = state;
        return new FlowStep(state, null);
    }
}
