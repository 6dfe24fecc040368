using System.Globalization;
using System.Text;
using CsCheck;
using NetworkBot.Core.Commands;
using NetworkBot.Core.Platform;

namespace NetworkBot.Tests.Fuzzing;

/// <summary>One line typed at the console, and who typed it (now and then a name that is itself awkward text).</summary>
internal sealed record CommandLineInput(string Line, string Member, bool IsOrganizer, Language Language)
{
    /// <summary>Who types: a registered member, an organizer, and a member the bot has never met.</summary>
    private static readonly (string Name, bool IsOrganizer)[] Typists = [("佐藤", false), ("運営", true), ("新人", false)];

    /// <summary>Real command lines, as the README and the bot's own buttons and forms write them.</summary>
    private static readonly string[] Seeds =
    [
        "/events", "/events week study 山形", "/event show 1", "/join 1 party:yes affiliation:\"山形市 企画課\"", "/join 2", "/leave 1",
        "/event create title:\"第13回 勉強会\" start:\"12/19 14:00\" doors:13:40 end:17:00 venue:\"山形市民会館\" capacity:30 fee:無料 party:yes party_start:17:30 party_fee:5000 party_capacity:20 prefecture:山形",
        "/event create タイトル:「防災交流会」 日時:令和8年12月20日 18時 会場:オンライン 定員:１０", "/event create",
        "/event edit 1 capacity:40 venue:\"山形県庁\"", "/event cancel 2 reason:\"台風のため\"", "/event cancel 2 confirm:yes",
        "/event attendees 1", "/event reminders 1", "/remind 1 off", "/remind 1 on", "/profile reminders off",
        "/announce create channel:#general text:\"こんにちは\" at:\"2026-12-01 09:00\"", "/announce create channel:#general text:\"定例\" repeat:\"毎週金曜 18:00\"",
        "/announce create channel:#general text:\"x\" cron:\"0 0 9 ? * MON#1\"", "/announce list", "/announce cancel 1",
        "/introduce", "/introduce name:\"後藤 健\" prefecture:山形 sector:municipal interests:\"交通政策,行政評価\"",
        "/profile", "/profile 後藤 健", "/profile edit", "/profile edit affiliation:\"酒田市\" kana:ごとう email:ken@example.jp",
        "/profile delete", "/profile delete confirm:yes", "/members", "/members 山形 municipal 交通 page:2", "/members map", "/help",
        "/cancel", "/back", "/skip", "はい", "3", "",
    ];

    private static readonly string[] Values =
    [
        "1", "2", "3", "99", "#1", "１", "yes", "no", "maybe", "はい", "いいえ", "30", "０", "無料", "5000", "¥1,000", "山形", "東京都", "北海道",
        "municipal", "2026-12-05 14:00", "12/5 14:00", "令和8年12月5日 14時", "２０２６／１２／５　１４：００", "13:40", "25:99", "7d,1d,1h", "none",
        "毎週金曜 18:00", "毎月第1月曜 9:00", "monthly first monday 09:00", "0 0 9 ? * MON#1", "#general", "<#C123>", "study", "meetup", "勉強会",
        "https://example.jp/x?a=1", "t@example.jp", "交通政策,行政評価", "today", "week", "off", "on", "confirm", "-", "なし",
    ];

    private static readonly Gen<string> Value = Gen.Frequency((3, Gen.OneOf(Values)), (3, Mutator.AwkwardText), (1, Gen.OneOf(Values).Select(FullWidth)));

    private static readonly Gen<int> Quoting = Gen.Int[0, 5];

    /// <summary>Lines built from the commands' own names and option keys, seeds edited character by character, and noise.</summary>
    public static Gen<CommandLineInput> For(IEnumerable<CommandDefinition> definitions)
    {
        var commands = definitions.ToList();
        string[] heads = [.. commands.Select(d => "/" + d.Key), "/event", "/profile", "/announce", "/EVENTS", "／events", "/", "/nosuch", "events"];
        string[] keys = [.. commands.SelectMany(d => d.OptionKeys).Distinct(), "title", "タイトル", "定員", "confirm", "page", "x", "1a"];
        var option = Gen.Select(Gen.OneOf(keys), Value, Quoting, (key, value, quoting) => key + ":" + Quoted(value, quoting));
        var positional = Gen.Select(Value, Quoting, Quoted);
        var token = Gen.Frequency((3, option), (2, positional));
        var built = Gen.Select(Gen.OneOf(heads), token.Array[0, 6], (head, tokens) => string.Join(' ', [head, .. tokens]));
        var seeded = Gen.Select(Gen.OneOf(Seeds), LineEdit.Array[1, 3], (seed, edits) => edits.Aggregate(seed, Apply));
        var line = Gen.Frequency(
            (4, built), (3, seeded), (1, Gen.Select(built, LineEdit.Array[1, 2], (b, edits) => edits.Aggregate(b, Apply))),
            (1, Gen.OneOf(Seeds)), (1, Mutator.AwkwardText),
            // Ends a guided conversation now and then, or a member who opened one would answer it with every later line.
            (1, Gen.OneOf("/cancel", "/キャンセル", "はい", "/ok")));
        var language = Gen.Frequency((4, Gen.Const(Language.Ja)), (1, Gen.Const(Language.En)));
        var typist = Gen.Frequency((8, Gen.OneOf(Typists)), (1, Gen.Select(Mutator.AwkwardText, Gen.Bool, (n, o) => (n, o))));
        return Gen.Select(line, typist, language, (l, who, lang) => new CommandLineInput(l, who.Item1, who.Item2, lang));
    }

    public override string ToString() =>
        $"{Member}{(IsOrganizer ? " (organizer)" : "")} {Language}: \"{Shown(Line)}\"";

    /// <summary>One character-level edit: where, what, and the text it puts in.</summary>
    private static readonly Gen<(int Kind, int Where, int Other, string Text)> LineEdit =
        Gen.Select(Gen.Int[0, 6], Gen.Int[0, int.MaxValue], Gen.Int[0, int.MaxValue], Mutator.AwkwardText, (k, w, o, t) => (k, w, o, t));

    private static string Apply(string line, (int Kind, int Where, int Other, string Text) edit)
    {
        var at = line.Length == 0 ? 0 : edit.Where % (line.Length + 1);
        return edit.Kind switch
        {
            0 => line.Insert(at, edit.Text),
            // Cut anywhere, between the halves of a surrogate pair too, as a payload cut short would be.
            1 => line[..at],
            2 => line.Insert(at, ((char)(0xD800 + edit.Other % 0x800)).ToString()),
            3 => line.Insert(at, Awkward(ControlCharacters, edit.Other)),
            4 => FullWidth(line),
            5 when line.Length > 0 => line.Remove(at == line.Length ? at - 1 : at, 1 + edit.Other % Math.Max(1, line.Length - at)),
            _ => line.Insert(at, Awkward(Punctuation, edit.Other)),
        };
    }

    private const string ControlCharacters = "\0\u0001\b\t\n\r\u001b\u007f\u0085\u2028\u200b\u202e\ufeff\ufffe";

    private const string Punctuation = "\"“”＂「」『』:：\\/／ 　";

    private static string Awkward(string characters, int pick) => characters[pick % characters.Length].ToString();

    /// <summary>Ways a value is quoted: none, "…" escaped as the bot's forms write it, the IME's “…” 「…」 ＂…＂, and an unclosed ".</summary>
    private static string Quoted(string value, int quoting) => quoting switch
    {
        0 => value,
        1 => CommandTextParser.Quote(value),
        2 => "“" + value + "”",
        3 => "「" + value + "」",
        4 => "＂" + value + "＂",
        _ => "\"" + value,
    };

    /// <summary>What a Japanese IME in full-width mode types: ＡＢＣ１２３：／, and the ideographic space.</summary>
    private static string FullWidth(string text)
    {
        var wide = new StringBuilder(text.Length);
        foreach (var c in text) wide.Append(c switch { ' ' => '\u3000', > ' ' and <= '~' => (char)(c + 0xFEE0), _ => c });
        return wide.ToString();
    }

    /// <summary>The line for a failure message: unreadable and control characters as \uXXXX, shortened.</summary>
    private static string Shown(string line)
    {
        var shown = new StringBuilder();
        foreach (var c in line.Length <= 300 ? line : line[..300])
        {
            if (char.IsSurrogate(c) || char.IsControl(c) || c == '\ufffe') shown.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:x4}");
            else shown.Append(c);
        }

        return line.Length <= 300 ? shown.ToString() : shown + $"… ({line.Length} characters)";
    }
}
