using NetworkBot.Core.Events;
using NetworkBot.Core.Regions;

namespace NetworkBot.Core.Localization;

internal sealed partial class JapaneseTexts
{
    private const string DateExamples = "2026/12/5 14:00、12/5 14:00、2026年12月5日 14:00 も使えます";

    public override string EventIdMissing(string usage) => $"イベントの番号を指定してください。例: `{usage}`（番号は /events で確認できます）";

    public override string EventIdInvalid(string text, string usage) =>
        $"「{text}」はイベントの番号として読み取れませんでした。例: `{usage}`（番号は /events で確認できます）";

    public override string EventNotFound(int id) => $"番号 {id} のイベントは見つかりませんでした。/events で一覧を確認できます。";

    public override string InvalidKind(string text) => $"種別「{text}」は使えません。次のどれかを指定してください: {EventKinds.Accepted}";

    public override string InvalidDateTime(string key, string text) => key switch
    {
        EventFields.End or EventFields.Doors or EventFields.PartyStart =>
            $"{FieldLabel(key)}（{key}）の「{text}」を時刻として読み取れませんでした。例: {key}:{FieldExample(key)}（日付つきの 2026-12-05 17:00 も使えます）",
        EventFields.Deadline =>
            $"申込締切（deadline）の「{text}」を読み取れませんでした。例: deadline:\"2026-12-03 23:59\"（日付だけなら 23:59 締切になります）",
        _ => $"{FieldLabel(key)}（{key}）の「{text}」を日時として読み取れませんでした。例: {key}:\"2026-12-05 14:00\"（{DateExamples}）",
    };

    public override string StartInPast(string text) => $"開始日時「{text}」はすでに過ぎています。これからの日時を指定してください。";

    public override string EndNotAfterStart() => "終了（end）は開始より後の時刻にしてください。";

    public override string DoorsNotBeforeStart() => "開場（doors）は開始と同じか、開始より前の時刻にしてください。";

    public override string PartyBeforeStart() => "懇親会の開始（party_start）はイベントの開始より後の時刻にしてください。";

    public override string DeadlineAfterStart() => "申込締切（deadline）は開始日時より前にしてください。";

    public override string InvalidUrl(string text) => $"URL「{text}」は http:// か https:// で始まるアドレスにしてください。";

    public override string UnknownPrefecture(string text, IReadOnlyList<Prefecture> suggestions) =>
        $"都道府県「{text}」が見つかりませんでした。"
        + (suggestions.Count > 0 ? $"もしかして: {string.Join("、", suggestions.Select(p => p.NameJa))}" : "例: 山形、山形県、yamagata、06");

    public override string InvalidReminders(string text) =>
        $"リマインド（reminders）の「{text}」を読み取れませんでした。例: reminders:\"7d,1d,1h\"（7日前・1日前・1時間前）、止めるなら reminders:none";

    public override string InvalidCapacity(string key, string text) =>
        $"{FieldLabel(key)}（{key}）の「{text}」は1以上の数で指定してください。例: {key}:30（定員なしなら {key}:なし）";

    public override string InvalidFee(string key, string text) =>
        $"{FieldLabel(key)}（{key}）の「{text}」を金額として読み取れませんでした。例: {key}:5000、{key}:無料";

    public override string FieldLabel(string key) => key switch
    {
        EventFields.Title => "タイトル",
        EventFields.Kind => "種別",
        EventFields.Start => "開始日時",
        EventFields.End => "終了時刻",
        EventFields.Doors => "開場時刻",
        EventFields.Venue => "会場",
        EventFields.Url => "オンライン参加URL",
        EventFields.Capacity => "定員",
        EventFields.Fee => "参加費",
        EventFields.Party => "懇親会",
        EventFields.PartyStart => "懇親会の開始",
        EventFields.PartyVenue => "懇親会の会場",
        EventFields.PartyCapacity => "懇親会の定員",
        EventFields.PartyFee => "懇親会の会費",
        EventFields.Deadline => "申込締切",
        EventFields.Prefecture => "開催都道府県",
        EventFields.Description => "説明",
        EventFields.Reminders => "リマインド",
        "name" => "お名前",
        "affiliation" => "所属",
        "email" => "メールアドレス",
        "reason" => "理由",
        _ => ProfileFieldLabel(key),
    };

    public override string? FieldExample(string key) => key switch
    {
        EventFields.Title => "第12回 まちづくり勉強会",
        EventFields.Start => "2026-12-05 14:00",
        EventFields.End => "17:00",
        EventFields.Doors => "13:40",
        EventFields.Venue => "○○市民活動センター 3階 会議室A",
        EventFields.Capacity => "30（定員なしは空欄）",
        EventFields.Fee => "無料 / 1000",
        EventFields.PartyStart => "17:30",
        EventFields.PartyFee => "5000",
        EventFields.Deadline => "2026-12-03 23:59",
        EventFields.Prefecture => "山形",
        "affiliation" => "○○市 企画課",
        "email" => "taro@example.jp",
        _ => null,
    };

    public override string EventCreateExample =>
        "/event create title:\"まちづくり勉強会\" start:\"2026-12-05 14:00\" doors:13:40 end:17:00 venue:\"○○市民センター\" capacity:30 fee:無料";

    public override string EventEditExample => "/event edit 3 capacity:40 venue:\"○○市民センター 2階\"";

    public override string Kind(EventKind kind) => kind switch
    {
        EventKind.StudySession => "勉強会",
        EventKind.MiniStudySession => "ミニ勉強会",
        EventKind.Meetup => "交流会",
        EventKind.Symposium => "シンポジウム",
        _ => "その他",
    };

    public override string EventHeading(int id, string title, bool cancelled) => cancelled ? $"【中止】#{id} {title}" : $"#{id} {title}";

    public override string CancelledBanner(string? reason) =>
        reason is null ? "このイベントは中止になりました。" : $"このイベントは{reason}のため中止になりました。";

    public override string LabelWhen => "日時";

    public override string LabelKind => "種別";

    public override string LabelVenue => "会場";

    public override string LabelOnline => "オンライン";

    public override string LabelCapacity => "定員";

    public override string LabelFee => "参加費";

    public override string LabelAfterParty => "懇親会";

    public override string LabelDeadline => "申込締切";

    public override string LabelPrefecture => "都道府県";

    public override string Online => "オンライン";

    public override string Capacity(int? capacity, int going, int waitlisted) => capacity switch
    {
        null => $"定員なし（参加 {going}名）",
        { } c when going >= c => $"定員 {c}名・満席（補欠 {waitlisted}名）",
        { } c => $"定員 {c}名（残り{c - going}席）",
    };

    public override string AfterParty(DateTime? start, string? venue, int? feeYen, string capacity)
    {
        var parts = new List<string>();
        if (start is { } s) parts.Add($"{Time(s)}〜");
        if (venue is not null) parts.Add(venue);
        var details = new List<string>();
        if (feeYen is { } fee) details.Add($"会費 {Yen(fee)}");
        details.Add(capacity);
        return string.Join(" ", parts) + $"（{string.Join("／", details)}）";
    }

    public override string EventFooter(int id) => $"イベント番号 {id}　参加: /join {id}　キャンセル: /leave {id}";

    public override string ListEntry(int id, string title, string kind, string when, string? where, string capacity, bool hasAfterParty) =>
        $"**#{id} {title}**（{kind}）\n📅 {when}\n" + (where is null ? "" : $"📍 {where}\n") + capacity + (hasAfterParty ? "・懇親会あり" : "");

    public override string ButtonDetails => "詳細を見る";

    public override string ButtonJoin => "参加する";

    public override string ButtonJoinWithParty => "懇親会にも参加";

    public override string ButtonLeave => "キャンセルする";

    public override string ButtonConfirmCancel => "中止する";

    public override string UpcomingEventsHeading(string? filter) => filter is null ? "今後のイベント" : $"今後のイベント（{filter}）";

    public override string NoUpcomingEvents(string? filter) =>
        filter is null ? "いま予定されているイベントはありません。決まりしだいお知らせします。" : $"条件（{filter}）に合う今後のイベントはありません。";

    public override string MoreEvents(int count) => $"ほかに {count}件あります。期間や種別で絞り込めます（例: /events week 勉強会）。";

    public override string Period(string word) => word switch
    {
        "today" => "今日",
        "week" => "1週間以内",
        "month" => "1か月以内",
        _ => "すべて",
    };

    public override string UnknownEventsFilter(string word) =>
        $"「{word}」で絞り込めませんでした。期間（today / week / month）、種別（勉強会・交流会など）、都道府県（山形 など）が使えます。例: /events month 勉強会";

    public override string EventCreated(int id, string title) => $"イベント「{title}」を作成しました（番号 {id}）。";

    public override string EventUpdated(int id, IReadOnlyList<string> changedKeys, int told) =>
        $"イベント {id} を更新しました（{string.Join("、", changedKeys.Select(FieldLabel))}）。"
        + (told > 0 ? $"登録している {told}名にお知らせしました。" : "");

    public override string EventUnchanged(int id) => $"イベント {id} の内容は変わっていません。";

    public override string EventAlreadyCancelled(int id) => $"イベント {id} はすでに中止になっています。";

    public override string ConfirmCancel(int id, string title) =>
        $"「{title}」（番号 {id}）を中止しますか？ 登録している方全員に中止のお知らせが届きます。よければ下のボタンを押してください。";

    public override string EventCancelled(int id, string title, int told) =>
        $"「{title}」（番号 {id}）を中止にしました。" + (told > 0 ? $"登録していた {told}名にお知らせしました。" : "");

    public override string EventFormTitle => "イベントを作成";

    public override string EventEditFormTitle(int id) => $"イベント {id} を編集";

    public override string AttendeesHeading(int id, string title) => $"#{id} {title} の名簿";

    public override string GoingHeading(int count, int? capacity) => capacity is { } c ? $"参加者 {count}/{c}名" : $"参加者 {count}名";

    public override string WaitlistHeading(int count) => $"補欠 {count}名";

    public override string PartyHeading(int count, int? capacity) => capacity is { } c ? $"懇親会 {count}/{c}名" : $"懇親会 {count}名";

    public override string PartyWaitlistHeading(int count) => $"懇親会の補欠 {count}名";

    public override string NobodyYet => "（まだいません）";

    public override string AttendeeLine(int number, string name, string? affiliation, string? email, PartyStatus party) =>
        $"{number}. {name}さん" + (affiliation is null ? "" : $"（{affiliation}）") + (email is null ? "" : $" {email}")
        + party switch { PartyStatus.Going => "　懇親会: 参加", PartyStatus.Waitlisted => "　懇親会: 補欠", _ => "" };

    public override string EventChangedNotice(string title, string when, string? where) =>
        $"【変更のお知らせ】「{title}」の内容が変わりました。\n📅 {when}" + (where is null ? "" : $"\n📍 {where}")
        + "\nご都合が合わなくなった場合は、お手数ですがキャンセルしてください。";

    public override string EventCancelledNotice(string title, string when, string? reason) =>
        $"【中止のお知らせ】{when}の「{title}」は、" + (reason is null ? "中止となりました。" : $"{reason}のため中止します。")
        + "\n楽しみにしてくださっていた皆さん、申し訳ありません。改めて日程が決まりましたらご案内します。";
}
