namespace NetworkBot.Tests.Fuzzing;

/// <summary>
/// How many inputs each fuzz test tries. Fixed counts (not a time budget) so a run is repeatable and the README can
/// quote them; set CsCheck_Seed to replay a failing run. Raise them locally for a longer hunt.
/// </summary>
internal static class FuzzBudget
{
    /// <summary>Requests per chat endpoint (Slack's three, Discord's one): random, mutated, and correctly signed mutations.</summary>
    public const int ChatEndpointInputs = 1000;

    /// <summary>Requests per public page (GET /, /events/{id}, the feeds, /health, the signed CSV link).</summary>
    public const int PageInputs = 300;

    /// <summary>Typed command lines run through the console path with every handler registered.</summary>
    public const int CommandLines = 3000;
}
