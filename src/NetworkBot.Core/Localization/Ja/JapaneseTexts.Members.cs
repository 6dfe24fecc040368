using NetworkBot.Core.Members;

namespace NetworkBot.Core.Localization;

internal sealed partial class JapaneseTexts
{
    public override string ProfileFieldLabel(string key) => key switch
    {
        ProfileFields.Name => "お名前",
        ProfileFields.Kana => "ふりがな",
        ProfileFields.Affiliation => "所属",
        ProfileFields.Sector => "区分",
        ProfileFields.Prefecture => "都道府県",
        ProfileFields.Role => "仕事・経歴",
        ProfileFields.Hometown => "出身地",
        ProfileFields.Interests => "好きなこと・関心",
        ProfileFields.Activities => "つながり・活動",
        ProfileFields.Offer => "力になれること",
        ProfileFields.Want => "探していること",
        ProfileFields.Message => "夢・ひとこと",
        ProfileFields.Email => "メールアドレス",
        _ => key,
    };

    public override string ProfileTooLong(string key, int maxLength, int actualLength) =>
        $"{ProfileFieldLabel(key)}は{maxLength}文字までです（いま{actualLength}文字）。少し短くしてもう一度お願いします。";

    public override string ProfileNameRequired => "お名前は必須です。ニックネームでもかまいません。";

    public override string KanaNotReading(string text) =>
        $"ふりがな「{text}」に漢字が入っているようです。ひらがな（カタカナ・ローマ字でも可）で書いてください。例: やまだ たろう";

    public override string UnknownSector(string text, IReadOnlyList<Sector> suggestions) =>
        $"区分「{text}」が見つかりませんでした。"
        + (suggestions.Count > 0 ? $"もしかして: {string.Join("、", suggestions.Select(s => $"{s.NameJa}（{s.Id}）"))}" : "")
        + $"\n選べる区分: {string.Join("、", Sectors.All.Select(s => $"{s.Order}. {s.ShortJa}"))}";

    public override string InterestTooLong(string tag, int maxLength) =>
        $"関心ごとの「{Shorten(tag)}」が長すぎるようです。1つ{maxLength}文字まで、カンマか読点（、）で区切って書いてください。";

    public override string TooManyInterests(int count, int max) => $"好きなこと・関心は{max}個までです（いま{count}個）。特に大事なものにしぼってください。";

    public override string UnexpectedProfileWords(IReadOnlyList<string> words) =>
        $"「{string.Join(" ", words)}」をどの項目として扱えばよいか分かりませんでした。`項目:値` の形で書いてください。";

    public override string ProfileEditExample => "/profile edit prefecture:山形 sector:municipal interests:\"交通政策,行政評価\"";

    public override string ProfileHeading(string name, string? kana) => kana is null ? $"{name}さん" : $"{name}さん（{kana}）";

    public override string OrganizersOnlyNote => "（運営メンバーにだけ表示されます）";

    public override string ProfileOnlyName => "まだお名前だけです。/profile edit で所属や関心ごとを書くと、仲間に見つけてもらいやすくなります。";

    public override string ProfileOthersOnlyName => "まだお名前だけのプロフィールです。";

    public override string ProfileSelfFooter => "ほかのメンバーにはメールアドレス以外が表示されます。/profile edit prefecture:山形 のように1項目ずつ変えることもできます。";

    public override string NoProfileYet => "まだプロフィールがありません。/introduce で質問にそって自己紹介すると、プロフィールができあがります（数分ほどです）。";

    public override string MemberNotFound(string query) =>
        $"「{query}」さんのプロフィールは見つかりませんでした。/members {query} で名前の一部から探せます。";

    public override string SeveralMembersFound(string query, int count) => $"「{query}」に当てはまるメンバーが{count}人います。どなたですか？";

    public override string ProfileUpdated(IReadOnlyList<string> changedLabels, bool created) =>
        created ? "プロフィールを作成しました。" : $"プロフィールを更新しました（{string.Join("、", changedLabels)}）。";

    public override string ProfileUnchanged => "いまの内容と同じだったので、何も変更していません。";

    public override string ProfileSavedByFlow(bool introduced, bool posted) =>
        !introduced ? "プロフィールを保存しました。"
        : posted ? "ありがとうございます！プロフィールを保存して、自己紹介チャンネルに投稿しました。すてきなつながりが生まれますように。"
        : "ありがとうございます！プロフィールを保存しました。（自己紹介チャンネルが設定されていないため、投稿はしていません）";

    public override string ConfirmErase(bool hasProfile, int upcomingRegistrations, int otherRegistrations, bool hasReminderSettings, bool hasUnfinishedForms)
    {
        var lines = new List<string> { "次の内容を削除します。元に戻すことはできません。" };
        if (hasProfile) lines.Add("- プロフィール（お名前・所属・関心ごと・メールアドレスなどすべて）");
        if (hasReminderSettings) lines.Add("- リマインドの設定");
        if (hasUnfinishedForms) lines.Add("- 入力途中のフォームや自己紹介の内容");
        if (upcomingRegistrations > 0) lines.Add($"- これからのイベントの申込 {upcomingRegistrations}件（キャンセルして、補欠の方にお席をおつなぎします）");
        if (upcomingRegistrations + otherRegistrations > 0)
        {
            lines.Add("- イベント申込に残っているお名前・所属・メールアドレスと、お送りしたリマインドの記録");
            lines.Add("参加の記録そのものは、人数の集計のために名前のない記録として残ります。");
        }

        lines.Add("よろしければ「削除する」を押してください。");
        return string.Join("\n", lines);
    }

    public override string Erased(int cancelledRegistrations, int anonymizedRegistrations) =>
        "削除しました。これまでありがとうございました。"
        + (cancelledRegistrations > 0 ? $"\nこれからのイベントの申込 {cancelledRegistrations}件はキャンセルしました。" : "")
        + "\nまたいつでも /introduce から自己紹介できます。";

    public override string NothingToErase => "削除するプロフィールや申込の情報はありません。";

    public override string ErasedMember => "（削除済みのメンバー）";

    public override string MembersExample => "/members 山形 municipal 交通";

    public override string InvalidPage(string text) => $"ページ「{text}」は1以上の数で指定してください。例: page:2";

    public override string DirectoryHeading(string? filter) => filter is null ? "メンバー名簿" : $"メンバー名簿（{filter}）";

    public override string DirectoryCount(int total, bool byRelevance) => $"{total}人" + (byRelevance ? "（関連の高い順）" : "（五十音順）");

    public override string DirectoryLine(string name, string? affiliation, string? prefecture, IReadOnlyList<string> interests, bool moreInterests)
    {
        var where = string.Join("・", new[] { affiliation, prefecture }.Where(x => x is not null));
        var line = $"**{name}**" + (where.Length > 0 ? $"（{where}）" : "");
        if (interests.Count > 0) line += " " + string.Join("、", interests) + (moreInterests ? " ほか" : "");
        return line;
    }

    public override string DirectoryFooter(int page, int pageCount) => $"{page}/{pageCount}ページ ・ くわしくは /profile 名前 で見られます";

    public override string NoMembersFound(string? filter) =>
        $"{(filter is null ? "" : $"{filter}に")}当てはまるメンバーは見つかりませんでした。キーワードを短くするか、条件を減らしてみてください。";

    public override string NoMembersYet => "まだ誰も自己紹介していません。/introduce で最初の一人になりませんか？";

    public override string MapHeading(int covered, int all) => $"47都道府県マップ（{covered}/{all}）";

    public override string MapProgress(int covered, int all, int members) =>
        $"{members}人の仲間が、{all}都道府県のうち{covered}都道府県から参加しています。"
        + (covered < all ? $"全都道府県制覇まで、あと{all - covered}！" : "");

    public override string MapLegend => "漢字＝メンバーがいる都道府県（頭文字）　・＝まだメンバーがいない都道府県";

    public override string MapCount(string prefecture, int count) => $"{prefecture} {count}";

    public override string MapRegionLine(string region, int covered, int all, IReadOnlyList<string> counts) =>
        $"**{region}**（{covered}/{all}）" + (counts.Count > 0 ? " " + string.Join("、", counts) : "");

    public override string MapMissing(IReadOnlyList<string> prefectures) =>
        $"**まだメンバーがいない都道府県（{prefectures.Count}）**\n{string.Join("、", prefectures)}\nお知り合いがいたら、ぜひ誘ってみてください。";

    public override string MapAllCovered => "🎉 47都道府県すべてに仲間がいます！";

    public override string MapWithoutPrefecture(int count) =>
        $"都道府県を登録していないメンバーが{count}人います。/profile edit prefecture:山形 のように登録すると地図に加わります。";

    public override string ButtonEditProfile => "編集する";

    public override string ButtonDeleteProfile => "削除する";

    public override string ButtonConfirmErase => "削除する";

    public override string ButtonViewProfile => "プロフィールを見る";

    public override string ButtonFindMembers => "メンバーを探す";

    public override string ButtonMap => "47都道府県マップ";

    public override string ButtonNextPage => "次のページ";

    public override string ButtonPreviousPage => "前のページ";

    private static string Shorten(string text) => text.Length <= 20 ? text : text[..19] + "…";
}
