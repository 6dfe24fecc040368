using System.Text;
using CsCheck;

namespace NetworkBot.Tests.Fuzzing;

/// <summary>One edit: what to do, where (taken modulo the input's length) and what to put there.</summary>
internal readonly record struct Edit(int Kind, int Where, int Other, string Text);

/// <summary>
/// Random and mutated inputs as CsCheck generators: raw bytes, strings made to upset parsers (huge, unicode, control
/// characters, broken percent-escapes), and byte-level edits of real payloads (bit flips, truncation, cut and pasted
/// pieces). Edits are plain numbers applied in order, so CsCheck can shrink a failing input to a small one.
/// </summary>
internal static class Mutator
{
    /// <summary>Values that broke parsers elsewhere: empty, numbers out of range, escapes, surrogates, right-to-left marks.</summary>
    private static readonly string[] Awkward =
    [
        "", " ", "\0", "\u0001\u001f\u007f", "\r\n", "\t", "\"", "\\", "'", "%", "%zz", "%00", "%E3%81", "&", "=", "+", "&&==",
        "{", "}", "[", "]", "{}", "[]", "null", "true", "-1", "0", "-0", "1e999", "1.5", "99999999999999999999", "-9223372036854775809",
        "NaN", "\u200b", "\u202e", "\ud800", "\udfff", "\ufeff", "🎉", "𠮷野家", "ｆｕｌｌ", "１２３", "／", "：", "　", "“", "”", "「」", "\\u0000",
        "<script>alert(1)</script>", "../../etc/passwd", "cmd:/join 1", "ref:zzz", "form:1:2", "#general", "<@U1>", "<!channel>",
    ];

    public static Gen<string> AwkwardText { get; } = Gen.Frequency(
        (6, Gen.OneOf(Awkward)),
        (3, Gen.String[0, 40]),
        (2, Gen.String[Gen.Char['\u3000', '\u30ff'], 0, 40]),
        (1, Gen.Int[1_000, 300_000].Select(n => new string('あ', n / 3) + new string('x', n % 1000))));

    public static Gen<Edit> OneEdit { get; } = Gen.Select(Gen.Int[0, 6], Gen.Int[0, int.MaxValue], Gen.Int[0, int.MaxValue], AwkwardText,
        (kind, where, other, text) => new Edit(kind, where, other, text));

    public static Gen<Edit[]> Edits { get; } = OneEdit.Array[1, 4];

    public static Gen<byte[]> RandomBytes { get; } = Gen.Frequency(
        (3, Gen.Byte.Array[0, 300]),
        (2, AwkwardText.Select(Encoding.UTF8.GetBytes)),
        (1, Gen.Int[0, 400_000].Select(n => new byte[n])));

    /// <summary>A seed picked from <paramref name="seeds"/> and edited at the byte level.</summary>
    public static Gen<byte[]> Mutated(IReadOnlyList<byte[]> seeds) =>
        Gen.Select(Gen.Int[0, seeds.Count - 1], Edits, (i, edits) => Apply(seeds[i], edits));

    public static byte[] Apply(byte[] seed, IEnumerable<Edit> edits)
    {
        var bytes = seed.ToList();
        foreach (var edit in edits)
        {
            var at = bytes.Count == 0 ? 0 : edit.Where % bytes.Count;
            var length = bytes.Count == 0 ? 0 : 1 + edit.Other % Math.Max(1, bytes.Count - at);
            switch (edit.Kind)
            {
                case 0 when bytes.Count > 0:
                    bytes[at] ^= (byte)(1 << (edit.Other % 8));
                    break;
                case 1 when bytes.Count > 0:
                    bytes[at] = (byte)edit.Other;
                    break;
                case 2:
                    bytes.RemoveRange(at, bytes.Count - at);
                    break;
                case 3 when bytes.Count > 0:
                    bytes.RemoveRange(at, Math.Min(length, bytes.Count - at));
                    break;
                case 4:
                    bytes.InsertRange(at, Encoding.UTF8.GetBytes(edit.Text));
                    break;
                case 5 when bytes.Count > 0:
                    var piece = bytes.GetRange(at, Math.Min(length, bytes.Count - at));
                    bytes.InsertRange(edit.Other % bytes.Count, piece);
                    break;
                case 6 when bytes.Count > 0:
                    bytes[at] = (byte)"\"{}[]:,=&%\\"[edit.Other % 11];
                    break;
            }
        }

        return [.. bytes];
    }

    /// <summary>Shows an input in a failure message: as text when it is, shortened.</summary>
    public static string Show(byte[] bytes)
    {
        var text = Encoding.UTF8.GetString(bytes);
        return text.Length <= 2000 ? text : text[..2000] + $"… ({bytes.Length} bytes)";
    }
}
