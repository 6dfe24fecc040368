using System.Text.Json;
using System.Text.Json.Nodes;
using CsCheck;

namespace NetworkBot.Tests.Fuzzing;

/// <summary>
/// Edits that keep a payload well-formed so it gets past the parser and reaches the handlers: a JSON value swapped
/// for one of the wrong type (string ↔ number ↔ array ↔ object ↔ null), a property removed or renamed, two values
/// swapped; a form field dropped, repeated, emptied or given an awkward value, and a JSON field inside a form
/// (Slack's <c>payload</c>) edited the JSON way.
/// </summary>
internal static class ShapeMutator
{
    private static readonly Func<string, JsonNode?>[] WrongTypes =
    [
        text => JsonValue.Create(text),
        _ => JsonValue.Create(0),
        _ => JsonValue.Create(-1),
        _ => JsonValue.Create(1e308),
        _ => JsonValue.Create(long.MaxValue),
        _ => JsonValue.Create(2.5),
        _ => JsonValue.Create(true),
        _ => null,
        _ => new JsonObject(),
        _ => new JsonArray(),
        text => new JsonArray(JsonValue.Create(text)),
        text => new JsonObject { [text.Length > 0 ? text[..Math.Min(8, text.Length)] : "k"] = text },
    ];

    /// <summary>A JSON seed with one to four structural edits.</summary>
    public static Gen<string> Json(IReadOnlyList<string> seeds) =>
        Gen.Select(Gen.Int[0, seeds.Count - 1], Mutator.Edits, (i, edits) => ApplyJson(seeds[i], edits));

    /// <summary>A form-encoded seed with one to four field edits.</summary>
    public static Gen<string> Form(IReadOnlyList<string> seeds) =>
        Gen.Select(Gen.Int[0, seeds.Count - 1], Mutator.Edits, (i, edits) => ApplyForm(seeds[i], edits));

    public static string ApplyJson(string json, IEnumerable<Edit> edits)
    {
        // A form value that merely starts with '{' (an earlier edit may have put it there) is left as it is.
        if (Parsed(json) is not { } root) return json;
        foreach (var edit in edits)
        {
            if (root is null) break;
            root = EditJson(root, edit);
        }

        return root?.ToJsonString() ?? "null";
    }

    public static string ApplyForm(string form, IEnumerable<Edit> edits)
    {
        var fields = form.Split('&').Select(pair =>
        {
            var cut = pair.IndexOf('=');
            return cut < 0 ? (Key: Decode(pair), Value: "") : (Key: Decode(pair[..cut]), Value: Decode(pair[(cut + 1)..]));
        }).ToList();
        foreach (var edit in edits)
        {
            if (fields.Count == 0) break;
            var at = edit.Where % fields.Count;
            var (key, value) = fields[at];
            switch (edit.Kind)
            {
                case 0:
                    fields.RemoveAt(at);
                    break;
                case 1:
                    fields.Insert(at, (key, edit.Text));
                    break;
                case 2:
                    var other = edit.Other % fields.Count;
                    fields[at] = (key, fields[other].Value);
                    fields[other] = (fields[other].Key, value);
                    break;
                case 3 when value.StartsWith('{'):
                    fields[at] = (key, ApplyJson(value, [edit with { Kind = edit.Other % 7 }]));
                    break;
                case 4:
                    fields[at] = (edit.Text, value);
                    break;
                default:
                    fields[at] = (key, edit.Text);
                    break;
            }
        }

        return string.Join("&", fields.Select(f => Uri.EscapeDataString(f.Key) + "=" + Uri.EscapeDataString(f.Value)));
    }

    private static JsonNode? Parsed(string json)
    {
        try
        {
            return JsonNode.Parse(json);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string Decode(string part)
    {
        try
        {
            return Uri.UnescapeDataString(part.Replace('+', ' '));
        }
        catch (UriFormatException)
        {
            return part;
        }
    }

    private static JsonNode? EditJson(JsonNode root, Edit edit)
    {
        var nodes = Descendants(root).ToList();
        var target = nodes[edit.Where % nodes.Count];
        var parent = target.Parent;
        if (parent is null) return edit.Kind == 0 ? WrongTypes[edit.Other % WrongTypes.Length](edit.Text) : root;
        switch (edit.Kind)
        {
            case 1 when parent is JsonObject obj:
                obj.Remove(target.GetPropertyName());
                break;
            case 2 when parent is JsonObject obj:
                var name = target.GetPropertyName();
                obj.Remove(name);
                obj[edit.Text.Length > 0 ? edit.Text : name + "_"] = target;
                break;
            case 3:
                var swap = nodes[edit.Other % nodes.Count];
                if (swap.Parent is not null && !IsAncestor(target, swap) && !IsAncestor(swap, target))
                {
                    var copy = swap.DeepClone();
                    Replace(swap, target.DeepClone());
                    Replace(target, copy);
                }

                break;
            case 4 when target is JsonValue value && value.TryGetValue<string>(out var text):
                Replace(target, JsonValue.Create(text + edit.Text));
                break;
            default:
                Replace(target, WrongTypes[edit.Other % WrongTypes.Length](edit.Text));
                break;
        }

        return root;
    }

    private static IEnumerable<JsonNode> Descendants(JsonNode node)
    {
        yield return node;
        IEnumerable<JsonNode?> children = node switch
        {
            JsonObject obj => obj.Select(p => p.Value),
            JsonArray array => array,
            _ => [],
        };
        foreach (var child in children.OfType<JsonNode>())
        {
            foreach (var descendant in Descendants(child)) yield return descendant;
        }
    }

    private static bool IsAncestor(JsonNode ancestor, JsonNode node)
    {
        for (var current = node.Parent; current is not null; current = current.Parent)
        {
            if (ReferenceEquals(current, ancestor)) return true;
        }

        return false;
    }

    private static void Replace(JsonNode target, JsonNode? replacement)
    {
        switch (target.Parent)
        {
            case JsonObject obj:
                obj[target.GetPropertyName()] = replacement;
                break;
            case JsonArray array:
                array[target.GetElementIndex()] = replacement;
                break;
        }
    }

    /// <summary>True when <paramref name="text"/> parses as JSON (seeds are checked once).</summary>
    public static bool IsJson(string text)
    {
        try
        {
            using var _ = JsonDocument.Parse(text);
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
