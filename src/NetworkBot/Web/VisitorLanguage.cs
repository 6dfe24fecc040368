using Microsoft.Net.Http.Headers;
using NetworkBot.Core.Platform;

namespace NetworkBot.Web;

/// <summary>
/// Chooses the page language: <c>?lang=ja|en</c> when given, otherwise the browser's Accept-Language (Japanese
/// wins a tie), otherwise the bot's default language.
/// </summary>
public sealed record VisitorLanguage(Language Language, bool FromQuery)
{
    public static VisitorLanguage For(HttpRequest request, Language fallback)
    {
        var asked = request.Query["lang"].ToString().Trim();
        if (IsKnown(asked)) return new(Languages.Parse(asked, fallback), true);

        var accepted = request.GetTypedHeaders().AcceptLanguage;
        var ja = Weight(accepted, "ja");
        var en = Weight(accepted, "en");
        if (ja <= 0 && en <= 0) return new(fallback, false);
        return new(ja >= en ? Language.Ja : Language.En, false);
    }

    /// <summary>The tag for <c>lang</c> attributes and Content-Language.</summary>
    public string Tag => Language == Language.En ? "en" : "ja";

    private static bool IsKnown(string tag) =>
        tag.StartsWith("ja", StringComparison.OrdinalIgnoreCase) || tag.StartsWith("en", StringComparison.OrdinalIgnoreCase);

    /// <summary>The highest quality given to <paramref name="language"/> or its regional forms; <c>*</c> counts when it is not named.</summary>
    private static double Weight(IList<StringWithQualityHeaderValue> accepted, string language)
    {
        double? named = null;
        double wildcard = 0;
        foreach (var entry in accepted)
        {
            var tag = entry.Value.Value ?? "";
            var quality = entry.Quality ?? 1.0;
            if (tag == "*") wildcard = Math.Max(wildcard, quality);
            else if (tag.Equals(language, StringComparison.OrdinalIgnoreCase) || tag.StartsWith(language + "-", StringComparison.OrdinalIgnoreCase))
            {
                named = Math.Max(named ?? 0, quality);
            }
        }

        return named ?? wildcard;
    }
}
