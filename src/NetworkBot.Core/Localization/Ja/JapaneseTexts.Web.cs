using NetworkBot.Core.Events;

namespace NetworkBot.Core.Localization;

internal sealed partial class JapaneseTexts
{
    public override string ScheduleName => "勉強会・交流会の予定";

    public override string WebIntro =>
        "勉強会・交流会・シンポジウムの予定です。参加登録は、Slack・Discord のチャットでボットにコマンドをひとつ送るだけでできます。";

    public override string WebHowToJoin(int id, bool hasAfterParty) =>
        $"参加するには、Slack または Discord でボットに `/join {id}` と送ってください。"
        + (hasAfterParty ? $"懇親会にも参加する場合は `/join {id} party:yes` です。" : "")
        + "満席のときは補欠として受け付け、お席が空きしだい順番にご案内します。";

    public override string WebJoinShort(int id) => $"参加登録: チャットで `/join {id}`";

    public override string WebEventEnded => "このイベントは終了しました。ご参加いただいた皆さん、ありがとうございました。";

    public override string WebAddToCalendar => "カレンダーに追加（.ics）";

    public override string WebSubscribeHeading => "カレンダーで購読";

    public override string WebSubscribeHelp =>
        "Google カレンダー・Outlook・Apple カレンダーに次の URL を登録すると、予定の追加や変更が自動で反映されます。";

    public override string WebFeedLink => "Atom フィード（新着イベント）";

    public override string WebTimeZoneNote => "日時はすべて日本時間です。";

    public override string WebBackToList => "今後のイベント一覧へ";

    public override string WebEventNotFoundTitle => "イベントが見つかりません";

    public override string WebEventNotFound =>
        "お探しのイベントは見つかりませんでした。番号が違うか、リンクが古い可能性があります。今後のイベントは一覧からご覧いただけます。";

    public override string WebOtherLanguageName => "English";

    public override string WebLinkInvalidTitle => "このリンクは使えません";

    public override string WebLinkInvalid(int? eventId) =>
        "このダウンロードリンクは無効か、有効期限が切れています。"
        + $"チャットで `/event attendees {eventId?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "番号"}` をもう一度実行すると、新しいリンクが届きます。";

    public override string FeedEventTitle(string title, DateTime start, bool cancelled) =>
        (cancelled ? "【中止】" : "") + $"{title}（{Date(start)}）";

    public override string SeatLimit(int? capacity) => capacity is { } c ? $"定員 {c}名" : "定員なし";

    public override string EventWebLinks(string page, string eventCalendar, string calendar) =>
        $"[ウェブページ]({page})・[カレンダーに追加 (.ics)]({eventCalendar})・[すべての予定を購読]({calendar})";

    public override string AttendeesCsvLink(string url, TimeSpan validFor) =>
        $"📄 [名簿をCSVでダウンロード]({url})（参加者・補欠・懇親会と受付情報。{validFor.TotalHours:0}時間有効。メールアドレスを含むので、リンクの共有にはご注意ください）";

    public override IReadOnlyList<string> CsvHeaders => ["受付番号", "参加状況", "お名前", "所属", "メールアドレス", "懇親会", "登録日時（日本時間）"];

    public override string CsvStatus(RegistrationStatus status, int? waitlistPosition) => status switch
    {
        RegistrationStatus.Going => "参加",
        RegistrationStatus.Waitlisted => waitlistPosition is { } p ? $"補欠（{p}番目）" : "補欠",
        _ => "キャンセル",
    };

    public override string CsvParty(PartyStatus status, int? waitlistPosition, bool hasAfterParty) => status switch
    {
        PartyStatus.Going => "参加",
        PartyStatus.Waitlisted => waitlistPosition is { } p ? $"補欠（{p}番目）" : "補欠",
        _ => hasAfterParty ? "不参加" : "",
    };
}
