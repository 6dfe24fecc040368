using System.Text;

namespace NetworkBot.Discord.Rest;

/// <summary>
/// A request's route as Discord's rate limits see it. <see cref="Template"/> hides every id and token (safe to log);
/// <see cref="BucketKey"/> keeps the top-level resources (channel, guild, webhook + token) that limits are counted per.
/// </summary>
internal sealed record DiscordRoute(string Template, string BucketKey, bool UsesGlobalLimit)
{
    public static DiscordRoute For(HttpMethod method, Uri requestUri, Uri baseUri)
    {
        var relative = requestUri.AbsolutePath.StartsWith(baseUri.AbsolutePath, StringComparison.Ordinal)
            ? requestUri.AbsolutePath[baseUri.AbsolutePath.Length..]
            : requestUri.AbsolutePath.TrimStart('/');
        var segments = relative.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var template = new StringBuilder(method.Method);
        var major = new StringBuilder();
        for (var i = 0; i < segments.Length; i++)
        {
            var segment = segments[i];
            var previous = i > 0 ? segments[i - 1] : null;
            var isMajor = previous is "channels" or "guilds" or "webhooks" || (i >= 2 && segments[i - 2] == "webhooks");
            var isInteraction = previous == "interactions" || (i >= 2 && segments[i - 2] == "interactions");
            var isId = segment.All(char.IsAsciiDigit) || isMajor || isInteraction;
            template.Append(' ').Append(isId ? "{id}" : segment);
            if (isMajor || isInteraction) major.Append(':').Append(segment);
        }

        // Interaction callbacks and webhook calls with an interaction token do not count toward the bot's 50/s.
        var global = segments.Length == 0 || segments[0] is not ("interactions" or "webhooks");
        var key = template.ToString();
        return new DiscordRoute(key, key + major, global);
    }
}
