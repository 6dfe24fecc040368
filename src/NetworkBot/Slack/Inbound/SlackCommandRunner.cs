using NetworkBot.Core.Commands;
using NetworkBot.Core.Localization;
using NetworkBot.Core.Platform;
using NetworkBot.Core.Replies;
using NetworkBot.Hosting;

namespace NetworkBot.Slack.Inbound;

/// <summary>A command's reply with the member it was for and the texts of their language.</summary>
public sealed record SlackRun(BotReply Reply, SlackMember Member, Texts Texts);

/// <summary>
/// Runs what a member did in Slack as a Core command, exactly as the console does: a slash command is its name plus
/// the typed text; a button press or form submission is a whole command line (<c>/join 3 party:yes</c>).
/// </summary>
public sealed class SlackCommandRunner(CommandExecution execution, SlackMemberDirectory members)
{
    public async Task<SlackRun> RunAsync(SlackInvoker who, string name, string text, CancellationToken cancellationToken)
    {
        var member = await members.GetAsync(who.TeamId, who.UserId, who.UserName, cancellationToken);
        (name, text) = SlackBuiltInCommands.Redirect(name, text, IsTopLevelCommand);
        var command = execution.Dispatcher.Create(name, CommandTextParser.ParseArguments(text), Context(who, member));
        return new SlackRun(await execution.RunAsync(command, cancellationToken), member, Texts.For(member.Language));
    }

    public async Task<SlackRun> RunLineAsync(SlackInvoker who, string commandLine, CancellationToken cancellationToken)
    {
        var member = await members.GetAsync(who.TeamId, who.UserId, who.UserName, cancellationToken);
        var command = execution.Dispatcher.CreateFromText(commandLine, Context(who, member));
        return new SlackRun(await execution.RunAsync(command, cancellationToken), member, Texts.For(member.Language));
    }

    private bool IsTopLevelCommand(string name) =>
        execution.Dispatcher.Definitions.Any(d => d.Subcommand is null && d.Name.Equals(name, StringComparison.OrdinalIgnoreCase));

    private static CommandContext Context(SlackInvoker who, SlackMember member) =>
        new(member.Ref, who.ChannelRefId is { } channel ? new ChannelRef(channel) : null, member.Language, member.IsOrganizer);
}
