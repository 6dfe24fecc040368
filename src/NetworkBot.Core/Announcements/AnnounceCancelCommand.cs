using NetworkBot.Core.Commands;
using NetworkBot.Core.Events;
using NetworkBot.Core.Localization;
using NetworkBot.Core.Replies;
using NetworkBot.Core.Scheduling;

namespace NetworkBot.Core.Announcements;

/// <summary><c>/announce cancel ID</c> (organizers): stops an announcement; nothing more of it goes out.</summary>
public sealed class AnnounceCancelCommand(IAnnouncementRepository announcements, DeliverySchedule deliveries) : ICommandHandler
{
    private const string Usage = "/announce cancel 3";

    public CommandDefinition Definition { get; } = CommandDefinition.ForOrganizers("announce", "cancel", "id");

    public async ValueTask<BotReply> HandleAsync(BotCommand command, CancellationToken cancellationToken)
    {
        var texts = Texts.For(command.Context.Language);
        var idText = command.Arguments.Option("id") ?? command.Arguments.Positional(0);
        if (idText is null) return BotReply.InvalidInput(texts.AnnouncementIdMissing(Usage));
        if (EventIds.Parse(idText) is not { } id) return BotReply.InvalidInput(texts.AnnouncementIdInvalid(idText, Usage));
        if (await announcements.GetAsync(id, cancellationToken) is not { } found) return BotReply.InvalidInput(texts.AnnouncementNotFound(id));
        if (found.IsCancelled) return BotReply.PrivateText(texts.AnnouncementAlreadyCancelled(id));

        var cancelled = found with { IsCancelled = true };
        await announcements.UpdateAsync(cancelled, cancellationToken);
        await deliveries.AnnouncementChangedAsync(cancelled, cancellationToken);
        return BotReply.PrivateText(texts.AnnouncementCancelled(id));
    }
}
