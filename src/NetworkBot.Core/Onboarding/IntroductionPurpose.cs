namespace NetworkBot.Core.Onboarding;

/// <summary>Why the flow runs: <c>/introduce</c> saves and posts the introduction card; <c>/profile edit</c> only saves.</summary>
public enum IntroductionPurpose
{
    Introduce,
    EditProfile,
}
