using NetworkBot.Core.Members;

namespace NetworkBot.Core.Localization;

internal sealed partial class EnglishTexts
{
    public override string ProfileFieldLabel(string key) => key switch
    {
        ProfileFields.Name => "Name",
        ProfileFields.Kana => "Reading (kana)",
        ProfileFields.Affiliation => "Affiliation",
        ProfileFields.Sector => "Sector",
        ProfileFields.Prefecture => "Prefecture",
        ProfileFields.Role => "Work and career",
        ProfileFields.Hometown => "Hometown",
        ProfileFields.Interests => "Interests",
        ProfileFields.Activities => "Communities and side activities",
        ProfileFields.Offer => "Can help with",
        ProfileFields.Want => "Looking for",
        ProfileFields.Message => "Dream / message",
        ProfileFields.Email => "Email",
        _ => key,
    };

    public override string ProfileTooLong(string key, int maxLength, int actualLength) =>
        $"{ProfileFieldLabel(key)} can be at most {maxLength} characters (this one has {actualLength}). Please shorten it and try again.";

    public override string ProfileNameRequired => "A name is required. A nickname is fine.";

    public override string KanaNotReading(string text) =>
        $"The reading \"{text}\" contains kanji. Please write it in kana (or Latin letters). Example: やまだ たろう";

    public override string UnknownSector(string text, IReadOnlyList<Sector> suggestions) =>
        $"I do not know the sector \"{text}\". "
        + (suggestions.Count > 0 ? $"Did you mean: {string.Join(", ", suggestions.Select(s => $"{s.NameEn} ({s.Id})"))}?" : "")
        + $"\nSectors: {string.Join(", ", Sectors.All.Select(s => $"{s.Order}. {s.ShortEn}"))}";

    public override string InterestTooLong(string tag, int maxLength) =>
        $"The interest \"{Shorten(tag)}\" is too long. Each one can have {maxLength} characters; separate them with commas.";

    public override string TooManyInterests(int count, int max) => $"Please list at most {max} interests (you gave {count}).";

    public override string UnexpectedProfileWords(IReadOnlyList<string> words) =>
        $"I could not tell which field \"{string.Join(" ", words)}\" belongs to. Please write fields as `key:value`.";

    public override string ProfileEditExample => "/profile edit prefecture:Yamagata sector:municipal interests:\"transport policy,evaluation\"";

    public override string ProfileHeading(string name, string? kana) => kana is null ? name : $"{name} ({kana})";

    public override string OrganizersOnlyNote => " (shown to organizers only)";

    public override string ProfileOnlyName => "Only your name so far. Add your affiliation and interests with /profile edit so others can find you.";

    public override string ProfileOthersOnlyName => "Only a name so far.";

    public override string ProfileSelfFooter => "Other members see everything except your email. You can change one field at a time, e.g. /profile edit prefecture:Yamagata.";

    public override string NoProfileYet => "You have no profile yet. /introduce walks you through a short self-introduction that becomes your profile (a few minutes).";

    public override string MemberNotFound(string query) =>
        $"I could not find a profile for \"{query}\". /members {query} searches by part of a name.";

    public override string SeveralMembersFound(string query, int count) => $"{count} members match \"{query}\". Which one do you mean?";

    public override string ProfileUpdated(IReadOnlyList<string> changedLabels, bool created) =>
        created ? "Your profile has been created." : $"Your profile has been updated ({string.Join(", ", changedLabels)}).";

    public override string ProfileUnchanged => "That is what your profile already says, so nothing changed.";

    public override string ProfileSavedByFlow(bool introduced, bool posted) =>
        !introduced ? "Your profile has been saved."
        : posted ? "Thank you! Your profile is saved and your introduction is posted in the introductions channel. Enjoy meeting everyone."
        : "Thank you! Your profile is saved. (No introductions channel is set up here, so nothing was posted.)";

    public override string ConfirmErase(bool hasProfile, int upcomingRegistrations, int otherRegistrations, bool hasReminderSettings, bool hasUnfinishedForms)
    {
        var lines = new List<string> { "This will erase the following, and cannot be undone:" };
        if (hasProfile) lines.Add("- your profile (name, affiliation, interests, email and everything else)");
        if (hasReminderSettings) lines.Add("- your reminder settings");
        if (hasUnfinishedForms) lines.Add("- what you typed into a form or self-introduction you have not finished");
        if (upcomingRegistrations > 0) lines.Add($"- {upcomingRegistrations} registration(s) for upcoming events (cancelled; the waitlist moves up)");
        if (upcomingRegistrations + otherRegistrations > 0)
        {
            lines.Add("- the name, affiliation and email in your event registrations, and the record of reminders sent to you");
            lines.Add("The registrations themselves stay as nameless entries so that attendance counts remain right.");
        }

        lines.Add("If that is what you want, press \"Erase\".");
        return string.Join("\n", lines);
    }

    public override string Erased(int cancelledRegistrations, int anonymizedRegistrations) =>
        "Erased. Thank you for being part of the network."
        + (cancelledRegistrations > 0 ? $"\n{cancelledRegistrations} upcoming registration(s) were cancelled." : "")
        + "\nYou can introduce yourself again any time with /introduce.";

    public override string NothingToErase => "There is no profile or registration data to erase.";

    public override string ErasedMember => "(erased member)";

    public override string MembersExample => "/members Yamagata municipal transport";

    public override string InvalidPage(string text) => $"The page \"{text}\" should be a number from 1. Example: page:2";

    public override string DirectoryHeading(string? filter) => filter is null ? "Member directory" : $"Member directory ({filter})";

    public override string DirectoryCount(int total, bool byRelevance) =>
        $"{total} member{(total == 1 ? "" : "s")}" + (byRelevance ? " (best matches first)" : " (in kana order)");

    public override string DirectoryLine(string name, string? affiliation, string? prefecture, IReadOnlyList<string> interests, bool moreInterests)
    {
        var where = string.Join(", ", new[] { affiliation, prefecture }.Where(x => x is not null));
        var line = $"**{name}**" + (where.Length > 0 ? $" ({where})" : "");
        if (interests.Count > 0) line += " – " + string.Join(", ", interests) + (moreInterests ? " …" : "");
        return line;
    }

    public override string DirectoryFooter(int page, int pageCount) => $"Page {page} of {pageCount} · /profile NAME shows a full profile";

    public override string NoMembersFound(string? filter) =>
        $"No members found{(filter is null ? "" : $" for {filter}")}. Try a shorter keyword or fewer conditions.";

    public override string NoMembersYet => "Nobody has introduced themselves yet. Be the first with /introduce!";

    public override string MapHeading(int covered, int all) => $"47-prefecture map ({covered}/{all})";

    public override string MapProgress(int covered, int all, int members) =>
        $"{members} member{(members == 1 ? "" : "s")} from {covered} of the {all} prefectures."
        + (covered < all ? $" {all - covered} to go until we have friends in every prefecture!" : "");

    public override string MapLegend => "Letter = a prefecture with members (its initial)   ・ = no member yet";

    public override string MapCount(string prefecture, int count) => $"{prefecture} {count}";

    public override string MapRegionLine(string region, int covered, int all, IReadOnlyList<string> counts) =>
        $"**{region}** ({covered}/{all})" + (counts.Count > 0 ? " " + string.Join(", ", counts) : "");

    public override string MapMissing(IReadOnlyList<string> prefectures) =>
        $"**No member yet ({prefectures.Count})**\n{string.Join(", ", prefectures)}\nIf you know someone there, invite them!";

    public override string MapAllCovered => "🎉 We have friends in all 47 prefectures!";

    public override string MapWithoutPrefecture(int count) =>
        $"{count} member{(count == 1 ? " has" : "s have")} not set a prefecture yet; /profile edit prefecture:Yamagata adds yours to the map.";

    public override string ButtonEditProfile => "Edit";

    public override string ButtonDeleteProfile => "Erase";

    public override string ButtonConfirmErase => "Erase";

    public override string ButtonViewProfile => "View profile";

    public override string ButtonFindMembers => "Find members";

    public override string ButtonMap => "47-prefecture map";

    public override string ButtonNextPage => "Next page";

    public override string ButtonPreviousPage => "Previous page";

    private static string Shorten(string text) => text.Length <= 20 ? text : text[..19] + "…";
}
