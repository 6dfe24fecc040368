using NetworkBot.Core.Commands;
using NetworkBot.Core.Localization;
using NetworkBot.Core.Replies;

namespace NetworkBot.Core.Members;

/// <summary>
/// <c>/profile delete</c>: says what will be erased and asks for confirmation with a button (<c>confirm:yes</c>);
/// then erases the profile, reminder settings, delivery records and unfinished forms, and the personal fields of the
/// member's registrations.
/// </summary>
public sealed class ProfileDeleteCommand(MemberErasure erasure) : ICommandHandler
{
    public const string ConfirmCommand = "/profile delete confirm:yes";

    public CommandDefinition Definition { get; } = CommandDefinition.ForEveryone("profile", "delete", "confirm");

    public async ValueTask<BotReply> HandleAsync(BotCommand command, CancellationToken cancellationToken)
    {
        var texts = Texts.For(command.Context.Language);
        var memberId = command.Context.Invoker.Id;
        if (YesNo.Parse(command.Arguments.Option("confirm")) != true)
        {
            var preview = await erasure.PreviewAsync(memberId, cancellationToken);
            if (!preview.HasAnything) return BotReply.PrivateText(texts.NothingToErase);
            return BotReply.Private(
                new TextBlock(texts.ConfirmErase(preview.HasProfile, preview.UpcomingRegistrations, preview.OtherRegistrations, preview.HasReminderSettings, preview.HasUnfinishedForms)),
                new ActionsBlock([new ReplyButton(texts.ButtonConfirmErase, ConfirmCommand, ButtonStyle.Danger)]));
        }

        var erased = await erasure.EraseAsync(memberId, cancellationToken);
        return erased.HasAnything ? BotReply.PrivateText(texts.Erased(erased.UpcomingRegistrations, erased.OtherRegistrations)) : BotReply.PrivateText(texts.NothingToErase);
    }
}
