using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using NetworkBot.Core.Commands;
using NetworkBot.Core.Events;
using NetworkBot.Core.Replies;
using NetworkBot.Tests.Discord.Support;
using NetworkBot.Tests.Support;

namespace NetworkBot.Tests.Discord.Http;

public sealed class InteractionsEndpointTests
{
    private const string MemberId = "discord:1098765432109876543:1555555555555555555";

    [Fact]
    public async Task Post_SignedPingFromVectors_AnswersPong()
    {
        await using var host = await DiscordTestHost.StartAsync();
        using var vectors = SharedFixtures.Json("vectors/discord_interaction_signature.json");
        var ping = vectors.RootElement.GetProperty("cases")[0];

        var response = await host.PostSignedAsync(ping.GetProperty("body").GetString()!, ping.GetProperty("signature_hex").GetString());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("""{"type":1}""", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Post_SignedEvents_ListsUpcomingEventsWithJoinButtons()
    {
        await using var host = await DiscordTestHost.StartAsync();
        var e = await host.AddEventAsync(Future(TestEvents.Symposium()));

        var reply = await host.PostSignedJsonAsync(Interactions.Command("events"));

        Assert.Equal(4, reply.GetProperty("type").GetInt32());
        var data = reply.GetProperty("data");
        Assert.Equal(64, data.GetProperty("flags").GetInt32());
        Assert.Empty(data.GetProperty("allowed_mentions").GetProperty("parse").EnumerateArray());
        var embed = data.GetProperty("embeds")[0];
        Assert.Contains("今後のイベント", embed.GetProperty("title").GetString());
        Assert.Contains(e.Title, embed.GetProperty("description").GetString());
        var customIds = data.GetProperty("components").EnumerateArray()
            .SelectMany(row => row.GetProperty("components").EnumerateArray()).Select(b => b.GetProperty("custom_id").GetString()).ToList();
        Assert.Contains($"cmd:/join {e.Id}", customIds);
    }

    [Fact]
    public async Task Post_EventsWithEnglishLocale_AnswersInEnglish()
    {
        await using var host = await DiscordTestHost.StartAsync();
        await host.AddEventAsync(Future(TestEvents.Symposium()));

        var reply = await host.PostSignedJsonAsync(Interactions.Command("events", locale: "en-US"));

        Assert.Contains("Upcoming", reply.GetProperty("data").GetProperty("embeds")[0].GetProperty("title").GetString());
    }

    [Fact]
    public async Task Post_SubcommandFixtureWithIntegerId_RunsEventShow()
    {
        await using var host = await DiscordTestHost.StartAsync();
        var body = SharedFixtures.Text("discord/interaction_application_command_subcommand.json").TrimEnd('\n');

        var reply = await host.PostSignedJsonAsync(body);

        // The fixture asks for /event show id:37, which does not exist here: Core's polite "not found", in Japanese (locale ja).
        Assert.Equal(4, reply.GetProperty("type").GetInt32());
        Assert.Contains("37", reply.GetProperty("data").GetProperty("content").GetString());
    }

    [Fact]
    public async Task Post_JoinButtonPressed_RegistersTheMember()
    {
        await using var host = await DiscordTestHost.StartAsync();
        var e = await host.AddEventAsync(Future(TestEvents.Symposium()));

        var reply = await host.PostSignedJsonAsync(Interactions.Button($"cmd:/join {e.Id} party:yes"));

        var registrations = await host.Get<IRegistrationRepository>().ListForEventAsync(e.Id, CancellationToken.None);
        var registration = Assert.Single(registrations);
        Assert.Equal(MemberId, registration.MemberId);
        Assert.Equal("後藤", registration.Name);
        Assert.Equal(PartyStatus.Going, registration.Party);
        Assert.Contains("後藤さん", reply.GetProperty("data").GetProperty("content").GetString());
    }

    [Fact]
    public async Task Post_SelectMenuOption_RunsItsCommand()
    {
        await using var host = await DiscordTestHost.StartAsync();
        var e = await host.AddEventAsync(Future(TestEvents.Symposium()));

        await host.PostSignedJsonAsync(Interactions.Select($"cmd:/join {e.Id}"));

        Assert.Single(await host.Get<IRegistrationRepository>().ListForEventAsync(e.Id, CancellationToken.None));
    }

    [Fact]
    public async Task Post_StoredLongButtonCommand_RunsIt()
    {
        await using var host = await DiscordTestHost.StartAsync();
        var e = await host.AddEventAsync(Future(TestEvents.Symposium()));
        var command = $"/join {e.Id} affiliation:\"{new string('市', 60)} 企画課\" name:\"山田 太郎\"";
        var key = host.Get<NetworkBot.Discord.DiscordStateStore>().StoreCommand(command);

        await host.PostSignedJsonAsync(Interactions.Button("ref:" + key));

        Assert.Equal("山田 太郎", Assert.Single(await host.Get<IRegistrationRepository>().ListForEventAsync(e.Id, CancellationToken.None)).Name);
    }

    [Fact]
    public async Task Post_BodyOverOneMebibyte_Answers413()
    {
        await using var host = await DiscordTestHost.StartAsync();

        var response = await host.PostSignedAsync("{\"type\":1,\"pad\":\"" + new string('x', 1024 * 1024) + "\"}");

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Theory]
    [InlineData("{not json")]
    [InlineData("[]")]
    [InlineData("{\"type\":2}")]
    [InlineData("{\"type\":99,\"token\":\"t\",\"id\":\"1\"}")]
    public async Task Post_SignedButMalformedOrUnknownType_Answers400(string body)
    {
        await using var host = await DiscordTestHost.StartAsync();

        var response = await host.PostSignedAsync(body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Theory]
    [InlineData("{\"custom_id\":\"x\",\"component_type\":5,\"values\":[\"1\"]}")]
    [InlineData("{\"custom_id\":\"click_one\",\"component_type\":2}")]
    public async Task Post_UnknownComponent_AnswersPolitelyNotSupported(string data)
    {
        await using var host = await DiscordTestHost.StartAsync();
        var body = Interactions.Button("x").Replace("{\"custom_id\":\"x\",\"component_type\":2}", data);

        var reply = await host.PostSignedJsonAsync(body);

        Assert.Equal(4, reply.GetProperty("type").GetInt32());
        Assert.Equal(64, reply.GetProperty("data").GetProperty("flags").GetInt32());
        Assert.Contains("対応していません", reply.GetProperty("data").GetProperty("content").GetString());
    }

    [Fact]
    public async Task Post_AutocompletePrefecture_MatchesKanaAndReturnsAtMost25()
    {
        await using var host = await DiscordTestHost.StartAsync();

        var kana = await host.PostSignedJsonAsync(Interactions.Autocomplete("events", [Interactions.Option("prefecture", "やま", focused: true)]));
        var empty = await host.PostSignedJsonAsync(Interactions.Autocomplete("events", [Interactions.Option("prefecture", "", focused: true)]));
        var romaji = await host.PostSignedJsonAsync(Interactions.Autocomplete("events", [Interactions.Option("prefecture", "okina", focused: true)]));

        Assert.Equal(8, kana.GetProperty("type").GetInt32());
        var names = kana.GetProperty("data").GetProperty("choices").EnumerateArray().Select(c => c.GetProperty("value").GetString()).ToList();
        Assert.Contains("山形県", names);
        Assert.Contains("山口県", names);
        Assert.Equal(25, empty.GetProperty("data").GetProperty("choices").GetArrayLength());
        Assert.Equal("沖縄県", romaji.GetProperty("data").GetProperty("choices")[0].GetProperty("value").GetString());
    }

    [Fact]
    public async Task Post_AutocompleteEventId_OffersUpcomingEventsByTitle()
    {
        await using var host = await DiscordTestHost.StartAsync();
        var e = await host.AddEventAsync(Future(TestEvents.Symposium()));

        var reply = await host.PostSignedJsonAsync(Interactions.Autocomplete("join", [Interactions.Option("id", "DX", focused: true)]));

        var choice = Assert.Single(reply.GetProperty("data").GetProperty("choices").EnumerateArray());
        Assert.Equal(e.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), choice.GetProperty("value").GetString());
        Assert.StartsWith($"#{e.Id} {e.Title}", choice.GetProperty("name").GetString());
    }

    [Fact]
    public async Task Post_EventCreateByMemberWithoutPermissions_RefusedPolitely()
    {
        await using var host = await DiscordTestHost.StartAsync();

        var reply = await host.PostSignedJsonAsync(Interactions.Subcommand("event", "create"));

        Assert.Contains("運営メンバー専用", reply.GetProperty("data").GetProperty("content").GetString());
    }

    [Fact]
    public async Task Post_EventCreateFormOverFourModals_CreatesTheEvent()
    {
        await using var host = await DiscordTestHost.StartAsync();
        var manageEvents = (1L << 33).ToString(System.Globalization.CultureInfo.InvariantCulture);

        var modal = await host.PostSignedJsonAsync(Interactions.Subcommand("event", "create", permissions: manageEvents));
        Assert.Equal(9, modal.GetProperty("type").GetInt32());
        var pages = 0;
        while (true)
        {
            pages++;
            var data = modal.GetProperty("data");
            Assert.InRange(data.GetProperty("components").GetArrayLength(), 1, 5);
            Assert.True(data.GetProperty("title").GetString()!.Length <= 45);
            var answers = new Dictionary<string, string>();
            foreach (var label in data.GetProperty("components").EnumerateArray())
            {
                var key = label.GetProperty("component").GetProperty("custom_id").GetString()!;
                answers[key] = key switch
                {
                    "title" => "第13回 まちづくり勉強会",
                    "kind" => "study",
                    "start" => "2023-12-05 14:00",
                    "capacity" => "30",
                    _ => "",
                };
            }

            var submitted = await host.PostSignedJsonAsync(Interactions.ModalSubmit(data.GetProperty("custom_id").GetString()!, answers, permissions: manageEvents));
            var next = submitted.GetProperty("data").TryGetProperty("components", out var rows)
                ? rows.EnumerateArray().SelectMany(r => r.GetProperty("components").EnumerateArray())
                    .Select(b => b.GetProperty("custom_id").GetString()!).FirstOrDefault(id => id.StartsWith("form:", StringComparison.Ordinal) && !id.EndsWith(":stop", StringComparison.Ordinal))
                : null;
            if (next is null || !submitted.GetProperty("data").GetProperty("content").GetString()!.Contains("ページ目"))
            {
                Assert.Equal(4, pages);
                break;
            }

            modal = await host.PostSignedJsonAsync(Interactions.Button(next));
            Assert.Equal(9, modal.GetProperty("type").GetInt32());
        }

        var created = Assert.Single(await host.Get<IEventRepository>().ListUpcomingAsync(DiscordTestHost.Now, CancellationToken.None));
        Assert.Equal("第13回 まちづくり勉強会", created.Title);
        Assert.Equal(30, created.Capacity);
    }

    [Fact]
    public async Task Post_SlowCommand_DefersThenEditsTheOriginalResponse()
    {
        var release = new TaskCompletionSource<BotReply>(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var host = await DiscordTestHost.StartAsync(services: s => s.AddSingleton<ICommandHandler>(new SlowCommand(release.Task)));

        var request = host.PostSignedAsync(Interactions.Command("slowtest"));
        await FakeDiscordServer.EventuallyAsync(() => request.IsCompleted, () => host.Time.Advance(TimeSpan.FromMilliseconds(500)));
        var deferred = JsonDocument.Parse(await (await request).Content.ReadAsStringAsync()).RootElement;
        release.SetResult(BotReply.PrivateText("**done** after a while"));

        Assert.Equal(5, deferred.GetProperty("type").GetInt32());
        Assert.Equal(64, deferred.GetProperty("data").GetProperty("flags").GetInt32());
        await FakeDiscordServer.EventuallyAsync(() => host.Discord.CallsTo("PATCH", "webhooks/").Count == 1);
        var edit = host.Discord.CallsTo("PATCH", "webhooks/").Single();
        Assert.Equal($"webhooks/{DiscordTestHost.ApplicationId}/INTERACTION_TOKEN/messages/@original", edit.Path);
        Assert.Equal("**done** after a while", edit.Json.RootElement.GetProperty("content").GetString());
        Assert.Equal("", edit.Authorization);
    }

    [Fact]
    public async Task Start_CommandsRegisteredOnceWithJapaneseLocalizations_NotAgainWhenUnchanged()
    {
        using var file = new TempDataFile();
        await using (var first = await DiscordTestHost.StartAsync(dataPath: file.Path))
        {
            await FakeDiscordServer.EventuallyAsync(() => first.Discord.CallsTo("PUT", "applications/").Count == 1);
            var put = first.Discord.CallsTo("PUT", "applications/").Single();
            Assert.Equal($"applications/{DiscordTestHost.ApplicationId}/commands", put.Path);
            Assert.Equal("Bot " + DiscordTestHost.BotToken, put.Authorization);
            var commands = put.Json.RootElement.EnumerateArray().ToDictionary(c => c.GetProperty("name").GetString()!);
            Assert.Equal("イベント一覧", commands["events"].GetProperty("name_localizations").GetProperty("ja").GetString());
            Assert.False(string.IsNullOrEmpty(commands["events"].GetProperty("description_localizations").GetProperty("ja").GetString()));
            var subcommands = commands["event"].GetProperty("options").EnumerateArray().Select(o => o.GetProperty("name").GetString()).ToList();
            Assert.Equal(["attendees", "cancel", "create", "edit", "reminders", "show"], subcommands);
        }

        await using var second = await DiscordTestHost.StartAsync(dataPath: file.Path);
        var registrar = second.Get<NetworkBot.Discord.Rest.CommandRegistrar>();
        await FakeDiscordServer.EventuallyAsync(() => registrar.Registration is { IsCompleted: true });

        Assert.Empty(second.Discord.CallsTo("PUT", "applications/"));
    }

    [Fact]
    public async Task Start_GuildIdSet_RegistersToThatServer()
    {
        await using var host = await DiscordTestHost.StartAsync(new Dictionary<string, string?> { ["Discord:GuildId"] = DiscordTestHost.GuildId });

        await FakeDiscordServer.EventuallyAsync(() => host.Discord.CallsTo("PUT", "applications/").Count == 1);

        Assert.Equal($"applications/{DiscordTestHost.ApplicationId}/guilds/{DiscordTestHost.GuildId}/commands", host.Discord.CallsTo("PUT", "applications/").Single().Path);
    }

    private static Event Future(Event e) => e with
    {
        Start = DiscordTestHost.Now.AddDays(10),
        End = DiscordTestHost.Now.AddDays(10).AddHours(3),
        DoorsOpen = DiscordTestHost.Now.AddDays(10).AddMinutes(-20),
        CreatedAt = DiscordTestHost.Now,
        UpdatedAt = DiscordTestHost.Now,
    };

    private sealed class SlowCommand(Task<BotReply> reply) : ICommandHandler
    {
        public CommandDefinition Definition { get; } = CommandDefinition.ForEveryone("slowtest");

        public async ValueTask<BotReply> HandleAsync(BotCommand command, CancellationToken cancellationToken) => await reply;
    }
}
