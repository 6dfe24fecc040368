using NetworkBot.Core.Text;

namespace NetworkBot.Core.Commands;

/// <summary>
/// Positional values and <c>key:value</c> options of a command, keys compared without case. Every command's text
/// passes through here (typed, from a form, from Discord's options), so it is repaired here, once: lone surrogates
/// become U+FFFD before any handler reads, normalizes or stores them.
/// </summary>
public sealed class CommandArguments
{
    public static readonly CommandArguments Empty = new([], new Dictionary<string, string>());

    private readonly Dictionary<string, string> _options;

    public CommandArguments(IReadOnlyList<string> positionals, IReadOnlyDictionary<string, string> options)
    {
        Positionals = positionals.Select(WellFormedText.Repair).ToList();
        _options = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (key, value) in options) _options[WellFormedText.Repair(key)] = WellFormedText.Repair(value);
    }

    public IReadOnlyList<string> Positionals { get; }

    public IReadOnlyDictionary<string, string> Options => _options;

    public bool IsEmpty => Positionals.Count == 0 && _options.Count == 0;

    public string? Option(string key) => _options.TryGetValue(key, out var value) ? value : null;

    public bool Has(string key) => _options.ContainsKey(key);

    public string? Positional(int index) => index < Positionals.Count ? Positionals[index] : null;
}
