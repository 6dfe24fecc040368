using System.Text;
using NetworkBot.Core.Commands;
using NetworkBot.Core.Localization;
using NetworkBot.Core.Replies;
using NetworkBot.Hosting;

namespace NetworkBot.Console;

/// <summary>
/// Reads commands one per line, exactly as a Slack member would type them, and prints the replies.
/// Forms are asked one field per line from the same input. Ends at the end of input or on <c>exit</c>.
/// While the member is in a conversation (the guided <c>/introduce</c>), each line is their answer, an empty one too.
/// The first command of a name the bot has never met brings the welcome.
/// </summary>
public sealed class ConsoleSession(CommandExecution execution, ConsoleOutput output, ConsoleIdentity identity, ConversationExecution? conversations = null)
{
    private bool _greeted;

    private Texts Texts => Texts.For(identity.Language);

    private CommandContext Context => new(identity.Member, identity.Channel, identity.Language, identity.IsOrganizer);

    public async Task RunAsync(TextReader input, bool interactive, CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            if (interactive) output.Write("> ");
            var line = await input.ReadLineAsync(cancellationToken);
            if (line is null) break;
            line = line.Trim();
            if (line is "exit" or "quit" or "/exit" or "/quit") break;
            if (await ContinueConversationAsync(line, interactive, cancellationToken)) continue;
            if (line.Length == 0) continue;
            if (!interactive) output.Write($"> {line}\n");
            if (!_greeted && conversations is not null)
            {
                // Someone whose first command is /introduce is already doing what the welcome would invite them to.
                _greeted = true;
                if (!line.StartsWith("/introduce", StringComparison.OrdinalIgnoreCase)) await conversations.GreetIfNewAsync(Context, cancellationToken);
            }

            await RunLineAsync(line, input, interactive, cancellationToken);
        }
    }

    /// <summary>Gives the line to the member's open conversation; false when there is none.</summary>
    private async Task<bool> ContinueConversationAsync(string line, bool interactive, CancellationToken cancellationToken)
    {
        if (conversations is null || !conversations.IsInConversation(identity.Member.Id)) return false;
        if (!interactive) output.Write($"> {line}\n");
        var reply = await conversations.ContinueAsync(Context, line, cancellationToken);
        if (reply is null) return false;
        output.WriteBlock(PlainTextRenderer.Render(reply));
        return true;
    }

    private async Task RunLineAsync(string line, TextReader input, bool interactive, CancellationToken cancellationToken)
    {
        var context = Context;
        var reply = await execution.RunAsync(execution.Dispatcher.CreateFromText(line, context), cancellationToken);
        if (reply.Blocks.Count > 0) output.WriteBlock(PlainTextRenderer.Render(reply));
        if (reply.Form is not { } form) return;

        var submit = await FillAsync(form, input, interactive, cancellationToken);
        if (submit is null)
        {
            output.WriteBlock(Texts.FormCancelled);
            return;
        }

        var submitted = await execution.RunAsync(execution.Dispatcher.CreateFromText(submit, context), cancellationToken);
        output.WriteBlock(PlainTextRenderer.Render(submitted));
    }

    /// <summary>Asks each field in turn and returns the command the form submits, or null when stopped.</summary>
    private async Task<string?> FillAsync(ReplyForm form, TextReader input, bool interactive, CancellationToken cancellationToken)
    {
        output.WriteBlock(Texts.FormIntro(form.Title));
        var command = new StringBuilder(form.SubmitCommand);
        foreach (var field in form.Fields)
        {
            var hint = field.Kind switch
            {
                FormFieldKind.Choice when field.Choices is { } choices => Texts.FormChoicesHint(choices.Select(c => $"{c.Label}={c.Value}")),
                FormFieldKind.YesNo => Texts.FormChoicesHint(["yes", "no"]),
                _ => null,
            };
            if (hint is not null) output.Write(hint + "\n");

            while (true)
            {
                output.Write(Texts.FormFieldPrompt(field.Label, field.Required, field.Placeholder, field.Value) + " ");
                var answer = await input.ReadLineAsync(cancellationToken);
                if (answer is null || answer.Trim() is "/cancel" or "/キャンセル") return null;
                if (!interactive) output.Write(answer + "\n");
                answer = answer.Trim();
                if (answer.Length == 0 && field.Required && field.Value is null)
                {
                    output.Write(Texts.FormRequiredAgain + "\n");
                    continue;
                }

                if (answer.Length > 0)
                {
                    var value = field.Choices?.FirstOrDefault(c => c.Label == answer)?.Value ?? answer;
                    command.Append($" {field.Key}:{CommandTextParser.Quote(value)}");
                }

                break;
            }
        }

        output.Write("\n");
        return command.ToString();
    }
}
