using NetworkBot.Core.Commands;
using NetworkBot.Core.Localization;
using NetworkBot.Core.Platform;
using NetworkBot.Core.Replies;
using NetworkBot.Core.Scheduling;
using NetworkBot.Core.Settings;
using NetworkBot.Core.Time;

namespace NetworkBot.Core.Announcements;

/// <summary>
/// <c>/announce create channel:#general text:"…" at:"2026-12-01 09:00"</c> (or <c>repeat:"毎月第1月曜 9:00"</c>, or
/// <c>cron:"0 0 9 ? * MON#1"</c>), organizers only: schedules a post and shows the next three times it will go out.
/// Anything unclear is explained with an example, and nothing is scheduled.
/// </summary>
public sealed class AnnounceCreateCommand(
    IAnnouncementRepository announcements,
    AnnouncementSchedule schedule,
    DeliverySchedule deliveries,
    IChannelDirectory channels,
    ICronSchedule cron,
    BotSettings settings,
    TimeProvider time) : ICommandHandler
{
    public const int TextMaxLength = 2000;
    private static readonly string[] Keys = ["channel", "text", "at", "repeat", "cron"];

    public CommandDefinition Definition { get; } = CommandDefinition.ForOrganizers("announce", "create", Keys);

    public async ValueTask<BotReply> HandleAsync(BotCommand command, CancellationToken cancellationToken)
    {
        var texts = Texts.For(command.Context.Language);
        var args = command.Arguments;
        if (args.Positionals.Count > 0) return BotReply.InvalidInput(texts.UnexpectedWords(args.Positionals, texts.AnnounceCreateExample));

        var now = time.GetUtcNow();
        var errors = args.Options.Keys.Where(k => !Keys.Contains(k, StringComparer.OrdinalIgnoreCase)).Select(k => texts.UnknownOption(k, Keys)).ToList();
        var channel = await ReadChannelAsync(args.Option("channel"), command.Context.Invoker, texts, errors, cancellationToken);

        var text = args.Option("text")?.Trim();
        if (string.IsNullOrEmpty(text)) errors.Add(texts.AnnouncementTextMissing);
        else if (text.Length > TextMaxLength) errors.Add(texts.AnnouncementTextTooLong(TextMaxLength));

        var draft = ReadWhen(args, now, texts, errors);
        if (errors.Count > 0 || draft is null || channel is null)
        {
            return BotReply.InvalidInput(texts.NothingChanged(errors, texts.AnnounceCreateExample));
        }

        var candidate = draft with { ChannelId = channel.Id, Text = text!, CreatedBy = command.Context.Invoker.Id, Language = command.Context.Language, CreatedAt = now };
        var next = schedule.Occurrences(candidate, now, 3);
        if (next.Count == 0)
        {
            return BotReply.InvalidInput(texts.NothingChanged([texts.CronNeverFires(candidate.Cron ?? "")], texts.AnnounceCreateExample));
        }

        var created = await announcements.AddAsync(candidate, cancellationToken);
        await deliveries.AnnouncementChangedAsync(created, cancellationToken);
        return BotReply.Private(
            new TextBlock(texts.AnnouncementScheduled(created.Id, ChannelInput.Display(channel), next.Select(t => texts.DateTime(settings.ToLocal(t))).ToList())),
            new FieldsBlock(
            [
                new(texts.LabelAnnouncementWhen, AnnouncementDescriptions.When(created, texts, settings)),
                new(texts.LabelAnnouncementText, created.Text),
            ]),
            new ActionsBlock([new ReplyButton(texts.ButtonCancelAnnouncement, $"/announce cancel {created.Id}", ButtonStyle.Danger)]));
    }

    private async Task<ChannelRef?> ReadChannelAsync(string? text, MemberRef invoker, Texts texts, List<string> errors, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            errors.Add(texts.AnnouncementChannelMissing);
            return null;
        }

        var channel = ChannelInput.Parse(text, invoker);
        if (channel is null)
        {
            errors.Add(texts.InvalidChannel(text));
            return null;
        }

        if (await channels.ExistsAsync(channel, cancellationToken)) return channel;
        errors.Add(texts.UnknownChannel(ChannelInput.Display(channel), await channels.SuggestionsAsync(channel.Platform, cancellationToken)));
        return null;
    }

    /// <summary>Reads exactly one of at, repeat and cron into an announcement still missing its channel and text.</summary>
    private Announcement? ReadWhen(CommandArguments args, DateTimeOffset now, Texts texts, List<string> errors)
    {
        var given = new[] { "at", "repeat", "cron" }.Where(args.Has).ToList();
        if (given.Count != 1)
        {
            errors.Add(given.Count == 0 ? texts.AnnouncementWhenMissing : texts.AnnouncementWhenTooMany);
            return null;
        }

        var value = args.Option(given[0])!.Trim();
        var draft = new Announcement { ChannelId = "", Text = "", CreatedBy = "" };
        switch (given[0])
        {
            case "at":
                var at = DateTimeInput.ParseDateTime(value, now, settings.TimeZone);
                if (at is null) errors.Add(texts.InvalidAnnounceAt(value));
                else if (at <= now) errors.Add(texts.AnnounceAtInPast(value));
                return at is null ? null : draft with { At = at };
            case "repeat":
                if (RepetitionInput.Parse(value) is { } repetition) return draft with { Cron = repetition.ToCron(), RepeatText = value };
                errors.Add(RepetitionInput.Parse(value + " 9:00") is null ? texts.InvalidRepeat(value) : texts.RepeatNeedsTime(value));
                return null;
            default:
                if (cron.Validate(value) is { } reason)
                {
                    errors.Add(texts.InvalidCron(value, reason));
                    return null;
                }

                return draft with { Cron = value };
        }
    }
}
