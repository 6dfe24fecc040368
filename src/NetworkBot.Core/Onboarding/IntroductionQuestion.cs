using NetworkBot.Core.Members;

namespace NetworkBot.Core.Onboarding;

/// <summary>One question of the guided introduction, answering one profile field.</summary>
public sealed record IntroductionQuestion(string Key, bool Required = false)
{
    public int MaxLength => ProfileFields.MaxLength(Key);
}

/// <summary>
/// The questions, in the order the network's founders introduce themselves: who I am and where I am from, where I
/// work and what I have done, what I like, the circles I move in, what I can give and seek, and a dream.
/// </summary>
public static class IntroductionQuestions
{
    public static readonly IReadOnlyList<IntroductionQuestion> All =
    [
        new(ProfileFields.Name, Required: true),
        new(ProfileFields.Kana),
        new(ProfileFields.Hometown),
        new(ProfileFields.Prefecture),
        new(ProfileFields.Sector),
        new(ProfileFields.Affiliation),
        new(ProfileFields.Role),
        new(ProfileFields.Interests),
        new(ProfileFields.Activities),
        new(ProfileFields.Offer),
        new(ProfileFields.Want),
        new(ProfileFields.Message),
        new(ProfileFields.Email),
    ];
}
