using Microsoft.Extensions.Options;
using NetworkBot.Web;

namespace NetworkBot.Slack.Http;

/// <summary>
/// The door of every Slack HTTP endpoint: reads the raw body (at most 1 MiB, else 413), verifies the signature on
/// those exact bytes (else 401 with an empty body), and only then lets the endpoint parse. Each refusal is logged once,
/// without the body or the headers.
/// </summary>
public sealed class SlackHttpGate(IOptions<SlackOptions> options, SlackSignatureVerifier verifier, ILogger<SlackHttpGate> logger)
{
    public const int MaxBodyBytes = 1024 * 1024;

    public async Task<(byte[]? Body, IResult? Refusal)> AdmitAsync(HttpContext context)
    {
        var path = context.Request.Path.Value ?? "";
        if (!options.Value.HttpEnabled) return (null, Results.NotFound());
        // A declared length over the limit is refused before anything is read.
        var body = await RequestBody.ReadAtMostAsync(context.Request, MaxBodyBytes, context.RequestAborted);
        if (body is null)
        {
            SlackLog.RequestRefused(logger, path, 413, "body over 1 MiB");
            return (null, Results.StatusCode(StatusCodes.Status413PayloadTooLarge));
        }

        var check = verifier.Check(context.Request.Headers["X-Slack-Request-Timestamp"], context.Request.Headers["X-Slack-Signature"], body);
        if (check != SignatureCheck.Valid)
        {
            SlackLog.RequestRefused(logger, path, 401, check switch
            {
                SignatureCheck.Missing => "signature or timestamp missing",
                SignatureCheck.Stale => "timestamp more than five minutes off",
                _ => "signature does not match",
            });
            return (null, Results.StatusCode(StatusCodes.Status401Unauthorized));
        }

        return (body, null);
    }

    public IResult BadRequest(HttpContext context, string why)
    {
        SlackLog.RequestRefused(logger, context.Request.Path.Value ?? "", 400, why);
        return Results.StatusCode(StatusCodes.Status400BadRequest);
    }
}
