using NetworkBot.Core.Members;
using NetworkBot.Core.Platform;
using NetworkBot.Core.Regions;

namespace NetworkBot.Bench;

/// <summary>Made-up but realistic profiles: Japanese names with readings, affiliations, interests in both languages.</summary>
internal static class ProfileGenerator
{
    private static readonly (string Kanji, string Kana)[] Surnames =
    [
        ("佐藤", "さとう"), ("鈴木", "すずき"), ("高橋", "たかはし"), ("田中", "たなか"), ("伊藤", "いとう"), ("渡辺", "わたなべ"),
        ("山本", "やまもと"), ("中村", "なかむら"), ("小林", "こばやし"), ("加藤", "かとう"), ("吉田", "よしだ"), ("山田", "やまだ"),
        ("佐々木", "ささき"), ("山口", "やまぐち"), ("松本", "まつもと"), ("井上", "いのうえ"), ("木村", "きむら"), ("林", "はやし"),
        ("斎藤", "さいとう"), ("清水", "しみず"), ("後藤", "ごとう"), ("長谷川", "はせがわ"), ("石川", "いしかわ"), ("前田", "まえだ"),
    ];

    private static readonly (string Kanji, string Kana)[] GivenNames =
    [
        ("健太", "けんた"), ("翔", "しょう"), ("大輔", "だいすけ"), ("拓也", "たくや"), ("直樹", "なおき"), ("誠", "まこと"),
        ("美咲", "みさき"), ("陽子", "ようこ"), ("彩", "あや"), ("愛", "あい"), ("真由美", "まゆみ"), ("恵", "めぐみ"),
        ("亮", "りょう"), ("花子", "はなこ"), ("太郎", "たろう"), ("優", "ゆう"), ("聡", "さとし"), ("由紀", "ゆき"),
    ];

    private static readonly string[] Departments = ["企画課", "総務課", "財政課", "税務課", "福祉課", "子育て支援課", "都市計画課", "情報政策課", "危機管理課", "観光課", "農政課", "環境課"];

    private static readonly string[] Interests =
    [
        "交通政策", "行政評価", "防災", "子育て支援", "まちづくり", "DX", "データ分析", "EBPM", "観光", "移住定住", "地域おこし", "公共交通",
        "財政", "福祉", "教育", "農業", "林業", "漁業", "環境", "脱炭素", "サウナ", "キャンプ", "登山", "ランニング", "読書", "日本酒",
        "カメラ", "デザイン", "広報", "SNS発信", "オープンデータ", "GIS", "ファシリテーション", "対話", "policy design", "open data",
        "civic tech", "public transport", "urban planning", "data science", "coffee", "hiking", "photography", "startups",
    ];

    private static readonly string[] Activities =
    [
        "自主研究グループの運営", "まちづくりNPOの理事", "地域の消防団", "子ども食堂のボランティア", "Code for Japan のブリゲード",
        "オフサイトミーティングの主催", "地元の商店街の手伝い", "週末は農家で修行中", "running club organiser", "local radio host",
    ];

    private static readonly string[] Offers =
    [
        "地域公共交通の計画づくりの相談にのれます", "Excel と統計の基礎なら教えられます", "観光プロモーションの経験を共有できます",
        "防災訓練の企画をお手伝いできます", "I can help with open data portals", "ふるさと納税の運営ノウハウがあります",
    ];

    private static readonly string[] Wants =
    [
        "DXに取り組んでいる他県の方と話したいです", "子育て支援の先進事例を知りたいです", "移住施策の担当者とつながりたい",
        "looking for people working on civic tech", "行政評価の仕組みを見直したい仲間を探しています", "一緒に勉強会を開いてくれる人",
    ];

    public static IEnumerable<MemberProfile> Generate(int count, int seed = 42)
    {
        var random = new Random(seed);
        var prefectures = Prefectures.All;
        var sectors = Sectors.All;
        var now = DateTimeOffset.UtcNow;
        for (var i = 0; i < count; i++)
        {
            var surname = Pick(random, Surnames);
            var given = Pick(random, GivenNames);
            // Tokyo and the big prefectures have more members, as in life.
            var prefecture = random.NextDouble() < 0.3 ? prefectures[random.Next(10, 14)] : Pick(random, prefectures);
            var sector = random.NextDouble() < 0.6 ? sectors[random.Next(0, 2)] : Pick(random, sectors);
            var interests = Enumerable.Range(0, random.Next(1, 6)).Select(_ => Pick(random, Interests)).Distinct().ToList();
            yield return new MemberProfile
            {
                MemberId = $"slack:T0BENCH:U{i:D8}",
                DisplayName = $"{surname.Kanji} {given.Kanji}",
                Kana = $"{surname.Kana} {given.Kana}",
                Affiliation = $"{prefecture.NameJaShort}{(random.Next(2) == 0 ? "市" : "町")} {Pick(random, Departments)}",
                SectorId = sector.Id,
                PrefectureCode = random.NextDouble() < 0.95 ? prefecture.Code : null,
                Role = random.Next(3) == 0 ? $"{Pick(random, Departments)}で{Pick(random, Interests)}を担当しています" : null,
                Hometown = random.Next(2) == 0 ? Pick(random, prefectures).NameJa : null,
                Interests = interests,
                Activities = random.Next(2) == 0 ? Pick(random, Activities) : null,
                Offer = random.Next(2) == 0 ? Pick(random, Offers) : null,
                Want = random.Next(2) == 0 ? Pick(random, Wants) : null,
                Message = random.Next(3) == 0 ? "47都道府県すべてに友だちをつくりたいです！" : null,
                Email = $"member{i}@example.jp",
                Language = random.Next(10) == 0 ? Language.En : Language.Ja,
                CreatedAt = now,
                UpdatedAt = now,
            };
        }
    }

    private static T Pick<T>(Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];
}
