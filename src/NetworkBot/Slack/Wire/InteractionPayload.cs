using System.Text.Json;

namespace NetworkBot.Slack.Wire;

/// <summary>
/// The JSON in an interactivity request's <c>payload</c> field: button presses (<c>block_actions</c>), modal
/// submissions (<c>view_submission</c>), closed modals and shortcuts. Only the fields the bot uses are read.
/// </summary>
internal sealed class InteractionPayload
{
    public string? Type { get; init; }

    /// <summary>Null when the app is installed for a whole Enterprise Grid org; the user's team id is used then.</summary>
    public SlackTeamRef? Team { get; init; }

    public SlackUserRef? User { get; init; }

    public SlackChannelRef? Channel { get; init; }

    public InteractionContainer? Container { get; init; }

    public List<BlockAction>? Actions { get; init; }

    public SlackView? View { get; init; }

    public string? ResponseUrl { get; init; }

    public string? TriggerId { get; init; }

    public string? CallbackId { get; init; }

    public string? TeamId => Team?.Id ?? User?.TeamId;
}

internal sealed class InteractionContainer
{
    /// <summary><c>message</c>, <c>message_attachment</c> or <c>view</c> (a modal or the App Home).</summary>
    public string? Type { get; init; }

    public string? ChannelId { get; init; }

    public string? MessageTs { get; init; }

    public string? ThreadTs { get; init; }

    public string? ViewId { get; init; }

    public bool? IsEphemeral { get; init; }
}

internal sealed class BlockAction
{
    public string? ActionId { get; init; }

    public string? BlockId { get; init; }

    public string? Type { get; init; }

    public string? Value { get; init; }

    public string? ActionTs { get; init; }
}

internal sealed class SlackView
{
    public string? Id { get; init; }

    public string? TeamId { get; init; }

    /// <summary><c>modal</c> or <c>home</c>.</summary>
    public string? Type { get; init; }

    public string? CallbackId { get; init; }

    public string? PrivateMetadata { get; init; }

    public SlackText? Title { get; init; }

    public string? Hash { get; init; }

    public string? RootViewId { get; init; }

    public ViewState? State { get; init; }
}

internal sealed class ViewState
{
    /// <summary>block_id → action_id → the element's state (its shape depends on the element type).</summary>
    public Dictionary<string, Dictionary<string, JsonElement>>? Values { get; init; }
}

internal sealed class SlackText
{
    public string? Type { get; init; }

    public string? Text { get; init; }
}
