using System.Buffers;

namespace NetworkBot.Web;

/// <summary>Reads a signed request's raw body, whose exact bytes the signature covers, with an upper limit.</summary>
public static class RequestBody
{
    /// <summary>
    /// The body, or null when it is longer than <paramref name="maxBytes"/>. With a declared length (Slack and
    /// Discord always send one) the bytes go straight into one array of that size: no copies, no garbage but the body.
    /// </summary>
    public static async Task<byte[]?> ReadAtMostAsync(HttpRequest request, int maxBytes, CancellationToken cancellationToken)
    {
        if (request.ContentLength > maxBytes) return null;
        if (request.ContentLength is { } length)
        {
            var exact = new byte[length];
            await request.Body.ReadExactlyAsync(exact, cancellationToken);
            return exact;
        }

        // Chunked: no length up front.
        using var buffer = new MemoryStream();
        var chunk = ArrayPool<byte>.Shared.Rent(16 * 1024);
        try
        {
            int read;
            while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
            {
                if (buffer.Length + read > maxBytes) return null;
                buffer.Write(chunk, 0, read);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }

        return buffer.ToArray();
    }
}
