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

    public override string SlackCommandDescription(string name) =>
        name == "event" ? "イベントの詳細・参加・キャンセル（運営は作成・変更・中止・名簿）" : CommandDescription(name) ?? $"/{name}（詳しくは /help）";

    public override string SlackAppDescription => "勉強会・交流会・シンポジウムの参加登録とお知らせ";

    public override string HelpSlackNote =>
        "Slack では `/join` と `/leave` が Slack 自体のコマンドのため、参加登録は `/event join 3`、キャンセルは `/event leave 3` と入力してください（ボタンならそのまま使えます）。";
}
