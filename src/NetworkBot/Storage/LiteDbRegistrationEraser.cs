using NetworkBot.Core.Events;

namespace NetworkBot.Storage;

internal sealed class LiteDbRegistrationEraser(LiteDbContext db) : IRegistrationEraser
{
    public Task ReplaceAsync(IReadOnlyList<Registration> originals, IReadOnlyList<Registration> replacements, CancellationToken cancellationToken)
    {
        // One transaction: the personal copy is gone exactly when the anonymous one exists.
        db.Database.BeginTrans();
        try
        {
            foreach (var original in originals) db.Registrations.Delete(original.Id);
            db.Registrations.Insert(replacements);
            db.Database.Commit();
        }
        catch
        {
            db.Database.Rollback();
            throw;
        }

        return Task.CompletedTask;
    }
}
