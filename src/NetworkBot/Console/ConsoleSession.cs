using System.Text;
using NetworkBot.Core.Commands;
using NetworkBot.Core.Localization;
using NetworkBot.Core.Replies;
using NetworkBot.Hosting;

namespace NetworkBot.Console;

/// <summary>
/// Reads commands one per line, exactly as a Slack member would type them, and prints the replies.
/// Forms are asked one field per line from the same input. Ends at the end of input or on <c>exit</c>.
/// </summary>
public sealed class ConsoleSession(CommandExecution execution, ConsoleOutput output, ConsoleIdentity identity)
{
    private Texts Texts => Texts.For(identity.Language);

    public async Task RunAsync(TextReader input, bool interactive, CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            if (interactive) output.Write("> ");
            var line = await input.ReadLineAsync(cancellationToken);
            if (line is null) break;
            line = line.Trim();
            if (line.Length == 0) continue;
            if (line is "exit" or "quit" or "/exit" or "/quit") break;
            if (!interactive) output.Write($"> {line}\n");
            await RunLineAsync(line, input, interactive, cancellationToken);
        }
    }

    private async Task RunLineAsync(string line, TextReader input, bool interactive, CancellationToken cancellationToken)
    {
        var context = new CommandContext(identity.Member, identity.Channel, identity.Language, identity.IsOrganizer);
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
