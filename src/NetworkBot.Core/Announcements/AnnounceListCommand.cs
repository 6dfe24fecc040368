using NetworkBot.Core.Commands;
using NetworkBot.Core.Localization;
using NetworkBot.Core.Platform;
using NetworkBot.Core.Replies;
using NetworkBot.Core.Settings;

namespace NetworkBot.Core.Announcements;

/// <summary><c>/announce list</c> (organizers): the announcements still to go out, soonest first, each with a button to cancel it.</summary>
public sealed class AnnounceListCommand(IAnnouncementRepository announcements, AnnouncementSchedule schedule, BotSettings settings, TimeProvider time)
    : ICommandHandler
{
    private const int PreviewLength = 60;

    public CommandDefinition Definition { get; } = CommandDefinition.ForOrganizers("announce", "list");

    public async ValueTask<BotReply> HandleAsync(BotCommand command, CancellationToken cancellationToken)
    {
        var texts = Texts.For(command.Context.Language);
        var now = time.GetUtcNow();
        var upcoming = (await announcements.ListActiveAsync(cancellationToken))
            .Select(a => (Announcement: a, Next: schedule.Occurrences(a, now, 1).FirstOrDefault()))
            .Where(x => x.Next != default)
            .OrderBy(x => x.Next)
            .ToList();
        if (upcoming.Count == 0) return BotReply.PrivateText(texts.NoAnnouncements);

        var blocks = new List<ReplyBlock> { new HeadingBlock(texts.AnnouncementsHeading(upcoming.Count)) };
        foreach (var (a, next) in upcoming)
        {
            var preview = a.Text.Length > PreviewLength ? a.Text[..PreviewLength] + "…" : a.Text;
            blocks.Add(new TextBlock(texts.AnnouncementListEntry(
                a.Id, ChannelInput.Display(a.Channel), AnnouncementDescriptions.When(a, texts, settings), texts.DateTime(settings.ToLocal(next)), preview)));
            blocks.Add(new ActionsBlock([new ReplyButton(texts.ButtonCancelAnnouncement, $"/announce cancel {a.Id}", ButtonStyle.Danger)]));
        }

        return BotReply.Private([.. blocks]);
    }
}
