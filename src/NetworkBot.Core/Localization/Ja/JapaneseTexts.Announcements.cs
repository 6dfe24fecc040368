using System.Globalization;
using NetworkBot.Core.Announcements;

namespace NetworkBot.Core.Localization;

internal sealed partial class JapaneseTexts
{
    public override string AnnounceCreateExample =>
        "/announce create channel:#general text:\"今月の勉強会の参加登録を受け付けています\" repeat:\"毎月第1月曜 9:00\"";

    public override string AnnouncementChannelMissing => "投稿するチャンネル（channel）を指定してください。例: channel:#general";

    public override string InvalidChannel(string text) => $"「{text}」をチャンネルとして読み取れませんでした。例: channel:#general";

    public override string UnknownChannel(string channel, IReadOnlyList<string> suggestions) =>
        $"チャンネル {channel} が見つかりませんでした。" + (suggestions.Count > 0 ? $"投稿できるチャンネル: {string.Join("、", suggestions)}" : "");

    public override string AnnouncementTextMissing => "投稿する本文（text）を入れてください。例: text:\"明日は勉強会です\"";

    public override string AnnouncementTextTooLong(int maxLength) => $"本文（text）は{maxLength}文字以内でお願いします。";

    public override string AnnouncementWhenMissing =>
        "いつ投稿するかを at（1回だけ）・repeat（くり返し）・cron のどれか1つで指定してください。例: at:\"2026-12-01 09:00\"、repeat:\"毎週金曜 18:00\"";

    public override string AnnouncementWhenTooMany => "at・repeat・cron は、どれか1つだけ指定してください。";

    public override string InvalidAnnounceAt(string text) =>
        $"日時「{text}」を読み取れませんでした。例: at:\"2026-12-01 09:00\"（2026/12/1 9:00、2026年12月1日 9時 も使えます）";

    public override string AnnounceAtInPast(string text) => $"日時「{text}」はすでに過ぎています。これからの日時を指定してください。";

    public override string InvalidRepeat(string text) =>
        $"くり返し「{text}」を読み取れませんでした。例: repeat:\"毎日 9:00\"、repeat:\"毎週金曜 18:00\"、repeat:\"毎月第1月曜 9:00\"、repeat:\"毎月15日 9:00\""
        + "（英語なら daily 09:00、weekly friday 18:00、monthly first monday 09:00）";

    public override string RepeatNeedsTime(string text) => $"くり返し「{text}」に投稿する時刻も入れてください。例: repeat:\"{text} 9:00\"";

    public override string InvalidCron(string text, string reason) =>
        $"cron「{text}」を式として読み取れませんでした（{reason}）。Quartz の形式（秒 分 時 日 月 曜日）で書いてください。例: cron:\"0 0 9 ? * MON#1\"（毎月第1月曜 9:00）";

    public override string CronNeverFires(string text) => $"「{text}」では、これから先に投稿する日時がありません。";

    public override string AnnouncementScheduled(int id, string channel, IReadOnlyList<string> nextTimes) =>
        nextTimes.Count == 1
            ? $"お知らせを予約しました（番号 {id}）。{channel} に {nextTimes[0]} に投稿します。"
            : $"お知らせを予約しました（番号 {id}）。{channel} に次の日時から投稿します:\n" + string.Join("\n", nextTimes.Select(t => "- " + t));

    public override string LabelAnnouncementWhen => "予定";

    public override string LabelAnnouncementText => "本文";

    public override string ButtonCancelAnnouncement => "取り消す";

    public override string Once(string when) => $"{when}（1回のみ）";

    public override string Repeats(Repetition r)
    {
        var time = Time(System.DateTime.Today + r.TimeOfDay);
        var day = r.Weekday is { } w ? $"{Weekdays[(int)w]}曜" : "";
        return r.Frequency switch
        {
            RepeatFrequency.Daily => $"毎日 {time}",
            RepeatFrequency.Weekly => $"毎週{day} {time}",
            _ when r.DayOfMonth is { } d => $"毎月{d.ToString(CultureInfo.InvariantCulture)}日 {time}",
            _ when r.WeekOfMonth == -1 => $"毎月最終{day} {time}",
            _ => $"毎月第{r.WeekOfMonth?.ToString(CultureInfo.InvariantCulture)}{day} {time}",
        };
    }

    public override string CronSchedule(string cron) => $"cron: {cron}（日本時間）";

    public override string NoAnnouncements => "予約中のお知らせはありません。/announce create で予約できます。";

    public override string AnnouncementsHeading(int count) => $"予約中のお知らせ（{count}件）";

    public override string AnnouncementListEntry(int id, string channel, string when, string next, string preview) =>
        $"**#{id}** {channel}・{when}\n次回: {next}\n{preview}";

    public override string AnnouncementIdMissing(string usage) => $"お知らせの番号を指定してください。例: `{usage}`（番号は /announce list で確認できます）";

    public override string AnnouncementIdInvalid(string text, string usage) =>
        $"「{text}」はお知らせの番号として読み取れませんでした。例: `{usage}`（番号は /announce list で確認できます）";

    public override string AnnouncementNotFound(int id) => $"番号 {id} のお知らせは見つかりませんでした。/announce list で確認できます。";

    public override string AnnouncementAlreadyCancelled(int id) => $"お知らせ {id} はすでに取り消しています。";

    public override string AnnouncementCancelled(int id) => $"お知らせ {id} を取り消しました。これ以降は投稿しません。";
}
