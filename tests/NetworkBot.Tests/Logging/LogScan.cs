namespace NetworkBot.Tests.Logging;

/// <summary>The personal data the log scenarios type in, and the check that none of it, nor any secret, was logged.</summary>
internal static class LogScan
{
    public const string Name = "渡辺 美咲";
    public const string Email = "misaki.logscan@example.jp";
    public const string Affiliation = "記録市 情報政策課";
    public const string IntroductionText = "ログに残ってはいけない自己紹介の一言";
    public const string AnnouncementText = "ログに残ってはいけないお知らせ本文";
    public const string LinkSigningKey = "link-signing-key-for-the-log-scan-0123456789";
    public const string StoragePassword = "storage-password-for-the-log-scan";

    /// <summary>Fails, naming the offending line, when any <paramref name="forbidden"/> text appears in a line; returns how many lines were read.</summary>
    public static int AssertClean(IReadOnlyList<string> lines, IEnumerable<string> forbidden)
    {
        var secrets = forbidden.Where(f => f.Length > 0).ToList();
        foreach (var line in lines)
        {
            var found = secrets.FirstOrDefault(s => line.Contains(s, StringComparison.OrdinalIgnoreCase));
            Assert.True(found is null, $"The log shows \"{found}\": {line}");
        }

        return lines.Count;
    }

    public static IEnumerable<string> PersonalData =>
        [Name, Name.Split(' ')[0], Email, Email.Split('@')[0], Affiliation, IntroductionText, AnnouncementText];

    public static IEnumerable<string> Settings => [LinkSigningKey, StoragePassword];

    public static IReadOnlyDictionary<string, string?> SecretSettings => new Dictionary<string, string?>
    {
        ["Bot:LinkSigningKey"] = LinkSigningKey,
        ["Storage:Password"] = StoragePassword,
    };
}
