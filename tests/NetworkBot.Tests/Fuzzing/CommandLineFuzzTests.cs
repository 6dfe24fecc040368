using CsCheck;
using Microsoft.Extensions.DependencyInjection;
using NetworkBot.Console;
using NetworkBot.Core.Commands;
using NetworkBot.Core.Localization;
using NetworkBot.Core.Platform;
using NetworkBot.Core.Replies;
using NetworkBot.Core.Text;
using NetworkBot.Hosting;
using Xunit.Abstractions;

namespace NetworkBot.Tests.Fuzzing;

/// <summary>
/// Random and mutated command lines (lone surrogates, full-width IME text, control characters, huge values, stray
/// quotes) typed at the console by a member, an organizer and a newcomer, to every command with every handler
/// registered, and into the guided conversations they open: never the generic failure reply, never an error logged,
/// nothing stored by a refused or invalid command, and nothing unreadable in a reply.
/// </summary>
public sealed class CommandLineFuzzTests(FuzzHostFixture fixture, ITestOutputHelper output) : IClassFixture<FuzzHostFixture>
{
    private static readonly string[] FailureReplies = [Texts.For(Language.Ja).SomethingWentWrong, Texts.For(Language.En).SomethingWentWrong];

    private FuzzHost Host => fixture.Host;

    [Fact]
    public async Task CommandLines_FuzzedAsMemberAndOrganizer_AnsweredCalmlyAndRefusalsStoreNothing()
    {
        var commands = Host.Services.GetRequiredService<CommandExecution>().Dispatcher.Definitions.ToList();
        var tally = new Dictionary<string, int>(StringComparer.Ordinal);

        await CommandLineInput.For(commands).SampleAsync(
            async input =>
            {
                var outcome = await TypeAsync(input);
                lock (tally) tally[outcome] = tally.GetValueOrDefault(outcome) + 1;
            },
            iter: FuzzBudget.CommandLines, threads: 1, print: input => input.ToString());

        output.WriteLine($"command lines: {FuzzBudget.CommandLines} typed to {commands.Count} commands / "
            + string.Join(" / ", tally.OrderBy(t => t.Key, StringComparer.Ordinal).Select(t => $"{t.Key} {t.Value}")) + " / failed 0");
        Assert.Equal(FuzzBudget.CommandLines, tally.Values.Sum());
        Assert.All(["ok", "refused", "invalid_input", "conversation"], outcome => Assert.True(tally.GetValueOrDefault(outcome) > 0, $"no input was {outcome}"));
    }

    /// <summary>
    /// Types one line as the console does (<see cref="ConsoleSession"/>): trimmed, handed to the member's open
    /// conversation if there is one, otherwise run as a command. Checks the properties and says what became of it.
    /// </summary>
    private async Task<string> TypeAsync(CommandLineInput input)
    {
        if (IdentityOf(input) is not { } identity) return "name_refused";
        var context = new CommandContext(identity.Member, identity.Channel, identity.Language, identity.IsOrganizer);
        var line = input.Line.Trim();
        var errors = Host.Errors.Count;
        var before = Host.Snapshot();

        var conversations = Host.Services.GetRequiredService<ConversationExecution>();
        var turn = conversations.IsInConversation(context.Invoker.Id) ? await conversations.ContinueAsync(context, line, CancellationToken.None) : null;
        BotReply? reply = turn;
        if (reply is null && line.Length > 0)
        {
            var execution = Host.Services.GetRequiredService<CommandExecution>();
            reply = await execution.RunAsync(execution.Dispatcher.CreateFromText(line, context), CancellationToken.None);
        }

        await Host.SettleAsync();
        if (Host.Errors.Since(errors) is { Count: > 0 } logged) throw new FuzzFailure($"error logged for {input}:\n{string.Join("\n", logged)}");
        if (reply is null) return "empty";

        var shown = PlainTextRenderer.Render(reply);
        if (FailureReplies.Any(failure => shown.Contains(failure, StringComparison.Ordinal))) throw new FuzzFailure($"the failure reply for {input}");
        if (WellFormedText.Repair(shown) != shown) throw new FuzzFailure($"a lone surrogate in the reply to {input}");
        if (turn is not null) return "conversation";

        var outcome = reply.Outcome switch { CommandOutcome.Refused => "refused", CommandOutcome.InvalidInput => "invalid_input", _ => "ok" };
        if (reply.Outcome != CommandOutcome.Ok && Host.Snapshot() is var after && !before.Equals(after))
        {
            throw new FuzzFailure($"{outcome} but the store changed ({before.Difference(after)}) for {input}");
        }

        return outcome;
    }

    /// <summary>Who types, as the console reads <c>--as NAME --organizer --lang</c>; null when it refuses the name at start.</summary>
    private static ConsoleIdentity? IdentityOf(CommandLineInput input)
    {
        List<string> args = ["console", "--as", input.Member, "--lang", input.Language == Language.En ? "en" : "ja"];
        if (input.IsOrganizer) args.Add("--organizer");
        try
        {
            return ConsoleIdentity.FromArguments(args, Language.Ja);
        }
        catch (InvalidOperationException refused) when (refused.Message.StartsWith("--as NAME", StringComparison.Ordinal))
        {
            if (input.Member.Trim().Length <= ConsoleIdentity.MaxNameLength) throw new FuzzFailure($"the name was refused for {input}");
            return null;
        }
    }
}
