using Microsoft.Extensions.Options;

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
        if (context.Request.ContentLength > MaxBodyBytes)
        {
            SlackLog.RequestRefused(logger, path, 413, "body over 1 MiB");
            return (null, Results.StatusCode(StatusCodes.Status413PayloadTooLarge));
        }

        var body = await ReadAsync(context.Request.Body, context.Request.ContentLength, context.RequestAborted);
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

    /// <summary>Reads at most <see cref="MaxBodyBytes"/>; null when the body is longer (chunked bodies carry no length).</summary>
    private static async Task<byte[]?> ReadAsync(Stream stream, long? declaredLength, CancellationToken cancellationToken)
    {
        if (declaredLength is { } length and <= MaxBodyBytes)
        {
            // The usual case: Slack says how long the body is, so it is read straight into an array of that size.
            var exact = new byte[length];
            await stream.ReadExactlyAsync(exact, cancellationToken);
            return exact;
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > MaxBodyBytes) return null;
            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}
