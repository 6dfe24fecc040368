using NetworkBot.Core.Localization;
using NetworkBot.Core.Members;
using NetworkBot.Core.Onboarding;
using NetworkBot.Core.Tests.Members.Fakes;

namespace NetworkBot.Core.Tests.Onboarding;

public class IntroductionFlowTests
{
    private static readonly Texts Ja = Texts.Japanese;

    private static IntroductionFlow NewFlow(string? name = null) =>
        new(name is null ? Profiles.Make("後藤") with { DisplayName = "" } : Profiles.Make(name));

    /// <summary>Answers each line in turn and returns the last step.</summary>
    private static FlowStep Answer(IntroductionFlow flow, params string[] lines)
    {
        FlowStep step = flow.Start();
        foreach (var line in lines) step = flow.Answer(line, Ja);
        return step;
    }

    [Fact]
    public void Start_AsksTheNameFirst()
    {
        var step = NewFlow().Start();

        Assert.Equal(FlowState.Asking, step.State);
        Assert.Equal(ProfileFields.Name, step.Question!.Key);
    }

    [Fact]
    public void Answer_EachQuestionInTurn_EndsAtTheSummaryWithEveryAnswerApplied()
    {
        var flow = NewFlow();

        var step = Answer(flow, "後藤 健", "ゴトウ ケン", "山形県酒田市", "やまがた", "1", "○○市 企画課", "地域交通の担当", "交通政策、サウナ",
            "自主研の運営", "交通計画の相談", "DXの仲間", "47都道府県に友だちを", "ken@example.jp");

        Assert.Equal(FlowState.Confirming, step.State);
        var p = flow.Draft;
        Assert.Equal("後藤 健", p.DisplayName);
        Assert.Equal("ごとう けん", p.Kana);
        Assert.Equal("06", p.PrefectureCode);
        Assert.Equal("municipal", p.SectorId);
        Assert.Equal(["交通政策", "サウナ"], p.Interests);
        Assert.Equal("47都道府県に友だちを", p.Message);
        Assert.Equal("ken@example.jp", p.Email);
    }

    [Fact]
    public void Answer_EmptyOnOptionalQuestion_SkipsIt()
    {
        var flow = NewFlow();

        var step = Answer(flow, "後藤", "", "");

        Assert.Equal(ProfileFields.Prefecture, step.Question!.Key);
        Assert.Null(flow.Draft.Kana);
        Assert.Null(flow.Draft.Hometown);
    }

    [Fact]
    public void Answer_SkipCommand_SkipsLikeAnEmptyLine()
    {
        var step = Answer(NewFlow(), "後藤", "/skip");

        Assert.Equal(ProfileFields.Hometown, step.Question!.Key);
    }

    [Fact]
    public void Answer_EmptyOnRequiredNameWithNothingYet_AsksAgain()
    {
        var step = Answer(NewFlow(), "");

        Assert.Equal(ProfileFields.Name, step.Question!.Key);
        Assert.Equal(Ja.IntroRequired, step.Problem);
    }

    [Fact]
    public void Answer_EmptyOnNamePrefilledFromThePlatform_KeepsIt()
    {
        var flow = NewFlow("後藤");

        var step = Answer(flow, "");

        Assert.Equal(ProfileFields.Kana, step.Question!.Key);
        Assert.Equal("後藤", flow.Draft.DisplayName);
    }

    [Fact]
    public void Answer_Back_ReturnsToThePreviousQuestionWithTheAnswerKept()
    {
        var flow = NewFlow();

        var step = Answer(flow, "後藤", "ごとう", "/back");

        Assert.Equal(ProfileFields.Kana, step.Question!.Key);
        Assert.Equal("ごとう", flow.Draft.Kana);
        step = flow.Answer("ごとう けん", Ja);
        Assert.Equal(ProfileFields.Hometown, step.Question!.Key);
        Assert.Equal("ごとう けん", flow.Draft.Kana);
    }

    [Fact]
    public void Answer_BackOnTheFirstQuestion_StaysAndSaysSo()
    {
        var step = Answer(NewFlow(), "/back");

        Assert.Equal(ProfileFields.Name, step.Question!.Key);
        Assert.Equal(Ja.IntroFirstQuestion, step.Problem);
    }

    [Theory]
    [InlineData("/cancel")]
    [InlineData("/キャンセル")]
    [InlineData("/やめる")]
    public void Answer_Cancel_EndsTheFlow(string word)
    {
        var flow = NewFlow();

        var step = Answer(flow, "後藤", "ごとう", word);

        Assert.Equal(FlowState.Cancelled, step.State);
        Assert.Equal(FlowState.Cancelled, flow.State);
    }

    [Fact]
    public void Answer_InvalidPrefecture_StaysOnTheQuestionWithTheProblem()
    {
        var step = Answer(NewFlow(), "後藤", "", "", "やまがたけん県");

        Assert.Equal(ProfileFields.Prefecture, step.Question!.Key);
        Assert.Contains("山形県", step.Problem);
    }

    [Fact]
    public void Answer_OverLong_StaysOnTheQuestionAndSaysTheLimit()
    {
        var step = Answer(NewFlow(), new string('名', 61));

        Assert.Equal(ProfileFields.Name, step.Question!.Key);
        Assert.Contains("60文字", step.Problem);
    }

    [Fact]
    public void Answer_OtherCommandMidFlow_ExplainsAndStays()
    {
        var step = Answer(NewFlow(), "後藤", "/events");

        Assert.Equal(ProfileFields.Kana, step.Question!.Key);
        Assert.Contains("/events", step.Problem);
    }

    [Theory]
    [InlineData("はい")]
    [InlineData("/ok")]
    [InlineData("yes")]
    public void Answer_YesOnTheSummary_Confirms(string word)
    {
        var flow = NewFlow("後藤");
        Answer(flow, Enumerable.Repeat("", IntroductionQuestions.All.Count).ToArray());

        var step = flow.Answer(word, Ja);

        Assert.Equal(FlowState.Confirmed, step.State);
    }

    [Fact]
    public void Answer_NumberOnTheSummary_RevisitsThatQuestionThenReturnsToTheSummary()
    {
        var flow = NewFlow("後藤");
        Answer(flow, Enumerable.Repeat("", IntroductionQuestions.All.Count).ToArray());

        var revisit = flow.Answer("４", Ja);
        var back = flow.Answer("宮城", Ja);

        Assert.Equal(ProfileFields.Prefecture, revisit.Question!.Key);
        Assert.Equal(FlowState.Confirming, back.State);
        Assert.Equal("04", flow.Draft.PrefectureCode);
    }

    [Fact]
    public void Answer_SomethingElseOnTheSummary_ExplainsTheChoices()
    {
        var flow = NewFlow("後藤");
        Answer(flow, Enumerable.Repeat("", IntroductionQuestions.All.Count).ToArray());

        var step = flow.Answer("たぶん", Ja);

        Assert.Equal(FlowState.Confirming, step.State);
        Assert.Equal(Ja.IntroSummaryHelp, step.Problem);
    }

    [Fact]
    public void Edit_PrefilledProfile_EmptyKeepsEveryValueAndDashClearsOne()
    {
        var existing = Profiles.Make("後藤", kana: "ごとう", prefecture: "06", interests: ["交通"], want: "仲間");
        var flow = new IntroductionFlow(existing);

        var answers = Enumerable.Repeat("", IntroductionQuestions.All.Count).ToArray();
        answers[IntroductionQuestions.All.ToList().FindIndex(q => q.Key == ProfileFields.Want)] = "-";
        var step = Answer(flow, answers);

        Assert.Equal(FlowState.Confirming, step.State);
        Assert.Equal(existing with { Want = null }, flow.Draft);
    }
}
