using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using NetworkBot.Core.Members;
using NetworkBot.Core.Replies;
using NetworkBot.Storage;

namespace NetworkBot.Discord;

/// <summary>
/// What the Discord adapter keeps between interactions, in the bot's one data file: commands of buttons too long for
/// Discord's 100-character custom id, half-filled chained forms, and the hash of the registered command set.
/// </summary>
internal sealed class DiscordStateStore(LiteDbContext db, TimeProvider time) : IPlatformMemberState
{
    private const string FormPrefix = "discord:form:";

    public static readonly TimeSpan FormLifetime = TimeSpan.FromDays(1);

    private static readonly JsonSerializerOptions FormJson = new(JsonSerializerDefaults.Web);

    public string? Get(string key) => db.Values.FindById(key)?.Value;

    public void Set(string key, string value) =>
        db.Values.Upsert(new StoredValue { Id = key, Value = value, UpdatedAt = time.GetUtcNow() });

    /// <summary>Stores a long button command under a short stable key (the same text always gets the same key).</summary>
    public string StoreCommand(string commandText)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(commandText));
        var key = Convert.ToBase64String(hash, 0, 12).Replace('+', '-').Replace('/', '_');
        var id = $"discord:button:{key}";
        if (db.Values.FindById(id) is null) Set(id, commandText);
        return key;
    }

    public string? CommandFor(string key) => Get($"discord:button:{key}");

    public FormDraft StartForm(ReplyForm form, string memberId)
    {
        var draft = new FormDraft(Convert.ToHexString(RandomNumberGenerator.GetBytes(8)).ToLowerInvariant(), form, memberId, []);
        SaveForm(draft);
        ForgetOldForms();
        return draft;
    }

    public FormDraft? Form(string id)
    {
        var stored = db.Values.FindById(FormPrefix + id);
        return stored is null || time.GetUtcNow() - stored.UpdatedAt > FormLifetime ? null : Draft(stored.Value);
    }

    public void SaveForm(FormDraft draft) => Set(FormPrefix + draft.Id, JsonSerializer.Serialize(draft, FormJson));

    public void DeleteForm(string id) => db.Values.Delete(FormPrefix + id);

    public Task<bool> HasUnfinishedInputAsync(string memberId, CancellationToken cancellationToken) =>
        Task.FromResult(DraftIdsOf(memberId).Any());

    /// <summary>Erasure: the member's half-filled forms hold what they typed (name, affiliation, email), expired or not.</summary>
    public Task ForgetMemberAsync(string memberId, CancellationToken cancellationToken)
    {
        foreach (var id in DraftIdsOf(memberId).ToList()) db.Values.Delete(id);
        return Task.CompletedTask;
    }

    private IEnumerable<string> DraftIdsOf(string memberId) =>
        db.Values.Find(v => v.Id.StartsWith(FormPrefix)).Where(v => Draft(v.Value)?.MemberId == memberId).Select(v => v.Id);

    private void ForgetOldForms()
    {
        var cutoff = time.GetUtcNow() - FormLifetime;
        db.Values.DeleteMany(v => v.Id.StartsWith(FormPrefix) && v.UpdatedAt < cutoff);
    }

    private static FormDraft? Draft(string json)
    {
        try
        {
            return JsonSerializer.Deserialize<FormDraft>(json, FormJson);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}

/// <summary>A form being filled in over several Discord modals: the form, who fills it, and the answers so far.</summary>
internal sealed record FormDraft(string Id, ReplyForm Form, string MemberId, Dictionary<string, string> Answers);
