using System.Text.Json.Nodes;

namespace NetworkBot.Slack.Rendering;

/// <summary>A rendered message: Block Kit blocks plus the plain fallback text Slack shows in notifications.</summary>
public sealed record SlackMessage(JsonArray Blocks, string Text)
{
    /// <summary>A fresh JSON body (blocks copied, so one rendering can be sent more than once).</summary>
    public JsonObject ToJson() => new()
    {
        ["text"] = Text,
        ["blocks"] = Blocks.DeepClone(),
        ["unfurl_links"] = false,
        ["unfurl_media"] = false,
    };

    /// <summary>The body for a slash command's answer or a <c>response_url</c> post.</summary>
    public JsonObject ToResponse(bool inChannel) => new()
    {
        ["response_type"] = inChannel ? "in_channel" : "ephemeral",
        ["replace_original"] = false,
        ["text"] = Text,
        ["blocks"] = Blocks.DeepClone(),
    };
}
