using System.Text.Json;
using Microsoft.Extensions.Options;
using NetworkBot.Discord.Wire;
using NetworkBot.Web;

namespace NetworkBot.Discord.Http;

/// <summary>
/// <c>POST /discord/interactions</c>: the raw body is read (at most 1 MiB, else 413) and its signature checked
/// before anything parses it (401 when missing or wrong); malformed JSON, or an interaction without a token or well-formed ids, gets 400. The answer is the interaction
/// response itself; deferred work continues once the response has been sent.
/// </summary>
internal static class InteractionsEndpoint
{
    public const string Path = "/discord/interactions";
    public const int MaxBodyBytes = 1024 * 1024;

    public static async Task<IResult> HandleAsync(
        HttpContext http, IOptions<DiscordOptions> options, IServiceProvider services, ILoggerFactory loggers)
    {
        if (!options.Value.IsEnabled) return Results.NotFound();
        var logger = loggers.CreateLogger("NetworkBot.Discord.Interactions");
        // A declared length over the limit is refused before anything is read.
        var body = await RequestBody.ReadAtMostAsync(http.Request, MaxBodyBytes, http.RequestAborted);
        if (body is null) return Results.StatusCode(StatusCodes.Status413PayloadTooLarge);

        var verifier = services.GetRequiredService<DiscordSignatureVerifier>();
        var headers = http.Request.Headers;
        if (!verifier.IsValid(headers["X-Signature-Ed25519"], headers["X-Signature-Timestamp"], body))
        {
            DiscordLog.BadSignature(logger);
            return Results.Unauthorized();
        }

        Interaction? interaction;
        try
        {
            interaction = DiscordJson.Deserialize<Interaction>(body);
        }
        catch (JsonException)
        {
            interaction = null;
        }

        if (interaction is null || (interaction.Type != InteractionType.Ping && (string.IsNullOrEmpty(interaction.Token) || !interaction.HasWellFormedIds)))
        {
            DiscordLog.Unsupported(logger, "malformed interaction body");
            return Results.BadRequest();
        }

        InteractionOutcome? outcome;
        try
        {
            outcome = await services.GetRequiredService<InteractionProcessor>().ProcessAsync(interaction, http.RequestAborted);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // Whatever broke, the member gets a polite answer rather than Discord's "interaction failed".
            DiscordLog.ProcessingFailed(logger, exception);
            var texts = Core.Localization.Texts.For(services.GetRequiredService<Core.Settings.BotSettings>().DefaultLanguage);
            var apology = new MessagePayload { Content = texts.SomethingWentWrong, Flags = MessageFlags.Ephemeral };
            return Results.Text(DiscordJson.Serialize(InteractionResponse.Message(apology)), "application/json");
        }

        if (outcome is null) return Results.BadRequest();
        if (outcome.Continuation is { } continuation)
        {
            var work = services.GetRequiredService<DiscordBackgroundWork>();
            // Only after Discord has our deferral may the original response be edited.
            http.Response.OnCompleted(() =>
            {
                work.Start("a deferred interaction reply", continuation);
                return Task.CompletedTask;
            });
        }

        return outcome.Utf8Json is { } kept ? new Utf8JsonResult(kept, "application/json") : Results.Text(DiscordJson.Serialize(outcome.Response), "application/json");
    }
}
