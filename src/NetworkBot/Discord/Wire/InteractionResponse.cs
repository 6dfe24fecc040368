namespace NetworkBot.Discord.Wire;

/// <summary>Interaction callback types (how the bot answers).</summary>
internal static class CallbackType
{
    public const int Pong = 1;
    public const int ChannelMessage = 4;
    public const int DeferredChannelMessage = 5;
    public const int AutocompleteResult = 8;
    public const int Modal = 9;
}

/// <summary>An answer to an interaction: <c>{type, data}</c>, where data is a message, autocomplete choices or a modal.</summary>
internal sealed record InteractionResponse(int Type, object? Data = null)
{
    public static readonly InteractionResponse Pong = new(CallbackType.Pong);

    public static InteractionResponse Message(MessagePayload message) => new(CallbackType.ChannelMessage, message);

    public static InteractionResponse Deferred(bool ephemeral) =>
        new(CallbackType.DeferredChannelMessage, ephemeral ? new DeferredData(MessageFlags.Ephemeral) : null);

    public static InteractionResponse Choices(IReadOnlyList<CommandChoice> choices) => new(CallbackType.AutocompleteResult, new AutocompleteData(choices));

    public static InteractionResponse Modal(ModalData modal) => new(CallbackType.Modal, modal);
}

internal sealed record DeferredData(int Flags);

internal sealed record AutocompleteData(IReadOnlyList<CommandChoice> Choices);

internal sealed record ModalData(string CustomId, string Title, IReadOnlyList<object> Components);
