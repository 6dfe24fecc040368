using System.Text.Json;
using NetworkBot.Core.Members;
using NetworkBot.Storage;
using NetworkBot.Tests.Discord.Support;
using NetworkBot.Tests.Support;

namespace NetworkBot.Tests.Discord.Http;

/// <summary>
/// <c>/profile delete</c> while a chained Discord form is half filled: the draft keeps what the member typed (and the
/// form's prefilled profile), so erasure must take it too, and leave other members' drafts alone.
/// </summary>
public sealed class FormDraftErasureTests
{
    private const string Kobayashi = "1555555555555555555";
    private const string Aoki = "1666666666666666666";
    private const string Email = "kobayashi.draft@example.jp";

    [Fact]
    public async Task ProfileDelete_WithHalfFilledProfileForm_LeavesNoDraftThatNamesTheMember_OthersDraftsStay()
    {
        await using var host = await DiscordTestHost.StartAsync();
        await host.Get<IMemberRepository>().SaveAsync(
            new MemberProfile { MemberId = $"discord:{DiscordTestHost.GuildId}:{Kobayashi}", DisplayName = "小林 花子", Email = Email }, CancellationToken.None);
        await FillFirstPageAsync(host, "edit", Kobayashi, new() { ["name"] = "小林 はな" });
        await FillFirstPageAsync(host, "edit", Aoki, new() { ["name"] = "青木 一郎" });
        var db = host.Get<LiteDbContext>();
        var before = StoredDocuments.All(db);
        Assert.Contains("小林 はな", before); // the draft holds the typed answers until the last page
        Assert.Contains(Email, before); // and the form, prefilled from the profile

        var confirm = await host.PostSignedJsonAsync(Interactions.Subcommand("profile", "delete"));
        var erased = await host.PostSignedJsonAsync(Interactions.Button("cmd:/profile delete confirm:yes"));

        Assert.Contains("プロフィール", Content(confirm));
        Assert.Contains("削除しました", Content(erased));
        var stored = StoredDocuments.All(db);
        Assert.DoesNotContain("小林", stored);
        Assert.DoesNotContain(Email, stored);
        Assert.DoesNotContain(Kobayashi, stored);
        Assert.Contains("青木 一郎", stored); // Aoki's draft stays
    }

    [Fact]
    public async Task ProfileDelete_OnlyAHalfFilledIntroduction_SaysSoAndErasesIt()
    {
        await using var host = await DiscordTestHost.StartAsync();
        await FillFirstPageAsync(host, "introduce", Kobayashi, new() { ["name"] = "小林 はな" });
        var db = host.Get<LiteDbContext>();

        var confirm = await host.PostSignedJsonAsync(Interactions.Subcommand("profile", "delete"));
        var erased = await host.PostSignedJsonAsync(Interactions.Button("cmd:/profile delete confirm:yes"));

        Assert.Contains("入力途中のフォーム", Content(confirm));
        Assert.Contains("削除しました", Content(erased));
        Assert.DoesNotContain("小林", StoredDocuments.All(db));
    }

    /// <summary>Opens <c>/introduce</c>'s or <c>/profile edit</c>'s form as the given user and submits its first page, which leaves a draft.</summary>
    private static async Task FillFirstPageAsync(DiscordTestHost host, string command, string userId, Dictionary<string, string> answers)
    {
        var interaction = command == "introduce" ? Interactions.Command("introduce", userId: userId) : Interactions.Subcommand("profile", command, userId: userId);
        var modal = await host.PostSignedJsonAsync(interaction);
        Assert.Equal(9, modal.GetProperty("type").GetInt32());
        var next = await host.PostSignedJsonAsync(
            Interactions.ModalSubmit(modal.GetProperty("data").GetProperty("custom_id").GetString()!, answers, userId: userId));
        Assert.Contains("ページ目", Content(next)); // more pages to go: the answers wait in the draft
    }

    private static string Content(JsonElement reply) => reply.GetProperty("data").GetProperty("content").GetString()!;
}
