namespace NetworkBot.Core.Events;

/// <summary>
/// Swaps registrations for anonymous copies when a member erases their data. Registration ids contain the member id,
/// so an anonymous copy needs a new id: the originals are removed and the copies stored in one step.
/// </summary>
public interface IRegistrationEraser
{
    Task ReplaceAsync(IReadOnlyList<Registration> originals, IReadOnlyList<Registration> replacements, CancellationToken cancellationToken);
}
