using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using NetworkBot.Core.Commands;
using NetworkBot.Core.Replies;
using NetworkBot.Slack.Inbound;
using NetworkBot.Tests.Slack.Support;

namespace NetworkBot.Tests.Slack;

/// <summary>Slack waits three seconds: slow work is acknowledged first and its answer follows through response_url.</summary>
public sealed class SlackSlowWorkTests : IAsyncLifetime
{
    private readonly SlowCommand _slow = new();
    private SlackHost _host = null!;

    public async Task InitializeAsync() =>
        _host = await SlackHost.StartAsync(services: s =>
        {
            s.AddSingleton<ICommandHandler>(_slow);
            s.AddSingleton<ICommandHandler, FlaggedSlowCommand>();
        });

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Command_TakingLongerThanTheBudget_AcknowledgedThenAnsweredThroughResponseUrl()
    {
        var response = _host.SlashCommandAsync("/slowly", "");
        await _host.Time.WaitForTimerAsync(AckBudget.Limit);
        Assert.False(response.IsCompleted);
        _host.Time.Advance(AckBudget.Limit);

        var ack = JsonNode.Parse(await (await response).Content.ReadAsStringAsync())!;
        Assert.Equal("ephemeral", ack["response_type"]!.GetValue<string>());
        Assert.Contains("少しお待ちください", ack["text"]!.GetValue<string>());
        Assert.Empty(_host.Slack.CallsTo("response_url"));

        _slow.Finish();
        var answer = await _host.Slack.WaitForAsync("response_url");
        Assert.Equal("終わりました", answer.Arguments["text"]!.GetValue<string>());
    }

    [Fact]
    public async Task Command_MarkedSlow_EmptyAcknowledgementThenAnswer()
    {
        var response = await _host.SlashCommandAsync("/fanout", "");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsStringAsync());
        var answer = await _host.Slack.WaitForAsync("response_url");
        Assert.Equal("in_channel", answer.Arguments["response_type"]!.GetValue<string>());
        Assert.Equal("配信しました", answer.Arguments["text"]!.GetValue<string>());
    }

    private sealed class SlowCommand : ICommandHandler
    {
        private readonly TaskCompletionSource _done = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public CommandDefinition Definition { get; } = CommandDefinition.ForEveryone("slowly");

        public void Finish() => _done.TrySetResult();

        public async ValueTask<BotReply> HandleAsync(BotCommand command, CancellationToken cancellationToken)
        {
            await _done.Task.WaitAsync(cancellationToken);
            return BotReply.PrivateText("終わりました");
        }
    }

    private sealed class FlaggedSlowCommand : ICommandHandler
    {
        public CommandDefinition Definition { get; } = CommandDefinition.ForEveryone("fanout");

        public ValueTask<BotReply> HandleAsync(BotCommand command, CancellationToken cancellationToken) =>
            ValueTask.FromResult(BotReply.Public(new TextBlock("配信しました")) with { IsSlow = true });
    }
}
