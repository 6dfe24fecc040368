using NetworkBot.Core.Events;

namespace NetworkBot.Core.Localization;

internal sealed partial class JapaneseTexts
{
    public override string HomeHeading => "NetworkBot へようこそ";

    public override string HomeIntro =>
        "今後のイベントと、あなたの参加予定をまとめています。ボタンから参加登録やキャンセルができます。使えるコマンドは `/help` で確認できます。";

    public override string HomeMyRegistrationsHeading => "あなたの参加予定";

    public override string HomeNoRegistrations => "まだ参加登録はありません。気になるイベントがあれば、下の一覧から気軽にどうぞ。";

    public override string HomeRegistrationLine(int id, string title, string when, RegistrationStatus status, int? waitlistPosition, PartyStatus party)
    {
        var state = status == RegistrationStatus.Waitlisted ? $"補欠（{waitlistPosition}番目）" : "参加予定";
        state += party switch
        {
            PartyStatus.Going => "・懇親会も参加",
            PartyStatus.Waitlisted => "・懇親会は補欠",
            _ => "",
        };
        return $"**#{id} {title}**\n📅 {when}\n{state}";
    }
}
