using System.Globalization;
using NetworkBot.Core.Platform;

namespace NetworkBot.Core.Localization;

/// <summary>日本語の文言（です・ます体、責めない言い方）。</summary>
internal sealed partial class JapaneseTexts : Texts
{
    private const string Weekdays = "日月火水木金土";

    public override Language Language => Language.Ja;

    public override string UnknownCommand(string name) =>
        $"「/{name}」というコマンドはありません。/help で使えるコマンドを確認できます。";

    public override string UnknownSubcommand(string name, string? given, IReadOnlyList<string> subcommands) =>
        (given is null ? $"/{name} のあとに操作を指定してください。" : $"/{name} {given} という操作はありません。")
        + $"使える操作: {string.Join("、", subcommands.Select(s => $"/{name} {s}"))}";

    public override string OrganizersOnly(string command) =>
        $"/{command} は運営メンバー専用のコマンドです。必要なときは運営の方に声をかけてください。";

    public override string SomethingWentWrong =>
        "申し訳ありません、処理中に問題が起きました。少し時間をおいてもう一度お試しください。";

    public override string NothingChanged(IReadOnlyList<string> problems, string example) =>
        "入力に確認してほしい点があります（まだ何も変更していません）。\n"
        + string.Join("\n", problems.Select(p => "- " + p))
        + $"\n例: `{example}`";

    public override string UnexpectedWords(IReadOnlyList<string> words, string example) =>
        $"「{string.Join(" ", words)}」をどの項目として扱えばよいか分かりませんでした。`項目:値` の形で書いてください（まだ何も変更していません）。\n例: `{example}`";

    public override string UnknownOption(string key, IReadOnlyList<string> validKeys) =>
        $"「{key}」という項目はありません。使える項目: {string.Join(", ", validKeys)}";

    public override string Missing(string key) => $"{FieldLabel(key)}（{key}）を入れてください。";

    public override string TooLong(string key, int maxLength) =>
        $"{FieldLabel(key)}（{key}）は{maxLength}文字以内でお願いします。";

    public override string InvalidYesNo(string key, string text) =>
        $"{FieldLabel(key)}（{key}）の「{text}」は yes か no（はい／いいえ）で指定してください。";

    public override string InvalidEmail(string text) =>
        $"メールアドレス「{text}」の形が正しくないようです。例: email:taro@example.jp";

    public override string When(DateTime start, DateTime? doors, DateTime? end)
    {
        var text = $"{Date(start)} {Time(start)}開始";
        if (doors is { } d) text += $"（{Time(d)}開場）";
        if (end is { } e) text += e.Date == start.Date ? $"〜{Time(e)}終了予定" : $"〜{Date(e)} {Time(e)}終了予定";
        return text;
    }

    public override string DateTime(DateTime local) => $"{Date(local)} {Time(local)}";

    public override string Yen(int yen) => yen == 0 ? "無料" : $"{yen.ToString("N0", CultureInfo.InvariantCulture)}円";

    public override string HelpHeading => "NetworkBot でできること";

    public override string HelpIntro =>
        "勉強会・交流会・シンポジウムの参加登録とお知らせを手伝うボットです。気軽に使ってみてください。";

    public override IReadOnlyList<string> HelpMemberLines =>
    [
        "- `/events [today|week|month] [種別] [都道府県]` 今後のイベント一覧",
        "- `/event show 3` イベントの詳細（日時・会場・残席・懇親会）",
        "- `/join 3` 参加登録（満席なら補欠で登録）　`/join 3 party:yes` 懇親会にも参加",
        "- `/join 3 name:\"山田 太郎\" affiliation:\"○○市 企画課\" email:taro@example.jp` 受付用の情報もあわせて登録",
        "- `/join 3 form` 受付用の情報をフォームで1項目ずつ入力して登録",
        "- `/leave 3` 参加のキャンセル（補欠の方に順番にお席をおつなぎします）",
        "- `/remind 3 off` このイベントのリマインドを止める（`on` で再開）　`/profile reminders off` すべて止める",
        "- `/introduce` 質問に答えて自己紹介（プロフィールを作って自己紹介チャンネルに投稿）",
        "- `/profile [名前]` プロフィールを見る　`/profile edit` 編集　`/profile delete` 削除",
        "- `/members [都道府県] [区分] [キーワード]` メンバーを探す　`/members map` 47都道府県マップ",
        "- `/help` この案内",
    ];

    public override string HelpOrganizerHeading => "運営メンバー向け";

    public override IReadOnlyList<string> HelpOrganizerLines =>
    [
        "- `/event create` イベントを作成（項目なしならフォームで入力）",
        "- `/event create title:\"まちづくり勉強会\" start:\"2026-12-05 14:00\" doors:13:40 venue:\"○○市民センター\" capacity:30 fee:無料`",
        "- `/event edit 3 capacity:40` 変更（日時・会場の変更は参加者にお知らせします）",
        "- `/event cancel 3 reason:\"台風接近\"` 中止（確認のあと参加者にお知らせします）",
        "- `/event attendees 3` 参加者・補欠・懇親会の名簿",
        "- `/event reminders 3` リマインドの送信状況（送信済み・送信待ち・失敗・配信停止）",
        "- `/announce create channel:#general text:\"…\" at:\"2026-12-01 09:00\"` お知らせを予約（`repeat:\"毎週金曜 18:00\"`・`repeat:\"毎月第1月曜 9:00\"`・`cron:\"0 0 9 ? * MON#1\"` でくり返し）",
        "- `/announce list` 予約中のお知らせ　`/announce cancel 2` 取り消し",
    ];

    public override string HelpFooter => "日時は日本時間です。全角の数字やコロンもそのまま使えます。";

    public override string FormIntro(string title) =>
        $"「{title}」を1項目ずつ伺います。空行で任意の項目をとばせます。/cancel で中断できます。";

    public override string FormFieldPrompt(string label, bool required, string? example, string? current)
    {
        var text = required ? $"{label}（必須）" : $"{label}（任意）";
        if (current is not null) text += $" [現在: {current}]";
        else if (example is not null) text += $" 例: {example}";
        return text + " >";
    }

    public override string FormChoicesHint(IEnumerable<string> choices) => $"選択肢: {string.Join(" / ", choices)}";

    public override string FormRequiredAgain => "この項目は必須です。入力をお願いします。";

    public override string FormCancelled => "入力を中断しました。何も変更していません。";

    private static string Date(DateTime local) =>
        $"{local.Year}年{local.Month}月{local.Day}日({Weekdays[(int)local.DayOfWeek]})";

    private static string Time(DateTime local) => local.ToString("H:mm", CultureInfo.InvariantCulture);
}
