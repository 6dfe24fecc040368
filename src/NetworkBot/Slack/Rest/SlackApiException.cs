namespace NetworkBot.Slack.Rest;

/// <summary>
/// A Slack Web API call that did not succeed: <c>ok:false</c> with Slack's error code (<c>channel_not_found</c>,
/// <c>ratelimited</c>, <c>invalid_auth</c> …), or an HTTP failure reported as <c>http_STATUS</c>.
/// </summary>
public sealed class SlackApiException(string method, string error, Exception? inner = null)
    : Exception($"Slack {method} failed: {error}", inner)
{
    public string Method { get; } = method;

    public string Error { get; } = error;
}
