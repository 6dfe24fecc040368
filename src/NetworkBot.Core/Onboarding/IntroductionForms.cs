using NetworkBot.Core.Localization;
using NetworkBot.Core.Members;
using NetworkBot.Core.Replies;

namespace NetworkBot.Core.Onboarding;

/// <summary>
/// The introduction's questions as forms, for platforms that prefer them to one question per message: Slack shows
/// <see cref="Form"/> as one modal; Discord, whose modals hold five inputs, chains several by a button (its renderer
/// does that; <see cref="Pages"/> shows the split). Submitting runs the form's command with every answer as
/// <c>key:"value"</c>, applied all at once.
/// </summary>
public static class IntroductionForms
{
    public const string IntroduceSubmit = "/introduce";
    public const string ProfileEditSubmit = "/profile edit";

    public static ReplyForm Form(MemberProfile draft, IntroductionPurpose purpose, Texts texts)
    {
        var introduce = purpose == IntroductionPurpose.Introduce;
        var fields = IntroductionQuestions.All.Select(q => Field(q, draft, texts)).ToList();
        return new ReplyForm(introduce ? "introduce" : "profile-edit", texts.IntroFormTitle(introduce), introduce ? IntroduceSubmit : ProfileEditSubmit, fields);
    }

    /// <summary>The same form split into pages of at most <paramref name="maxFields"/> inputs, each page keeping the submit command.</summary>
    public static IReadOnlyList<ReplyForm> Pages(ReplyForm form, int maxFields = 5) =>
        form.Fields.Chunk(maxFields)
            .Select((fields, i) => form with { Id = $"{form.Id}-{i + 1}", Title = $"{form.Title} ({i + 1}/{(form.Fields.Count + maxFields - 1) / maxFields})", Fields = fields })
            .ToList();

    private static FormField Field(IntroductionQuestion question, MemberProfile draft, Texts texts)
    {
        var key = question.Key;
        var value = ProfileFields.Current(draft, key, texts.Language);
        var label = texts.ProfileFieldLabel(key);
        var example = texts.IntroExample(key);
        return key switch
        {
            ProfileFields.Sector => new FormField(key, label, FormFieldKind.Choice, null, false, question.MaxLength,
                Sectors.ById(draft.SectorId)?.Id,
                Sectors.All.Select(s => new FormChoice(Sectors.DisplayName(s, texts.Language), s.Id)).ToList()),
            ProfileFields.Role or ProfileFields.Activities or ProfileFields.Offer or ProfileFields.Want or ProfileFields.Message =>
                new FormField(key, label, FormFieldKind.LongText, example, question.Required, question.MaxLength, value),
            _ => new FormField(key, label, FormFieldKind.ShortText, example, question.Required, question.MaxLength, value),
        };
    }
}
