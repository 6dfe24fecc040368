using CsCheck;
using Xunit.Abstractions;

namespace NetworkBot.Tests.Fuzzing;

/// <summary>
/// Random and mutated requests, most of them correctly signed so they pass the signature check, at Slack's three
/// endpoints and Discord's interactions endpoint: never a 5xx, never an error logged, nothing stored when refused.
/// </summary>
public sealed class ChatEndpointFuzzTests(FuzzHostFixture fixture, ITestOutputHelper output) : IClassFixture<FuzzHostFixture>
{
    private FuzzHost Host => fixture.Host;

    [Fact]
    public Task SlackCommands_FuzzedRequests_NeverFailAndRefusalsStoreNothing()
    {
        var seeds = FuzzSeeds.SlackCommands(Host.Slack);
        var forms = seeds.Select(System.Text.Encoding.UTF8.GetString).ToList();
        return FuzzSlackAsync("/slack/commands", ChatInput.For(seeds, ShapeMutator.Form(forms), "application/x-www-form-urlencoded"));
    }

    [Fact]
    public Task SlackInteractions_FuzzedRequests_NeverFailAndRefusalsStoreNothing()
    {
        var forms = FuzzSeeds.SlackInteractionForms(Host.Slack);
        var json = FuzzSeeds.SlackInteractionJson(Host.Slack);
        var shaped = Gen.Frequency(
            (3, ShapeMutator.Json(json).Select(j => "payload=" + Uri.EscapeDataString(j))),
            (1, ShapeMutator.Form(forms)));
        return FuzzSlackAsync("/slack/interactions", ChatInput.For(forms.Select(FuzzHost.Utf8).ToList(), shaped, "application/x-www-form-urlencoded"));
    }

    [Fact]
    public Task SlackEvents_FuzzedRequests_NeverFailAndRefusalsStoreNothing()
    {
        var json = FuzzSeeds.SlackEvents();
        return FuzzSlackAsync("/slack/events", ChatInput.For(json.Select(FuzzHost.Utf8).ToList(), ShapeMutator.Json(json), "application/json"));
    }

    [Fact]
    public async Task DiscordInteractions_FuzzedRequests_NeverFailAndRefusalsStoreNothing()
    {
        var json = FuzzSeeds.DiscordInteractions();
        var tally = new EndpointTally("POST /discord/interactions");

        await ChatInput.For(json.Select(FuzzHost.Utf8).ToList(), ShapeMutator.Json(json), "application/json").SampleAsync(
            async input =>
            {
                var timestamp = input.Signing switch
                {
                    Signing.JunkTimestamp => input.Junk,
                    Signing.Skewed => Host.UnixNow(input.SkewSeconds),
                    _ => Host.UnixNow(),
                };
                var request = FuzzHost.Post("/discord/interactions", input.Body, input.ContentType);
                if (input.Signing != Signing.Missing)
                {
                    var signature = input.Signing == Signing.JunkSignature ? input.Junk : Host.DiscordSignature(timestamp, input.Body);
                    request.Headers.TryAddWithoutValidation("X-Signature-Ed25519", signature);
                    request.Headers.TryAddWithoutValidation("X-Signature-Timestamp", timestamp);
                }

                var status = await Host.SendAsync(request, tally, input.ToString());
                if (input.Signing != Signing.Valid && input.Body.Length <= NetworkBot.Discord.Http.InteractionsEndpoint.MaxBodyBytes) Assert.Equal(401, status);
            },
            iter: FuzzBudget.ChatEndpointInputs, threads: 1, print: input => input.ToString());

        tally.Report(output);
        Assert.Equal(FuzzBudget.ChatEndpointInputs, tally.Tried);
        Assert.InRange(tally.Accepted, 1, tally.Tried - 1);
    }

    private async Task FuzzSlackAsync(string path, Gen<ChatInput> inputs)
    {
        var tally = new EndpointTally("POST " + path);

        await inputs.SampleAsync(
            async input =>
            {
                var timestamp = input.Signing switch
                {
                    Signing.JunkTimestamp => input.Junk,
                    Signing.Skewed => Host.UnixNow(input.SkewSeconds),
                    _ => Host.UnixNow(),
                };
                var request = FuzzHost.Post(path, input.Body, input.ContentType);
                if (input.Signing != Signing.Missing)
                {
                    var signature = input.Signing == Signing.JunkSignature ? input.Junk : FuzzHost.SlackSignature(timestamp, input.Body);
                    request.Headers.TryAddWithoutValidation("X-Slack-Request-Timestamp", timestamp);
                    request.Headers.TryAddWithoutValidation("X-Slack-Signature", signature);
                }

                var status = await Host.SendAsync(request, tally, input.ToString());
                if (input.Signing != Signing.Valid && input.Body.Length <= NetworkBot.Slack.Http.SlackHttpGate.MaxBodyBytes) Assert.Equal(401, status);
            },
            iter: FuzzBudget.ChatEndpointInputs, threads: 1, print: input => input.ToString());

        tally.Report(output);
        Assert.Equal(FuzzBudget.ChatEndpointInputs, tally.Tried);
        Assert.InRange(tally.Accepted, 1, tally.Tried - 1);
    }
}
