using NetworkBot.Core.Members;

namespace NetworkBot.Core.Localization;

internal sealed partial class JapaneseTexts
{
    public override string IntroStart(bool introduce, int questionCount) => introduce
        ? $"自己紹介をはじめましょう！{questionCount}個の質問に1つずつ答えてください。必須はお名前だけです。\n"
          + "空のまま送るととばせます。/back で前の質問に戻り、/cancel でいつでもやめられます。"
        : "プロフィールを編集します。いまの内容を表示するので、変えたいところだけ答えてください。\n"
          + "空のまま送るとそのまま、- で消去、/back で前の質問、/cancel でやめられます。";

    public override string IntroProgress(int number, int count) => $"【{number}/{count}】";

    public override string IntroQuestion(string key) => key switch
    {
        ProfileFields.Name => "お名前を教えてください（ニックネームでもOKです）",
        ProfileFields.Kana => "お名前のふりがなは？（名簿を五十音順に並べるのに使います）",
        ProfileFields.Hometown => "ご出身はどちらですか？",
        ProfileFields.Prefecture => "いま働いている・活動している都道府県はどこですか？（47都道府県マップにあなたの県が加わります）",
        ProfileFields.Sector => "区分を番号か名前で選んでください",
        ProfileFields.Affiliation => "所属を教えてください",
        ProfileFields.Role => "どんなお仕事をしていますか？これまでの経歴もあればどうぞ",
        ProfileFields.Interests => "好きなこと・関心のあるテーマは？（カンマか読点で区切って複数書けます）",
        ProfileFields.Activities => "参加しているコミュニティや、仕事以外の活動（“二枚目の名刺”）はありますか？",
        ProfileFields.Offer => "仲間の力になれること・紹介できることは？",
        ProfileFields.Want => "いま探していること、つながりたい人は？",
        ProfileFields.Message => "最後に、あなたの夢やひとことをどうぞ！",
        ProfileFields.Email => "受付用のメールアドレス（イベントの申込に使います。運営メンバーにだけ表示されます）",
        _ => ProfileFieldLabel(key),
    };

    public override string IntroExample(string key) => key switch
    {
        ProfileFields.Name => "山田 太郎",
        ProfileFields.Kana => "やまだ たろう",
        ProfileFields.Hometown => "山形県酒田市",
        ProfileFields.Prefecture => "山形",
        ProfileFields.Sector => "1",
        ProfileFields.Affiliation => "○○市 企画課",
        ProfileFields.Role => "企画課で地域公共交通を担当しています。前は税務課に5年いました",
        ProfileFields.Interests => "交通政策、行政評価、サウナ",
        ProfileFields.Activities => "まちづくりNPOの理事、自主研「○○未来塾」の運営",
        ProfileFields.Offer => "地域公共交通の計画づくりの相談にのれます",
        ProfileFields.Want => "DXに取り組んでいる他県の方と話してみたいです",
        ProfileFields.Message => "47都道府県すべてに友だちをつくること！",
        ProfileFields.Email => "taro@example.jp",
        _ => "",
    };

    public override string ExampleLine(string example) => $"例: {example}";

    public override string IntroRequiredHint => "（必須）";

    public override string IntroOptionalHint => "（任意・空のまま送るととばせます）";

    public override string IntroCurrentHint(string current, bool required) =>
        $"いまの内容: {current}（空のまま送るとそのまま" + (required ? "）" : "、- で消去）");

    public override string IntroRequired => "この質問だけは必須です。ニックネームでもかまいません。";

    public override string IntroFirstQuestion => "これが最初の質問です。";

    public override string IntroUnknownCommand(string text) =>
        $"いまは自己紹介の途中です。質問への答えを入力するか、/back（前の質問へ）・/cancel（やめる）を使ってください。{text} は自己紹介が終わってからどうぞ。";

    public override string IntroSummaryHeading => "この内容でよろしいですか？";

    public override string IntroNotAnswered => "（未回答）";

    public override string IntroSummaryPrompt(bool introduce) =>
        (introduce ? "「はい」で保存して、自己紹介チャンネルに投稿します。" : "「はい」で保存します。")
        + "直したい項目があれば番号を送ってください（例: 3）。";

    public override string IntroSummaryHelp => "「はい」で保存、番号でその項目を直す、/back で前の質問、/cancel でやめる、のどれかでお願いします。";

    public override string IntroCancelled(bool introduce) => introduce
        ? "自己紹介をやめました。何も保存していません。また気が向いたら /introduce からどうぞ。"
        : "編集をやめました。プロフィールは変えていません。";

    public override string IntroFormTitle(bool introduce) => introduce ? "自己紹介" : "プロフィールの編集";

    public override string IntroduceExample => "/introduce name:\"山田 太郎\" prefecture:山形 sector:municipal interests:\"交通政策,行政評価\"";

    public override string IntroCardHeading(string name, string? kana) => kana is null ? $"自己紹介：{name}さん" : $"自己紹介：{name}さん（{kana}）";

    public override string IntroCardLead(string name, string? prefecture, string? affiliation, string? sector)
    {
        var lead = prefecture is null ? $"{name}さんが自己紹介してくれました。" : $"{prefecture}から{name}さんが参加されました。";
        lead += "ぜひ声をかけてみてください！";
        var detail = string.Join("・", new[] { affiliation, sector }.Where(x => x is not null));
        return detail.Length == 0 ? lead : $"{lead}\n{detail}";
    }

    public override string IntroCardFooter => "みなさんもぜひ /introduce で自己紹介してください。";

    public override string ButtonIntroduce => "自己紹介する";

    public override string ButtonIntroduceToo => "自分も自己紹介する";

    public override string ButtonSkip => "とばす";

    public override string ButtonKeep => "このままにする";

    public override string ButtonBack => "戻る";

    public override string ButtonStopFlow => "やめる";

    public override string ButtonConfirmIntro(bool introduce) => introduce ? "保存して投稿する" : "保存する";

    public override string WelcomeNewcomer(string name) =>
        $"{name}さん、はじめまして！ようこそ。\n"
        + "全国の仲間とつながるきっかけに、よかったら自己紹介をお願いします。\n"
        + "・お名前（ニックネームでもOK）\n"
        + "・都道府県と所属\n"
        + "・いま取り組んでいること／話してみたいテーマ\n"
        + "都道府県を登録すると、みんなでつくる47都道府県マップにあなたの県が加わります。下のボタンから始められます。";

    public override string ButtonStartIntroduction => "自己紹介をはじめる";
}
