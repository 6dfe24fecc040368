namespace NetworkBot.Core.Localization;

internal sealed partial class JapaneseTexts
{
    public override string? CommandDescription(string commandKey) => commandKey switch
    {
        "events" => "今後のイベント一覧（期間・種別・都道府県で絞り込めます）",
        "event" => "イベントの詳細・作成・変更・中止・参加者一覧",
        "event show" => "イベントの詳細（日時・会場・残席・懇親会）",
        "event create" => "イベントを作成（項目なしならフォームで入力）",
        "event edit" => "イベントを変更（日時・会場の変更は参加者にお知らせします）",
        "event cancel" => "イベントを中止（確認のあと参加者にお知らせします）",
        "event attendees" => "参加者・補欠・懇親会の名簿",
        "join" => "参加登録（満席なら補欠で登録）",
        "leave" => "参加のキャンセル",
        "help" => "このボットでできること",
        "introduce" => "自己紹介をはじめる",
        "profile" => "プロフィールの表示・変更・削除",
        "members" => "メンバー名簿",
        "profile show" => "プロフィールを見る（名前を入れるとほかのメンバーのもの）",
        "profile edit" => "プロフィールを変更（項目なしならフォームで入力）",
        "profile delete" => "プロフィールと申込の個人情報を削除（確認があります）",
        "members show" => "メンバーを探す（都道府県・区分・キーワード）",
        "members map" => "47都道府県マップ",
        "announce" => "お知らせの予約・一覧・取り消し",
        "event reminders" => "リマインドの送信状況（送信済み・送信待ち・失敗・配信停止）",
        "remind" => "このイベントのリマインドを止める・再開する",
        "profile reminders" => "すべてのイベントのリマインドを止める・再開する",
        "announce create" => "お知らせを予約（日時・くり返し・cron）",
        "announce list" => "予約中のお知らせ",
        "announce cancel" => "お知らせを取り消す",
        _ => null,
    };

    public override string OptionDescription(string option) => option switch
    {
        "id" => "イベント番号（例: 3）",
        "period" => "期間",
        "kind" => "種別",
        "prefecture" => "都道府県（山形、やまがた、yamagata など）",
        "confirm" => "本当に実行するときは「はい」",
        "member" => "メンバーの名前",
        "keyword" => "キーワード（名前・所属・関心ごとなど）",
        "page" => "ページ番号",
        "sector" => "区分（市区町村職員、municipal など）",
        "reason" => "中止の理由（参加者にお伝えします）",
        "party" => "懇親会にも参加しますか",
        "reminders" => "リマインド（イベントには 7d,1d,1h のように、自分の設定には on か off）",
        "channel" => "投稿するチャンネル",
        "text" => "投稿する本文",
        "at" => "1回だけ投稿する日時（例: 2026-12-01 09:00）",
        "repeat" => "くり返し（例: 毎週金曜 18:00、毎月第1月曜 9:00）",
        "cron" => "Quartz の cron 式（例: 0 0 9 ? * MON#1）",
        _ => FieldLabel(option),
    };

    public override string? LocalizedName(string name) => name switch
    {
        "events" => "イベント一覧",
        "event" => "イベント",
        "show" => "詳細",
        "create" => "作成",
        "edit" => "変更",
        "cancel" => "中止",
        "attendees" => "参加者一覧",
        "join" => "参加",
        "leave" => "キャンセル",
        "help" => "ヘルプ",
        "id" => "番号",
        "period" => "期間",
        "kind" => "種別",
        "prefecture" => "都道府県",
        "title" => "タイトル",
        "start" => "開始",
        "end" => "終了",
        "doors" => "開場",
        "venue" => "会場",
        "url" => "参加url",
        "capacity" => "定員",
        "fee" => "参加費",
        "party" => "懇親会",
        "party_start" => "懇親会開始",
        "party_venue" => "懇親会会場",
        "party_capacity" => "懇親会定員",
        "party_fee" => "懇親会費",
        "deadline" => "申込締切",
        "description" => "説明",
        "reminders" => "リマインド",
        "remind" => "リマインド",
        "announce" => "お知らせ",
        "list" => "一覧",
        "channel" => "チャンネル",
        "text" => "本文",
        "at" => "日時",
        "repeat" => "くり返し",
        "name" => "お名前",
        "affiliation" => "所属",
        "email" => "メール",
        "reason" => "理由",
        "confirm" => "確認",
        "delete" => "削除",
        "map" => "地図",
        "member" => "メンバー",
        "keyword" => "キーワード",
        "page" => "ページ",
        "kana" => "ふりがな",
        "sector" => "区分",
        "role" => "仕事",
        "hometown" => "出身地",
        "interests" => "関心",
        "activities" => "活動",
        "offer" => "できること",
        "want" => "探していること",
        "message" => "ひとこと",
        _ => null,
    };

    public override string ChoiceLabel(string value) => value switch
    {
        "today" => "今日",
        "week" => "1週間",
        "month" => "1か月",
        "all" => "すべて",
        "study" => "勉強会",
        "mini" => "ミニ勉強会",
        "meetup" => "交流会",
        "symposium" => "シンポジウム",
        "other" => "その他",
        "yes" => "はい",
        "no" => "いいえ",
        _ => value,
    };

    public override string NotSupportedHere => "申し訳ありません、この操作にはまだ対応していません。/help で使える操作を確認できます。";

    public override string ButtonExpired => "このボタンは有効期限が切れました。お手数ですが、もう一度コマンドから操作してください。";

    public override string FormExpired => "入力フォームの有効期限が切れました（まだ何も変更していません）。もう一度コマンドから始めてください。";

    public override string FormPageReceived(int page, int pages) =>
        $"{page}/{pages} ページ目を受け付けました（まだ保存していません）。「次へ」から続きを入力してください。";

    public override string ButtonFormNext(int page, int pages) => $"次へ（{page}/{pages}）";

    public override string ButtonFormOpen => "フォームを開く";

    public override string ButtonFormStop => "入力をやめる";

    public override string FormChoicePlaceholder => "選んでください";

    public override string PostedToChannel => "チャンネルに投稿しました。";

    public override string TookTooLong =>
        "申し訳ありません、処理に時間がかかりすぎたため完了を確認できませんでした。結果を /events などで確認してから、必要ならもう一度お試しください。";

    public override string MoreActions => "ほかの操作を選ぶ";
}
