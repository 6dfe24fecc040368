using Microsoft.Extensions.Time.Testing;
using NetworkBot.Core.Platform;
using NetworkBot.Core.Replies;
using NetworkBot.Discord;
using NetworkBot.Messaging;
using NetworkBot.Storage;
using NetworkBot.Tests.Support;

namespace NetworkBot.Tests.Members;

/// <summary>What the chat adapters keep per member, forgotten on erasure, on a real data file.</summary>
public sealed class PlatformStateErasureTests : IDisposable
{
    private const string Kobayashi = "discord:1098765432109876543:1555555555555555555";
    private const string Aoki = "discord:1098765432109876543:1666666666666666666";

    private readonly TempDataFile _file = new();
    private readonly LiteDbContext _db;
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 12, 1, 0, 0, 0, TimeSpan.Zero));

    public PlatformStateErasureTests() => _db = new LiteDbContext(_file.Path);

    public void Dispose()
    {
        _db.Dispose();
        _file.Dispose();
    }

    [Fact]
    public async Task DiscordForms_ForgetMember_RemovesTheirDraftsAlsoExpiredOnes_KeepsOthers()
    {
        var store = new DiscordStateStore(_db, _time);
        var form = new ReplyForm("introduce", "自己紹介", "/introduce", [new FormField("name", "お名前", FormFieldKind.ShortText, null, true, 60, null)]);
        var expired = store.StartForm(form, Kobayashi);
        store.SaveForm(expired with { Answers = new() { ["name"] = "小林 花子" } });
        _time.Advance(DiscordStateStore.FormLifetime + TimeSpan.FromHours(1)); // past its life, but still in the file
        var current = new FormDraft("c0ffee", form, Kobayashi, new() { ["name"] = "小林 はな" });
        var others = new FormDraft("0babe1", form, Aoki, new() { ["name"] = "青木 一郎" });
        store.SaveForm(current); // saved, not started: starting would sweep the expired draft away first
        store.SaveForm(others);

        await store.ForgetMemberAsync(Kobayashi, CancellationToken.None);

        Assert.Null(store.Form(current.Id));
        Assert.Null(_db.Values.FindById("discord:form:" + expired.Id));
        Assert.DoesNotContain(Kobayashi, StoredDocuments.All(_db));
        Assert.DoesNotContain("小林", StoredDocuments.All(_db));
        Assert.Equal(Aoki, store.Form(others.Id)?.MemberId);
    }

    [Fact]
    public async Task DirectChannels_ForgetMember_DropsTheirChannelFromFileAndMemory_KeepsOthers()
    {
        var channels = new DirectChannelStore(_db, _time);
        channels.Remember(ChatPlatform.Discord, "1555555555555555555", "1777777777777777777");
        channels.Remember(ChatPlatform.Discord, "1666666666666666666", "1888888888888888888");
        channels.Remember(ChatPlatform.Slack, "U0KOBA", "D0KOBA");

        await channels.ForgetMemberAsync(Kobayashi, CancellationToken.None);
        await channels.ForgetMemberAsync("slack:T0NET:U0KOBA", CancellationToken.None);

        Assert.Null(channels.Find(ChatPlatform.Discord, "1555555555555555555"));
        Assert.Null(channels.Find(ChatPlatform.Slack, "U0KOBA"));
        Assert.DoesNotContain("1555555555555555555", StoredDocuments.All(_db));
        Assert.Equal("1888888888888888888", channels.Find(ChatPlatform.Discord, "1666666666666666666"));
    }
}
