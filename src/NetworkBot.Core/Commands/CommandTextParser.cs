using System.Text;
using System.Text.RegularExpressions;

namespace NetworkBot.Core.Commands;

/// <summary>
/// Reads typed command text (Slack and the console): <c>/event show 1</c>, <c>key:value</c>,
/// <c>key:"quoted value"</c>. Tolerant of what a Japanese IME produces: full-width spaces, colons and quotes.
/// </summary>
public static partial class CommandTextParser
{
    /// <summary>Splits a full line such as <c>/join 3 party:yes</c> into a name and its arguments.</summary>
    public static (string Name, CommandArguments Arguments) ParseLine(string line)
    {
        var tokens = Tokenize(line);
        if (tokens.Count == 0 || tokens[0].Key is not null) return ("", CommandArguments.Empty);
        var name = tokens[0].Value.TrimStart('/', '／').ToLowerInvariant();
        return (name, Build(tokens.Skip(1)));
    }

    /// <summary>Reads the text after the command name, as Slack sends it in <c>text</c>.</summary>
    public static CommandArguments ParseArguments(string text) => Build(Tokenize(text));

    /// <summary>
    /// Writes a value so that this parser reads it back unchanged: <c>"a \"b\""</c>. Every quote that can close a
    /// <c>"</c> (the IME's “ ” ＂ too) is escaped, or a value typed with Japanese quotes would be cut short.
    /// </summary>
    public static string Quote(string value)
    {
        var quoted = new StringBuilder(value.Length + 2).Append('"');
        foreach (var c in value)
        {
            if (c == '\\' || IsClosingQuote(c, '"')) quoted.Append('\\');
            quoted.Append(c);
        }

        return quoted.Append('"').ToString();
    }

    private static CommandArguments Build(IEnumerable<Token> tokens)
    {
        var positionals = new List<string>();
        var options = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        Token? previousOption = null;
        foreach (var token in tokens)
        {
            if (token.Key is not null)
            {
                var key = OptionAliases.Canonical(token.Key);
                options[key] = token.Value;
                previousOption = token with { Key = key };
                continue;
            }

            // "start:2026-12-05 14:00" typed without quotes: the time belongs to the option before it.
            if (previousOption is { Quoted: false } option && !token.Quoted && TimeOfDay().IsMatch(token.Value)
                && !TimeOfDay().IsMatch(option.Value) && options[option.Key!].IndexOf(' ') < 0)
            {
                options[option.Key!] = options[option.Key!] + " " + token.Value;
                previousOption = null;
                continue;
            }

            positionals.Add(token.Value);
            previousOption = null;
        }

        return new CommandArguments(positionals, options);
    }

    private sealed record Token(string? Key, string Value, bool Quoted);

    private static List<Token> Tokenize(string text)
    {
        var tokens = new List<Token>();
        var i = 0;
        while (i < text.Length)
        {
            while (i < text.Length && IsSpace(text[i])) i++;
            if (i >= text.Length) break;

            if (IsOpeningQuote(text[i]))
            {
                var value = ReadQuoted(text, ref i);
                tokens.Add(new Token(null, value, true));
                continue;
            }

            var start = i;
            while (i < text.Length && !IsSpace(text[i]) && !IsColon(text[i])) i++;
            var word = text[start..i];
            if (i < text.Length && IsColon(text[i]) && IsKey(word) && !LooksLikeUrl(text, i))
            {
                i++;
                if (i < text.Length && IsOpeningQuote(text[i]))
                {
                    tokens.Add(new Token(word, ReadQuoted(text, ref i), true));
                }
                else
                {
                    var valueStart = i;
                    while (i < text.Length && !IsSpace(text[i])) i++;
                    tokens.Add(new Token(word, text[valueStart..i], false));
                }

                continue;
            }

            while (i < text.Length && !IsSpace(text[i])) i++;
            tokens.Add(new Token(null, text[start..i], false));
        }

        return tokens;
    }

    private static string ReadQuoted(string text, ref int i)
    {
        var closing = ClosingQuoteFor(text[i]);
        i++;
        var value = new StringBuilder();
        while (i < text.Length && !IsClosingQuote(text[i], closing))
        {
            if (text[i] == '\\' && i + 1 < text.Length && (IsClosingQuote(text[i + 1], closing) || text[i + 1] == '\\')) i++;
            value.Append(text[i]);
            i++;
        }

        if (i < text.Length) i++;
        return value.ToString();
    }

    private static bool IsSpace(char c) => char.IsWhiteSpace(c);

    private static bool IsColon(char c) => c is ':' or '：';

    private static bool IsOpeningQuote(char c) => c is '"' or '“' or '”' or '＂' or '「' or '『';

    private static char ClosingQuoteFor(char opening) => opening switch
    {
        '「' => '」',
        '『' => '』',
        _ => '"',
    };

    private static bool IsClosingQuote(char c, char closing) =>
        closing == '"' ? c is '"' or '“' or '”' or '＂' : c == closing;

    /// <summary>Keys start with a letter: <c>14:00</c> is a time, not an option named 14.</summary>
    private static bool IsKey(string word) =>
        word.Length > 0 && char.IsLetter(word[0]) && word.All(c => char.IsLetterOrDigit(c) || c is '_' or '-');

    private static bool LooksLikeUrl(string text, int colon) =>
        colon + 2 < text.Length && text[colon + 1] == '/' && text[colon + 2] == '/';

    [GeneratedRegex(@"^([0-9０-９]{1,2}[:：][0-9０-９]{2}|[0-9０-９]{1,2}時([0-9０-９]{1,2}分)?)$")]
    private static partial Regex TimeOfDay();
}
