using NetworkBot.Core.Commands;
using NetworkBot.Core.Localization;

namespace NetworkBot.Core.Members;

/// <summary>What a <c>key:value</c> edit would make of a profile: the new profile and what changed, or every problem found.</summary>
public sealed record ProfileEdit(MemberProfile? Profile, IReadOnlyList<string> ChangedKeys, IReadOnlyList<string> Errors)
{
    public bool IsValid => Errors.Count == 0;
}

/// <summary>
/// Applies <c>/profile edit name:"…" prefecture:山形 interests:"交通政策,行政評価"</c> all at once: every value is checked
/// first, and one problem means nothing changes.
/// </summary>
public static class ProfileEditor
{
    public static ProfileEdit Apply(MemberProfile current, CommandArguments arguments, Texts texts)
    {
        var errors = new List<string>();
        if (arguments.Positionals.Count > 0) errors.Add(texts.UnexpectedProfileWords(arguments.Positionals));

        var updated = current;
        var changed = new List<string>();
        foreach (var key in arguments.Options.Keys.Where(k => !ProfileFields.All.Contains(k, StringComparer.OrdinalIgnoreCase)))
        {
            errors.Add(texts.UnknownOption(key, ProfileFields.All));
        }

        // Fields in their fixed order, so messages and "what changed" read the same way every time.
        foreach (var key in ProfileFields.All)
        {
            if (arguments.Option(key) is not { } text) continue;
            var (value, error) = ProfileFieldReader.Read(key, text, texts);
            if (error is not null)
            {
                errors.Add(error);
                continue;
            }

            var next = ProfileFieldReader.Apply(updated, value!);
            if (!SameField(updated, next, key)) changed.Add(key);
            updated = next;
        }

        return errors.Count > 0 ? new ProfileEdit(null, [], errors) : new ProfileEdit(updated, changed, []);
    }

    private static bool SameField(MemberProfile before, MemberProfile after, string key) =>
        key == ProfileFields.Interests ? before.Interests.SequenceEqual(after.Interests) : before == after;
}
