using System.Globalization;
using NetworkBot.Core.Events;
using NetworkBot.Core.Scheduling;

namespace NetworkBot.Core.Localization;

internal sealed partial class JapaneseTexts
{
    public override string Reminder(ReminderDetails d)
    {
        var where = d.Venue ?? (d.OnlineUrl is not null ? "オンライン" : null);
        var startLine = $"{Time(d.Start)}開始" + (d.Doors is { } doors ? $"（{Time(doors)}開場）" : "");
        var lines = new List<string>();
        if (d.Offset == TimeSpan.FromDays(7))
        {
            lines.Add($"【リマインド】来週{ShortDate(d.Start)}は「{d.Title}」です。");
            lines.Add(startLine + (where is null ? "" : $"／{where}"));
        }
        else if (d.Offset >= TimeSpan.FromDays(2))
        {
            lines.Add($"【リマインド】{ShortDate(d.Start)}は「{d.Title}」です（あと{(int)d.Offset.TotalDays}日）。");
            lines.Add(startLine + (where is null ? "" : $"／{where}"));
        }
        else if (d.Offset >= TimeSpan.FromHours(20))
        {
            lines.Add($"【リマインド】明日は「{d.Title}」です！");
            lines.Add($"📅 {d.When}");
            if (where is not null) lines.Add($"📍 {where}");
        }
        else
        {
            lines.Add(d.Offset <= TimeSpan.FromHours(2)
                ? (d.Doors is { } open ? $"【リマインド】まもなく{Time(open)}に開場します（{Time(d.Start)}開始）。「{d.Title}」" : $"【リマインド】まもなく「{d.Title}」が始まります（{Time(d.Start)}開始）。")
                : $"【リマインド】{ShortDate(d.Start)} {startLine}の「{d.Title}」です。");
            if (where is not null) lines.Add($"📍 {where}");
            if (d.Venue is not null) lines.Add("受付でお名前をお伝えください。");
        }

        if (d.OnlineUrl is not null && d.Offset < TimeSpan.FromDays(2)) lines.Add($"オンライン参加の方はこちら：{d.OnlineUrl}");
        if (d.PartyLine is not null) lines.Add(d.PartyLine);
        lines.Add(d.Offset >= TimeSpan.FromDays(2)
            ? $"ご都合が悪くなった方は早めにキャンセルしてください（/leave {d.EventId}）。補欠の方にお席をおつなぎします。"
            : (d.Offset >= TimeSpan.FromHours(20) ? "お気をつけてお越しください。\n" : "") + $"来られなくなった場合は /leave {d.EventId} でお知らせください。");
        return string.Join("\n", lines);
    }

    public override string PartyReminderLine(DateTime? start, string? venue) => (start, venue) switch
    {
        ({ } s, { } v) => $"懇親会は{Time(s)}から{v}で行います。",
        ({ } s, null) => $"懇親会は{Time(s)}からです。",
        (null, { } v) => $"懇親会は{v}で行います。",
        _ => "懇親会にもご参加予定です。",
    };

    public override string WaitlistNote(int eventId, string title, int position) =>
        $"【補欠のお知らせ】明日の「{title}」は、いま補欠{position}番目です。お席が空きしだい繰り上げてお知らせします。\n"
        + $"参加が難しくなった場合は /leave {eventId} で補欠の登録を取り消せます。";

    public override string ChannelDayBefore(string title) => $"【明日開催】「{title}」は明日です！参加予定の皆さん、お気をつけてお越しください。";

    public override string LateNote(DateTime dueLocal) =>
        $"※ ボットが停止していたため、{ShortDate(dueLocal)} {Time(dueLocal)}にお送りする予定のお知らせが遅れて届いています。";

    public override string ButtonStopReminders => "このイベントのリマインドを止める";

    public override string InvalidOnOff(string text, string example) =>
        (text.Length == 0 ? "on か off を指定してください。" : $"「{text}」は on か off（はい／いいえ）で指定してください。") + $"例: `{example}`";

    public override string ProfileRemindersStatus(bool allOff, int mutedEvents) =>
        (allOff
            ? "いまはすべてのイベントのリマインドを止めています。再開するには `/profile reminders on`"
            : "参加登録したイベントのリマインド（1週間前・前日・1時間前など）が届く設定です。止めるには `/profile reminders off`")
        + (mutedEvents > 0 ? $"\n個別に止めているイベントが{mutedEvents}件あります（`/remind 番号 on` で再開できます）。" : "");

    public override string ProfileRemindersOff =>
        "すべてのイベントのリマインドを止めました。繰り上げ・変更・中止のお知らせはこれまでどおり届きます。\n再開するには `/profile reminders on`";

    public override string ProfileRemindersOn(int mutedEvents) =>
        "リマインドを再開しました。" + (mutedEvents > 0 ? $"個別に止めている{mutedEvents}件のイベントは止めたままです（`/remind 番号 on` で再開できます）。" : "");

    public override string EventRemindersOff(int eventId, string title) =>
        $"「{title}」のリマインドを止めました。再開するには `/remind {eventId} on`";

    public override string EventRemindersOn(int eventId, string title, bool allOff) =>
        $"「{title}」のリマインドを再開しました。"
        + (allOff ? "ただし、いまはすべてのリマインドを止めているため届きません。`/profile reminders on` で再開できます。" : "");

    public override string ReminderStatusHeading(int eventId, string title) => $"#{eventId} {title} のリマインド";

    public override string RemindersTurnedOffForEvent(int eventId) =>
        $"このイベントはリマインドを送らない設定です。送るには `/event edit {eventId} reminders:\"7d,1d,1h\"`";

    public override string NoRemindersPlanned => "予定しているリマインドはありません（設定した時点で時刻を過ぎていたリマインドは送りません）。";

    public override string ReminderLabel(TimeSpan offset, bool toGoing, bool dayBefore) =>
        (toGoing, dayBefore) switch
        {
            (true, true) => $"{OffsetWords(offset)}のリマインド＋補欠の方への連絡・チャンネル投稿",
            (true, false) => $"{OffsetWords(offset)}のリマインド",
            _ => "前日の補欠の方への連絡・チャンネル投稿",
        };

    public override string ReminderStatusLine(string label, string due, ScheduledSendStatus status, DeliveryCounts counts) => status switch
    {
        ScheduledSendStatus.Planned => $"**{label}**（{due}）: 送信予定",
        ScheduledSendStatus.Missed => $"**{label}**（{due}）: ボットの停止中に時刻を過ぎたため送りませんでした",
        _ => $"**{label}**（{due}）: 送信済み {counts.Sent}・送信待ち {counts.Pending}・失敗 {counts.Failed}・配信停止中 {counts.OptedOut}"
            + (counts.OtherwiseSkipped > 0 ? $"・対象外 {counts.OtherwiseSkipped}" : ""),
    };

    public override string FailedDeliveryLine(string recipient, string reason, bool willRetry) =>
        $"- {(recipient.StartsWith('#') ? recipient : recipient + "さん")}: {ReasonWords(reason)}" + (willRetry ? "（あとで再送します）" : "");

    public override string ReminderStatusFooter(int eventId) =>
        $"参加者は `/remind {eventId} off` でこのイベントの、`/profile reminders off` ですべてのリマインドを止められます。";

    private static string ReasonWords(string reason) => reason switch
    {
        "member-unreachable" => "DMを受け取れない状態です（退会・DMの受信拒否など）",
        "channel-unreachable" => "チャンネルに投稿できませんでした",
        "platform-unavailable" => "このボットがいまそのプラットフォームにつながっていません",
        "rate-limited" => "送信の制限にかかりました",
        _ => "一時的なエラーで送れませんでした",
    };

    private static string OffsetWords(TimeSpan offset) =>
        offset.TotalDays >= 1 && offset.TotalDays % 1 == 0 ? $"{offset.TotalDays:0}日前"
        : offset.TotalHours >= 1 && offset.TotalHours % 1 == 0 ? $"{offset.TotalHours:0}時間前"
        : $"{offset.TotalMinutes:0}分前";

    private static string ShortDate(DateTime local) =>
        $"{local.Month.ToString(CultureInfo.InvariantCulture)}月{local.Day.ToString(CultureInfo.InvariantCulture)}日({Weekdays[(int)local.DayOfWeek]})";
}
