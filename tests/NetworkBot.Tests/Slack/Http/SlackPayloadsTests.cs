using System.Text;
using System.Text.Json;
using NetworkBot.Slack.Http;
using NetworkBot.Slack.Inbound;
using NetworkBot.Slack.Wire;
using NetworkBot.Tests.Slack.Support;

namespace NetworkBot.Tests.Slack.Http;

/// <summary>Every real payload in the shared corpus must be read.</summary>
public sealed class SlackPayloadsTests
{
    public static TheoryData<string> SlashCommands() => new(SlackFixtures.SlackFiles("slash_command_*.txt"));

    public static TheoryData<string> Interactions() =>
        new(SlackFixtures.SlackFiles("block_actions_*.json")
            .Concat(SlackFixtures.SlackFiles("block_suggestion_*.json"))
            .Concat(SlackFixtures.SlackFiles("shortcut_*.json"))
            .Concat(SlackFixtures.SlackFiles("view_*.json")));

    public static TheoryData<string> EventBodies() =>
        new(SlackFixtures.SlackFiles("event_*.json").Where(f => !f.Contains("event_inner_", StringComparison.Ordinal)).Append("slack/url_verification.json"));

    public static TheoryData<string> InnerEvents() => new(SlackFixtures.SlackFiles("event_inner_*.json"));

    public static TheoryData<string> SocketFrames() => new(SlackFixtures.SlackFiles("socket_mode_*.json"));

    [Theory]
    [MemberData(nameof(SlashCommands))]
    public void ReadSlashCommand_Fixture_Parses(string file)
    {
        var (command, problem) = SlackPayloads.ReadSlashCommand(SlackFixtures.Bytes(file));

        Assert.Null(problem);
        Assert.NotNull(command);
        Assert.StartsWith("T", command.TeamId);
        Assert.Matches("^[UW]", command.UserId!);
        Assert.StartsWith("/", command.Command);
        Assert.NotNull(command.Text);
    }

    [Fact]
    public void ReadSlashCommand_DocsExampleWithUnencodedSlashes_KeepsValues()
    {
        var (command, _) = SlackPayloads.ReadSlashCommand(SlackFixtures.Bytes("slack/slash_command_docs_weather.txt"));

        Assert.Equal("/weather", command!.Command);
        Assert.Equal("94070", command.Text);
        Assert.Equal("https://hooks.slack.com/commands/1234/5678", command.ResponseUrl);
        Assert.Equal("C2147483705", command.ChannelId);
    }

    [Fact]
    public void ReadSlashCommand_PlusForSpace_Decoded()
    {
        var (command, _) = SlackPayloads.ReadSlashCommand(SlackFixtures.Bytes("slack/slash_command_bolt_python.txt"));

        Assert.Equal("/hello-world", command!.Command);
        Assert.Equal("Hi", command.Text);
        Assert.Equal("https://hooks.slack.com/commands/T111/111/xxxxx", command.ResponseUrl);
    }

    [Theory]
    [InlineData("")]
    [InlineData("team_id=T1&user_id=U1")]
    [InlineData("%%%&&&==")]
    public void ReadSlashCommand_Incomplete_Problem(string body)
    {
        var (command, problem) = SlackPayloads.ReadSlashCommand(Encoding.UTF8.GetBytes(body));

        Assert.Null(command);
        Assert.NotNull(problem);
    }

    [Fact]
    public void ReadInteraction_FormEncodedButtonPress_Parses()
    {
        var (payload, problem) = SlackPayloads.ReadInteraction(SlackFixtures.Bytes("slack/block_actions_ephemeral_button_form_body.txt"));

        Assert.Null(problem);
        Assert.Equal("block_actions", payload!.Type);
        Assert.Equal("T111", payload.TeamId);
        Assert.Equal("W111", payload.User!.Id);
        Assert.Equal("click_me_123", payload.Actions!.Single().Value);
        Assert.Equal("https://hooks.slack.com/actions/T111/111/random-value", payload.ResponseUrl);
    }

    [Theory]
    [MemberData(nameof(Interactions))]
    public void InteractionPayload_Fixture_Parses(string file)
    {
        var (payload, problem) = SlackPayloads.ReadJson<InteractionPayload>(SlackFixtures.Json(file), p => p.Type is { Length: > 0 }, "payload");

        Assert.Null(problem);
        Assert.NotNull(payload!.User?.Id);
        Assert.NotNull(payload.TeamId);
    }

    [Fact]
    public void InteractionPayload_OrgInstallWithNullTeam_UsesTheUsersTeam()
    {
        var payload = SlackJson.Parse<InteractionPayload>(SlackFixtures.Json("slack/view_submission_org_app.json"));

        Assert.Null(payload.Team);
        Assert.Equal("T111", payload.TeamId);
    }

    [Theory]
    [InlineData("slack/view_submission_modal_inputs.json", "rating=3|date-of-visit=2019-09-23|comment=Just amazing!")]
    [InlineData("slack/view_submission_org_app.json", "agenda-block=test|date-block=2022-06-22|time-block=03:00")]
    [InlineData("slack/view_submission_real_capture.json", "text-block=test")]
    [InlineData("slack/view_submission_response_urls.json", "")]
    [InlineData("slack/block_actions_modal_with_state.json", "block_1=schedule")]
    public void ViewSubmission_FixtureState_ReadsEveryValue(string file, string expected)
    {
        var payload = SlackJson.Parse<InteractionPayload>(SlackFixtures.Json(file));
        var state = payload.View?.State ?? JsonSerializer.Deserialize<ViewState>(
            JsonDocument.Parse(SlackFixtures.Json(file)).RootElement.GetProperty("state").GetRawText(), SlackJson.Options);

        var values = ViewSubmission.Values(state);

        // Slack keeps state.values in no particular order; options do not depend on it.
        Assert.Equal(expected.Split('|', StringSplitOptions.RemoveEmptyEntries).Order(), values.Select(v => $"{v.Key}={v.Value}").Order());
    }

    [Theory]
    [MemberData(nameof(EventBodies))]
    public void ReadEvent_Fixture_Parses(string file)
    {
        var (callback, problem) = SlackPayloads.ReadEvent(Encoding.UTF8.GetBytes(SlackFixtures.Json(file)));

        if (file.EndsWith("shape_sample.json", StringComparison.Ordinal))
        {
            // Slack's shape sample leaves every value blank, its outer type too; its inner event must still read.
            var inner = SlackJson.Parse<EventCallback>(SlackFixtures.Json(file));
            Assert.Equal("team_join", inner.EventType);
            Assert.NotNull(SlackJson.Parse<TeamJoinEvent>(inner.Event!.Value).User);
            return;
        }

        Assert.Null(problem);
        Assert.True(callback!.Type is "event_callback" or "url_verification");
        if (callback.Type == "event_callback")
        {
            Assert.False(string.IsNullOrEmpty(callback.EventId));
            Assert.False(string.IsNullOrEmpty(callback.EventType));
        }
    }

    [Fact]
    public void ReadEvent_TeamJoin_ReadsTheNewcomer()
    {
        var (callback, _) = SlackPayloads.ReadEvent(Encoding.UTF8.GetBytes(SlackFixtures.Json("slack/event_team_join.json")));

        var join = SlackJson.Parse<TeamJoinEvent>(callback!.Event!.Value);

        Assert.Equal("team_join", callback.EventType);
        Assert.Equal("W012A3CDE", join.User!.Id);
        Assert.Equal("spengler", join.User.BestName);
        Assert.True(join.User.IsAdmin);
    }

    [Theory]
    [MemberData(nameof(InnerEvents))]
    public void InnerEvent_Fixture_HasType(string file)
    {
        using var inner = JsonDocument.Parse(SlackFixtures.Json(file));

        var callback = new EventCallback { Type = "event_callback", EventId = "Ev1", Event = inner.RootElement.Clone() };

        Assert.False(string.IsNullOrEmpty(callback.EventType));
    }

    [Fact]
    public void ReadEvent_UrlVerification_KeepsChallenge()
    {
        var (callback, _) = SlackPayloads.ReadEvent(Encoding.UTF8.GetBytes(SlackFixtures.Json("slack/url_verification.json")));

        Assert.Equal("3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P", callback!.Challenge);
    }

    [Theory]
    [InlineData("{not json")]
    [InlineData("[]")]
    [InlineData("{\"token\":\"x\"}")]
    [InlineData("\"text\"")]
    public void ReadEvent_Malformed_Problem(string body)
    {
        var (callback, problem) = SlackPayloads.ReadEvent(Encoding.UTF8.GetBytes(body));

        Assert.Null(callback);
        Assert.NotNull(problem);
    }

    [Theory]
    [InlineData("payload=%7Bnope")]
    [InlineData("token=abc")]
    [InlineData("payload=%7B%22type%22%3A1%7D")]
    public void ReadInteraction_Malformed_Problem(string body)
    {
        var (payload, problem) = SlackPayloads.ReadInteraction(Encoding.UTF8.GetBytes(body));

        Assert.Null(payload);
        Assert.NotNull(problem);
    }

    [Theory]
    [MemberData(nameof(SocketFrames))]
    public void SocketFrame_Fixture_Parses(string file)
    {
        var envelope = SlackJson.Parse<SocketEnvelope>(SlackFixtures.Json(file));

        switch (envelope.Type)
        {
            case "hello":
                break;
            case "disconnect":
                Assert.Equal("too_many_websockets", envelope.Reason);
                break;
            case "slash_commands":
                Assert.True(SlackJson.Parse<SlashCommand>(envelope.Payload!.Value).IsComplete);
                Assert.True(envelope.AcceptsResponsePayload);
                break;
            case "interactive":
                Assert.False(string.IsNullOrEmpty(SlackJson.Parse<InteractionPayload>(envelope.Payload!.Value).Type));
                break;
            case "events_api":
                Assert.False(string.IsNullOrEmpty(SlackJson.Parse<EventCallback>(envelope.Payload!.Value).EventId));
                break;
            default:
                Assert.Fail($"unexpected frame type {envelope.Type}");
                break;
        }

        if (envelope.Type is not ("hello" or "disconnect")) Assert.False(string.IsNullOrEmpty(envelope.EnvelopeId));
    }

    [Fact]
    public void UsersInfo_Fixture_ReadsAdminAndName()
    {
        using var answer = JsonDocument.Parse(SlackFixtures.Json("slack/web_api_users_info_ok.json"));

        var user = SlackJson.Parse<SlackUser>(answer.RootElement.GetProperty("user"));

        Assert.Equal("W012A3CDE", user.Id);
        Assert.True(user.IsAdmin);
        Assert.Equal("spengler", user.BestName);
        Assert.Null(user.Locale);
    }
}
