using NetworkBot.Tests.Discord.Support;
using NetworkBot.Tests.Slack.Support;
using NetworkBot.Tests.Support;

namespace NetworkBot.Tests.Observability;

/// <summary>Every way a command arrives (typed, button, over HTTP) is counted once, under its platform.</summary>
public sealed class FrontEndMetricsTests
{
    [Fact]
    public async Task Slack_SlashCommandAndButton_EachCountedOnceAsSlack()
    {
        await using var host = await SlackHost.StartAsync();
        using var metrics = new MetricsRecorder(host.Services);

        await host.SlashCommandAsync("/help", "");
        await host.InteractionAsync(TestPayloads.ButtonPress("/events", host.Slack.ResponseUrl("actions/T1/1")));

        Assert.Single(await metrics.WaitForAsync(1, "networkbot.commands", ("platform", "slack"), ("command", "help"), ("outcome", "ok")));
        Assert.Single(await metrics.WaitForAsync(1, "networkbot.commands", ("platform", "slack"), ("command", "events"), ("outcome", "ok")));
    }

    [Fact]
    public async Task Discord_CommandButtonAndRefusal_EachCountedOnceAsDiscord()
    {
        await using var host = await DiscordTestHost.StartAsync();
        using var metrics = new MetricsRecorder(host.Services);

        await host.PostSignedJsonAsync(Interactions.Command("help"));
        await host.PostSignedJsonAsync(Interactions.Button("cmd:/events"));
        await host.PostSignedJsonAsync(Interactions.Subcommand("event", "attendees", [Interactions.Option("id", "1")]));

        Assert.Single(await metrics.WaitForAsync(1, "networkbot.commands", ("platform", "discord"), ("command", "help"), ("outcome", "ok")));
        Assert.Single(await metrics.WaitForAsync(1, "networkbot.commands", ("platform", "discord"), ("command", "events"), ("outcome", "ok")));
        Assert.Single(await metrics.WaitForAsync(1, "networkbot.commands", ("platform", "discord"), ("command", "event attendees"), ("outcome", "refused")));
    }
}
