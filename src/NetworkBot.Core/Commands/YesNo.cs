using NetworkBot.Core.Text;

namespace NetworkBot.Core.Commands;

/// <summary>Reads yes/no answers the way members type them, in either language.</summary>
public static class YesNo
{
    public static bool? Parse(string? text)
    {
        if (text is null) return null;
        return WellFormedText.Normalize(text).Trim().ToLowerInvariant() switch
        {
            "yes" or "y" or "true" or "on" or "1" or "はい" or "参加" or "参加する" or "あり" or "する" => true,
            "no" or "n" or "false" or "off" or "0" or "いいえ" or "不参加" or "参加しない" or "なし" or "しない" => false,
            _ => null,
        };
    }
}
