namespace NetworkBot.Core.Localization;

internal sealed partial class JapaneseTexts
{
    public override string SlackFormSubmit => "送信";

    public override string SlackFormCancel => "キャンセル";

    public override string SlackResultClose => "閉じる";

    public override string SlackResultBack => "戻って直す";

    public override string SlackWorking => "受け付けました。処理が終わりしだいお知らせします。少しお待ちください。";

    public override string SlackFormCouldNotOpen =>
        "申し訳ありません、入力フォームを開けませんでした。お手数ですが、もう一度コマンドを実行してください。";

    public override string SlackYes => "はい";

    public override string SlackNo => "いいえ";

    public override string SlackMoreOnWeb => "続きはWebで";

    public override string SlackBlocksOmitted(int count) => $"長いため、ここから先の{count}件は省略しました。";

    public override string SlackCommandDescription(string name) => name switch
    {
        "events" => "今後のイベント一覧",
        "event" => "イベントの詳細・参加・キャンセル（運営は作成・変更・中止・名簿）",
        "join" => "イベントに参加登録",
        "leave" => "参加をキャンセル",
        "help" => "使い方",
        "introduce" => "自己紹介",
        "profile" => "プロフィールの確認・変更・削除",
        "members" => "メンバーを探す",
        "announce" => "お知らせの予約・一覧・取り消し",
        _ => $"/{name}（詳しくは /help）",
    };

    public override string NewMemberWelcome(string name) =>
        $"{name}さん、はじめまして！ようこそ。\n"
        + "全国の仲間とつながるきっかけに、よかったら自己紹介をお願いします。\n"
        + "・お名前（ニックネームでもOK）\n"
        + "・都道府県と所属\n"
        + "・いま取り組んでいること／話してみたいテーマ\n"
        + "都道府県を登録すると、みんなでつくる47都道府県マップにあなたの県が加わります。\n"
        + "下の「自己紹介する」ボタンから始められます。今後のイベントは `/events`、使い方は `/help` で確認できます。";

    public override string ButtonStartIntroduction => "自己紹介する";

    public override string SlackAppDescription => "勉強会・交流会・シンポジウムの参加登録とお知らせ";

    public override string HelpSlackNote =>
        "Slack では `/join` と `/leave` が Slack 自体のコマンドのため、参加登録は `/event join 3`、キャンセルは `/event leave 3` と入力してください（ボタンならそのまま使えます）。";
}
