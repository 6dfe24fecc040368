namespace NetworkBot.Core.Commands;

/// <summary>Japanese option names that members may type instead of the fixed English keys.</summary>
public static class OptionAliases
{
    private static readonly Dictionary<string, string> Aliases = new(StringComparer.OrdinalIgnoreCase)
    {
        ["タイトル"] = "title",
        ["題名"] = "title",
        ["種別"] = "kind",
        ["種類"] = "kind",
        ["開始"] = "start",
        ["日時"] = "start",
        ["終了"] = "end",
        ["開場"] = "doors",
        ["会場"] = "venue",
        ["場所"] = "venue",
        ["定員"] = "capacity",
        ["参加費"] = "fee",
        ["懇親会"] = "party",
        ["懇親会開始"] = "party_start",
        ["懇親会会場"] = "party_venue",
        ["懇親会定員"] = "party_capacity",
        ["懇親会費"] = "party_fee",
        ["会費"] = "party_fee",
        ["締切"] = "deadline",
        ["申込締切"] = "deadline",
        ["都道府県"] = "prefecture",
        ["説明"] = "description",
        ["名前"] = "name",
        ["氏名"] = "name",
        ["所属"] = "affiliation",
        ["メール"] = "email",
        ["期間"] = "period",
        ["ふりがな"] = "kana",
        ["よみがな"] = "kana",
        ["区分"] = "sector",
        ["担当"] = "role",
        ["経歴"] = "role",
        ["出身"] = "hometown",
        ["出身地"] = "hometown",
        ["関心"] = "interests",
        ["興味"] = "interests",
        ["活動"] = "activities",
        ["できること"] = "offer",
        ["探していること"] = "want",
        ["ひとこと"] = "message",
        ["メッセージ"] = "message",
        ["ページ"] = "page",
        ["キーワード"] = "keyword",
        ["理由"] = "reason",
        ["リマインド"] = "reminders",
        ["チャンネル"] = "channel",
        ["本文"] = "text",
        ["繰り返し"] = "repeat",
        ["くり返し"] = "repeat",
    };

    public static string Canonical(string key) =>
        Aliases.TryGetValue(key, out var canonical) ? canonical : key.ToLowerInvariant();
}
