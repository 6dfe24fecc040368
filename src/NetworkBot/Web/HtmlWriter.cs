using System.Diagnostics;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace NetworkBot.Web;

/// <summary>
/// A small HTML builder that makes injection impossible by construction: tag and attribute names come from
/// code, and every text and attribute value is HTML-encoded (event titles and descriptions are user input).
/// Links are written only for same-site paths and http(s) addresses; anything else stays plain text.
/// </summary>
public sealed class HtmlWriter
{
    // Keeps Japanese readable in the source instead of turning every character into an entity.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);
    private readonly StringBuilder _html = new();
    private readonly Stack<string> _open = new();

    public HtmlWriter Open(string tag, params (string Name, string? Value)[] attributes)
    {
        StartTag(tag, attributes);
        _open.Push(tag);
        return this;
    }

    public HtmlWriter Close()
    {
        _html.Append("</").Append(_open.Pop()).Append('>');
        return this;
    }

    /// <summary>An element without content or end tag, such as <c>meta</c> or <c>link</c>.</summary>
    public HtmlWriter Empty(string tag, params (string Name, string? Value)[] attributes)
    {
        StartTag(tag, attributes);
        return this;
    }

    public HtmlWriter Element(string tag, string? text, params (string Name, string? Value)[] attributes) =>
        Open(tag, attributes).Text(text).Close();

    public HtmlWriter Text(string? text)
    {
        if (!string.IsNullOrEmpty(text)) Encoder.Encode(new StringWriter(_html), text);
        return this;
    }

    /// <summary>Text in which <c>`…`</c> spans (commands to type) become <c>code</c> elements.</summary>
    public HtmlWriter TextWithCode(string text)
    {
        var parts = text.Split('`');
        for (var i = 0; i < parts.Length; i++)
        {
            if (i % 2 == 1) Element("code", parts[i]);
            else Text(parts[i]);
        }

        return this;
    }

    /// <summary>A link when <paramref name="href"/> is safe to follow, otherwise just the text.</summary>
    public HtmlWriter Link(string? href, string text, params (string Name, string? Value)[] attributes) =>
        IsSafeHref(href) ? Open("a", [("href", href), .. attributes]).Text(text).Close() : Text(text);

    /// <summary>Markup written as is: only for constants in code, never for anything that came from outside.</summary>
    public HtmlWriter Trusted(string markup)
    {
        _html.Append(markup);
        return this;
    }

    public override string ToString()
    {
        Debug.Assert(_open.Count == 0, "Every opened element is closed.");
        return _html.ToString();
    }

    public static bool IsSafeHref(string? href)
    {
        if (string.IsNullOrWhiteSpace(href)) return false;
        if (href.StartsWith('/')) return !href.StartsWith("//", StringComparison.Ordinal) && !href.StartsWith("/\\", StringComparison.Ordinal);
        if (href.StartsWith('?') || href.StartsWith('#')) return true;
        return Uri.TryCreate(href, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);
    }

    private void StartTag(string tag, (string Name, string? Value)[] attributes)
    {
        Debug.Assert(IsName(tag), "Tag names come from code.");
        _html.Append('<').Append(tag);
        foreach (var (name, value) in attributes)
        {
            Debug.Assert(IsName(name), "Attribute names come from code.");
            if (value is null) continue;
            _html.Append(' ').Append(name).Append("=\"");
            Encoder.Encode(new StringWriter(_html), value);
            _html.Append('"');
        }

        _html.Append('>');
    }

    private static bool IsName(string name) => name.Length > 0 && name.All(c => char.IsAsciiLetterOrDigit(c) || c == '-');
}
