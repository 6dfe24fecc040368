using NetworkBot.Core.Events;

namespace NetworkBot.Core.Localization;

internal sealed partial class JapaneseTexts
{
    public override string Registered(string name, string title, string when, string? where, string? partyLine) =>
        $"{name}さん、「{title}」への参加登録ありがとうございます！\n📅 {when}"
        + (where is null ? "" : $"\n📍 {where}")
        + (partyLine is null ? "" : $"\n{partyLine}")
        + "\n予定が変わったら「キャンセルする」ボタンからいつでもお知らせください。";

    public override string Waitlisted(string name, string title, int position, string? partyLine) =>
        $"「{title}」はただいま定員に達しているため、{name}さんは補欠（{position}番目）で登録しました。\nお席が空いたら順番に繰り上げて、すぐにお知らせします。"
        + (partyLine is null ? "" : $"\n{partyLine}");

    public override string AlreadyRegistered(string title, RegistrationStatus status, int? position, string? partyLine) =>
        (status == RegistrationStatus.Waitlisted
            ? $"「{title}」には補欠（{position}番目）で登録済みです。お席が空きしだいお知らせします。"
            : $"「{title}」には参加登録済みです。当日お会いできるのを楽しみにしています。")
        + (partyLine is null ? "" : $"\n{partyLine}");

    public override string PartyStatusLine(PartyStatus status, int? position, int? feeYen) => status switch
    {
        PartyStatus.Going => "懇親会：参加" + (feeYen is { } fee ? $"（会費 {Yen(fee)}）" : ""),
        PartyStatus.Waitlisted => $"懇親会：補欠（{position}番目）。お席が空いたらお知らせします。",
        _ => "懇親会：不参加",
    };

    public override string RegistrationClosed(string title, RegistrationClosedReason reason) => reason switch
    {
        RegistrationClosedReason.Cancelled => $"「{title}」は中止になったため、参加登録やキャンセルはできません。",
        RegistrationClosedReason.Started => $"「{title}」はすでに始まっているため、受付を終了しています。",
        _ => $"「{title}」は申込締切を過ぎたため、受付を終了しています。ご相談は運営までどうぞ。",
    };

    public override string NoAfterParty(string title) => $"「{title}」には懇親会の予定がありません（まだ何も変更していません）。";

    public override string Left(string title) =>
        $"「{title}」のキャンセルを受け付けました。ご連絡ありがとうございます。\nまた別の会でお会いできるのを楽しみにしています。";

    public override string NotRegistered(int id, string title) => $"「{title}」には登録がありません。参加するときは /join {id} をどうぞ。";

    public override string Promoted(string name, string title, string when) =>
        $"お待たせしました！キャンセルが出たため、{name}さんは「{title}」の参加者に繰り上がりました。\n📅 {when}\nご都合が合わない場合は、次の方のために早めにキャンセルしていただけると助かります。";

    public override string PromotedToParty(string name, string title, string afterParty) =>
        $"お待たせしました！{name}さんは「{title}」の懇親会の参加者に繰り上がりました。\n懇親会：{afterParty}\nご都合が合わない場合は、早めにお知らせください。";

    public override string JoinFormTitle => "参加登録";

    public override string ButtonJoinWithDetails => "受付情報を入力して参加";
}
