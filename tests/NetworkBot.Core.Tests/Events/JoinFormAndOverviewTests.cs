using NetworkBot.Core.Events;
using NetworkBot.Core.Localization;
using NetworkBot.Core.Platform;
using NetworkBot.Core.Replies;
using NetworkBot.Core.Settings;
using NetworkBot.Core.Tests.Support;

namespace NetworkBot.Core.Tests.Events;

public class JoinFormAndOverviewTests
{
    private readonly TestBot _bot = new();

    [Fact]
    public async Task Join_FormWord_OpensTheRegistrationForm()
    {
        var e = await _bot.AddEventAsync(SampleEvents.StudySession(afterParty: SampleEvents.Party()));

        var reply = await _bot.ReplyAsync($"/join {e.Id} フォーム", TestBot.Member("佐藤"));

        var form = Assert.IsType<ReplyForm>(reply.Form);
        Assert.Equal($"/join {e.Id}", form.SubmitCommand);
        Assert.Equal(["name", "affiliation", "email", "party"], form.Fields.Select(f => f.Key));
        Assert.Equal("佐藤", form.Fields[0].Value);
        Assert.Empty(_bot.Registrations.All);
    }

    [Fact]
    public async Task Join_FormSubmitted_RegistersWithTheDetails()
    {
        var e = await _bot.AddEventAsync(SampleEvents.StudySession());

        await _bot.ReplyAsync($"/join {e.Id} name:\"山田 太郎\" affiliation:\"山形市 企画課\"");

        var registration = Assert.Single(_bot.Registrations.All);
        Assert.Equal(("山田 太郎", "山形市 企画課"), (registration.Name, registration.Affiliation));
    }

    [Fact]
    public async Task Card_Symposium_OffersTheDetailsForm()
    {
        var symposium = await _bot.AddEventAsync(SampleEvents.StudySession() with { Kind = EventKind.Symposium });
        var study = await _bot.AddEventAsync(SampleEvents.StudySession());

        var symposiumButtons = ReplyText.Buttons(await _bot.ReplyAsync($"/event show {symposium.Id}"));
        var studyButtons = ReplyText.Buttons(await _bot.ReplyAsync($"/event show {study.Id}"));

        Assert.Contains(symposiumButtons, b => b.Command == $"/join {symposium.Id} form");
        Assert.DoesNotContain(studyButtons, b => b.Command.EndsWith(" form", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Overview_MemberWithRegistration_ListsTheirsWithLeaveAndAllUpcoming()
    {
        var mine = await _bot.AddEventAsync(SampleEvents.StudySession(capacity: 1));
        var other = await _bot.AddEventAsync(SampleEvents.StudySession() with { Title = "交流会" });
        await _bot.ReplyAsync($"/join {mine.Id}", TestBot.Member("先着"));
        await _bot.ReplyAsync($"/join {mine.Id}", TestBot.Member("佐藤"));
        var overview = new MemberOverview(_bot.Events, _bot.Registrations, new EventCards(BotSettings.Default), _bot.Time);

        var blocks = await overview.BuildAsync(TestBot.Member("佐藤"), Texts.Japanese, CancellationToken.None);

        var text = ReplyText.Of(BotReply.Private([.. blocks]));
        Assert.Contains($"#{mine.Id} まちづくり勉強会", text);
        Assert.Contains("補欠（1番目）", text);
        Assert.Contains($"/leave {mine.Id}", text);
        Assert.DoesNotContain($"/leave {other.Id}", text);
        Assert.Contains("交流会", text);
    }

    [Fact]
    public async Task Overview_NothingYet_SaysSo()
    {
        var overview = new MemberOverview(_bot.Events, _bot.Registrations, new EventCards(BotSettings.Default), _bot.Time);

        var blocks = await overview.BuildAsync(TestBot.Member("佐藤"), Texts.English, CancellationToken.None);

        Assert.Contains(blocks.OfType<TextBlock>(), b => b.Markdown.StartsWith("You have not signed up", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Help_OnSlack_ExplainsEventJoin()
    {
        var reply = await _bot.ReplyAsync("/help", new MemberRef("slack:T1:U1", "佐藤"));
        var console = await _bot.ReplyAsync("/help");

        Assert.Contains("/event join 3", ReplyText.Of(reply));
        Assert.DoesNotContain("/event join 3", ReplyText.Of(console));
    }
}
