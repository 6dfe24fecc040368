using NetworkBot.Core.Localization;
using NetworkBot.Core.Regions;
using NetworkBot.Core.Replies;
using NetworkBot.Core.Text;

namespace NetworkBot.Core.Members;

/// <summary>
/// How profiles look in replies and posts. Every value a member wrote passes through <see cref="MessageText.Neutralize"/>,
/// so nothing echoed can ping a channel. The email appears only where the caller says the reader may see it.
/// </summary>
public static class ProfileCards
{
    public const int InterestsInLine = 3;

    public static IReadOnlyList<ReplyBlock> Profile(MemberProfile p, Texts texts, bool showEmail, bool isSelf)
    {
        var blocks = new List<ReplyBlock> { new HeadingBlock(texts.ProfileHeading(Safe(p.DisplayName), SafeOrNull(p.Kana))) };
        var fields = Fields(p, texts, [ProfileFields.Prefecture, ProfileFields.Sector, ProfileFields.Affiliation, ProfileFields.Role,
            ProfileFields.Hometown, ProfileFields.Interests, ProfileFields.Activities, ProfileFields.Offer, ProfileFields.Want, ProfileFields.Message]);
        if (showEmail && p.Email is not null) fields.Add(new ReplyField(texts.ProfileFieldLabel(ProfileFields.Email), Safe(p.Email) + texts.OrganizersOnlyNote));
        if (fields.Count > 0) blocks.Add(new FieldsBlock(fields));
        else blocks.Add(new TextBlock(isSelf ? texts.ProfileOnlyName : texts.ProfileOthersOnlyName));

        if (isSelf)
        {
            blocks.Add(new ActionsBlock(
            [
                new ReplyButton(texts.ButtonEditProfile, "/profile edit", ButtonStyle.Primary),
                new ReplyButton(texts.ButtonDeleteProfile, "/profile delete", ButtonStyle.Danger),
            ]));
            blocks.Add(new ContextBlock(texts.ProfileSelfFooter));
        }

        return blocks;
    }

    /// <summary>The card posted to the introductions channel: who they are at a glance, then their own words.</summary>
    public static BotReply IntroductionCard(MemberProfile p, Texts texts)
    {
        var prefecture = Prefectures.ByCode(p.PrefectureCode) is { } found ? Prefectures.DisplayName(found, texts.Language) : null;
        var blocks = new List<ReplyBlock>
        {
            new HeadingBlock(texts.IntroCardHeading(Safe(p.DisplayName), SafeOrNull(p.Kana))),
            new TextBlock(texts.IntroCardLead(Safe(p.DisplayName), prefecture, SafeOrNull(p.Affiliation), SectorName(p, texts))),
        };
        var fields = Fields(p, texts, [ProfileFields.Hometown, ProfileFields.Role, ProfileFields.Interests, ProfileFields.Activities,
            ProfileFields.Offer, ProfileFields.Want, ProfileFields.Message]);
        if (fields.Count > 0) blocks.Add(new FieldsBlock(fields));
        blocks.Add(new ActionsBlock(
        [
            new ReplyButton(texts.ButtonViewProfile, ProfileShowCommand.ProfileCommandText(p.MemberId)),
            new ReplyButton(texts.ButtonIntroduceToo, "/introduce", ButtonStyle.Primary),
        ]));
        blocks.Add(new ContextBlock(texts.IntroCardFooter));
        return BotReply.Public([.. blocks]);
    }

    /// <summary>The answer after the guided flow saved the profile.</summary>
    public static BotReply Saved(Texts texts, bool introduced, bool posted) => BotReply.Private(
        new TextBlock(texts.ProfileSavedByFlow(introduced, posted)),
        new ActionsBlock(
        [
            new ReplyButton(texts.ButtonViewProfile, "/profile"),
            new ReplyButton(texts.ButtonFindMembers, "/members"),
            new ReplyButton(texts.ButtonMap, "/members map"),
        ]));

    /// <summary>One line of the directory: name, affiliation, prefecture and a few interests.</summary>
    public static string DirectoryLine(DirectoryEntry e, Texts texts)
    {
        var prefecture = Prefectures.ByCode(e.PrefectureCode) is { } found ? Prefectures.DisplayName(found, texts.Language) : null;
        var interests = e.Interests.Take(InterestsInLine).Select(Safe).ToList();
        return texts.DirectoryLine(Safe(e.DisplayName), SafeOrNull(e.Affiliation), prefecture, interests, e.HasMoreInterests);
    }

    private static List<ReplyField> Fields(MemberProfile p, Texts texts, IEnumerable<string> keys)
    {
        var fields = new List<ReplyField>();
        foreach (var key in keys)
        {
            if (ProfileFields.Current(p, key, texts.Language) is { } value) fields.Add(new ReplyField(texts.ProfileFieldLabel(key), Safe(value)));
        }

        return fields;
    }

    private static string? SectorName(MemberProfile p, Texts texts) =>
        Sectors.ById(p.SectorId) is { } sector ? Sectors.DisplayName(sector, texts.Language) : null;

    private static string Safe(string text) => MessageText.Neutralize(text);

    private static string? SafeOrNull(string? text) => string.IsNullOrWhiteSpace(text) ? null : MessageText.Neutralize(text);
}
