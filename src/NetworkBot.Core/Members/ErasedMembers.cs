namespace NetworkBot.Core.Members;

/// <summary>
/// Stand-in member ids for registrations whose member erased their data: each one unique, linked to nobody, so the
/// event's counts and order stay right.
/// </summary>
public static class ErasedMembers
{
    public const string IdPrefix = "erased:";

    public static string NewId() => IdPrefix + Guid.NewGuid().ToString("N")[..16];

    public static bool IsErased(string memberId) => memberId.StartsWith(IdPrefix, StringComparison.Ordinal);
}
