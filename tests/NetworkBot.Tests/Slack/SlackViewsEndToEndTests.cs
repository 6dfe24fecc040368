using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using NetworkBot.Core.Events;
using NetworkBot.Tests.Slack.Support;
using NetworkBot.Tests.Support;
using static NetworkBot.Tests.Slack.Support.TestPayloads;

namespace NetworkBot.Tests.Slack;

/// <summary>Forms as modals and answers shown in views (modals, the App Home), end to end against a fake Slack.</summary>
public sealed class SlackViewsEndToEndTests : IAsyncLifetime
{
    private SlackHost _host = null!;

    public async Task InitializeAsync() => _host = await SlackHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Commands_EventCreateWithoutOptions_OpensTheFormAsModal()
    {
        _host.Slack.Users["U1"] = ("ja-JP", true, "運営 花子");

        var response = await _host.SlashCommandAsync("/event", "create");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsStringAsync());
        var open = await _host.Slack.WaitForAsync("views.open");
        Assert.Equal("1.2.trigger", open.Arguments["trigger_id"]!.GetValue<string>());
        var view = open.Arguments["view"]!;
        Assert.Equal("modal", view["type"]!.GetValue<string>());
        Assert.Contains(view["blocks"]!.AsArray(), b => b!["block_id"]!.GetValue<string>() == "title");
        Assert.Contains("/event create", view["private_metadata"]!.GetValue<string>());
    }

    [Fact]
    public async Task Interactions_EventFormSubmitted_CreatesAndPostsToTheChannel()
    {
        _host.Slack.Users["U1"] = ("ja-JP", true, "運営 花子");
        var metadata = $"{{\"c\":\"/event create\",\"ch\":\"C1\",\"ru\":\"{_host.Slack.ResponseUrl("commands/T1/U1")}\"}}";
        var state = new JsonObject
        {
            ["title"] = Value("plain_text_input", "第12回 まちづくり勉強会"),
            ["kind"] = new JsonObject { ["value"] = new JsonObject { ["type"] = "static_select", ["selected_option"] = new JsonObject { ["value"] = "study" } } },
            ["start"] = Value("plain_text_input", "2026-12-05 14:00"),
            ["capacity"] = Value("plain_text_input", "30"),
            ["party"] = new JsonObject { ["value"] = new JsonObject { ["type"] = "radio_buttons", ["selected_option"] = null } },
        };

        var response = await _host.InteractionAsync(Submission(metadata, state));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsStringAsync());
        var post = await _host.Slack.WaitForAsync("response_url");
        Assert.Equal("in_channel", post.Arguments["response_type"]!.GetValue<string>());
        var created = Assert.Single(await Repository<IEventRepository>().ListUpcomingAsync(TestEvents.Now, CancellationToken.None));
        Assert.Equal("第12回 まちづくり勉強会", created.Title);
        Assert.Equal(30, created.Capacity);
        Assert.Equal("slack:T1:C1", created.ChannelId);
    }

    [Fact]
    public async Task Interactions_EventFormWithMistake_ShowsTheProblemOverTheForm()
    {
        _host.Slack.Users["U1"] = ("ja-JP", true, "運営 花子");
        var state = new JsonObject { ["title"] = Value("plain_text_input", "勉強会"), ["start"] = Value("plain_text_input", "いつか") };

        var response = await _host.InteractionAsync(Submission("{\"c\":\"/event create\",\"ch\":\"C1\"}", state));

        var body = await JsonBodyAsync(response);
        Assert.Equal("push", body["response_action"]!.GetValue<string>());
        Assert.Contains("いつか", body["view"]!["blocks"]!.ToJsonString(Relaxed));
        Assert.Equal("戻って直す", body["view"]!["close"]!["text"]!.GetValue<string>());
        Assert.Empty(await Repository<IEventRepository>().ListUpcomingAsync(TestEvents.Now, CancellationToken.None));
    }

    [Fact]
    public async Task Interactions_JoinWithDetailsForm_OpensAndRegistersWithTheFields()
    {
        var e = await SeedAsync(TestEvents.Symposium());
        await _host.InteractionAsync(ButtonPress($"/join {e.Id} form", _host.Slack.ResponseUrl("actions/T1/2")));
        var open = await _host.Slack.WaitForAsync("views.open");
        var view = open.Arguments["view"]!;
        Assert.Equal(["name", "affiliation", "email", "party"], view["blocks"]!.AsArray().Select(b => b!["block_id"]!.GetValue<string>()));

        var state = new JsonObject
        {
            ["name"] = Value("plain_text_input", "山田 太郎"),
            ["affiliation"] = Value("plain_text_input", "山形市 企画課"),
            ["party"] = new JsonObject { ["value"] = new JsonObject { ["type"] = "radio_buttons", ["selected_option"] = new JsonObject { ["value"] = "yes" } } },
        };
        var response = await _host.InteractionAsync(Submission(view["private_metadata"]!.GetValue<string>(), state, view["callback_id"]!.GetValue<string>()));

        var body = await JsonBodyAsync(response);
        Assert.Equal("update", body["response_action"]!.GetValue<string>());
        var registration = Assert.Single(await Repository<IRegistrationRepository>().ListForMemberAsync("slack:T1:U1", CancellationToken.None));
        Assert.Equal(("山田 太郎", "山形市 企画課", PartyStatus.Going), (registration.Name, registration.Affiliation, registration.Party));
    }

    [Fact]
    public async Task Interactions_ButtonOnAppHome_AnswersInAModalAndRefreshesTheHome()
    {
        var e = await SeedAsync(TestEvents.Symposium());
        var press = JsonNode.Parse(ButtonPress($"/join {e.Id}", _host.Slack.ResponseUrl("unused")))!.AsObject();
        press.Remove("response_url");
        press.Remove("channel");
        press["container"] = new JsonObject { ["type"] = "view", ["view_id"] = "VHOME" };
        press["view"] = new JsonObject { ["id"] = "VHOME", ["type"] = "home", ["title"] = null };

        await _host.InteractionAsync(press.ToJsonString());

        var open = await _host.Slack.WaitForAsync("views.open");
        var publish = await _host.Slack.WaitForAsync("views.publish");
        Assert.Equal("9.9.trigger", open.Arguments["trigger_id"]!.GetValue<string>());
        Assert.Contains("参加登録ありがとうございます", open.Arguments["view"]!["blocks"]!.ToJsonString(Relaxed));
        Assert.Contains($"/leave {e.Id}", publish.Arguments["view"]!["blocks"]!.ToJsonString(Relaxed));
        Assert.Empty(_host.Slack.CallsTo("response_url"));
    }

    private async Task<Event> SeedAsync(Event e) => await Repository<IEventRepository>().AddAsync(e, CancellationToken.None);

    private T Repository<T>()
        where T : notnull => _host.Services.GetRequiredService<T>();
}
