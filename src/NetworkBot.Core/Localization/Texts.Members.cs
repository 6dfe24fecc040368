using NetworkBot.Core.Members;

namespace NetworkBot.Core.Localization;

public abstract partial class Texts
{
    // Profile fields and their problems
    public abstract string ProfileFieldLabel(string key);

    public abstract string ProfileTooLong(string key, int maxLength, int actualLength);

    public abstract string ProfileNameRequired { get; }

    public abstract string KanaNotReading(string text);

    public abstract string UnknownSector(string text, IReadOnlyList<Sector> suggestions);

    public abstract string InterestTooLong(string tag, int maxLength);

    public abstract string TooManyInterests(int count, int max);

    public abstract string UnexpectedProfileWords(IReadOnlyList<string> words);

    public abstract string ProfileEditExample { get; }

    // Showing and changing profiles
    public abstract string ProfileHeading(string name, string? kana);

    public abstract string OrganizersOnlyNote { get; }

    public abstract string ProfileOnlyName { get; }

    public abstract string ProfileOthersOnlyName { get; }

    public abstract string ProfileSelfFooter { get; }

    public abstract string NoProfileYet { get; }

    public abstract string MemberNotFound(string query);

    public abstract string SeveralMembersFound(string query, int count);

    public abstract string ProfileUpdated(IReadOnlyList<string> changedLabels, bool created);

    public abstract string ProfileUnchanged { get; }

    public abstract string ProfileSavedByFlow(bool introduced, bool posted);

    // Erasing
    public abstract string ConfirmErase(bool hasProfile, int upcomingRegistrations, int otherRegistrations, bool hasReminderSettings, bool hasUnfinishedForms);

    public abstract string Erased(int cancelledRegistrations, int anonymizedRegistrations);

    public abstract string NothingToErase { get; }

    /// <summary>How a registration whose member erased their data is listed.</summary>
    public abstract string ErasedMember { get; }

    // The directory
    public abstract string MembersExample { get; }

    public abstract string InvalidPage(string text);

    public abstract string DirectoryHeading(string? filter);

    public abstract string DirectoryCount(int total, bool byRelevance);

    public abstract string DirectoryLine(string name, string? affiliation, string? prefecture, IReadOnlyList<string> interests, bool moreInterests);

    public abstract string DirectoryFooter(int page, int pageCount);

    public abstract string NoMembersFound(string? filter);

    public abstract string NoMembersYet { get; }

    // The 47 map
    public abstract string MapHeading(int covered, int all);

    public abstract string MapProgress(int covered, int all, int members);

    public abstract string MapLegend { get; }

    public abstract string MapCount(string prefecture, int count);

    public abstract string MapRegionLine(string region, int covered, int all, IReadOnlyList<string> counts);

    public abstract string MapMissing(IReadOnlyList<string> prefectures);

    public abstract string MapAllCovered { get; }

    public abstract string MapWithoutPrefecture(int count);

    // Buttons
    public abstract string ButtonEditProfile { get; }

    public abstract string ButtonDeleteProfile { get; }

    public abstract string ButtonConfirmErase { get; }

    public abstract string ButtonViewProfile { get; }

    public abstract string ButtonFindMembers { get; }

    public abstract string ButtonMap { get; }

    public abstract string ButtonNextPage { get; }

    public abstract string ButtonPreviousPage { get; }
}
