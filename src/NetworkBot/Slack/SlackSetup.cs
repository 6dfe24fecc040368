using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using NetworkBot.Messaging;
using NetworkBot.Net;
using NetworkBot.Slack.Http;
using NetworkBot.Slack.Inbound;
using NetworkBot.Slack.Outbound;
using NetworkBot.Slack.Rendering;
using NetworkBot.Slack.Rest;
using NetworkBot.Slack.SocketMode;

namespace NetworkBot.Slack;

public static class SlackSetup
{
    /// <summary>
    /// The Slack adapter. It is always registered and decides from its settings at run time: without them it stays
    /// silent (endpoints answer 404, no socket is opened); with wrong ones the start stops naming the key.
    /// </summary>
    public static IServiceCollection AddSlack(this IServiceCollection services)
    {
        services.AddOptions<SlackOptions>().BindConfiguration(SlackOptions.Section).Configure<IConfiguration>(ReadOrganizerList).ValidateOnStart();
        services.AddSingleton<IValidateOptions<SlackOptions>, SlackOptionsValidator>();
        services.AddHttpClient(SlackWebApiClient.HttpClientName, client => client.Timeout = TimeSpan.FromSeconds(30)).RemoveAllLoggers();
        services.TryAddSingleton<IWebSocketConnectionFactory, ClientWebSocketConnectionFactory>();

        services.AddSingleton<SlackMessagePacer>();
        services.AddSingleton<SlackWebApiClient>();
        services.AddSingleton<SlackSignatureVerifier>();
        services.AddSingleton<SlackHttpGate>();
        services.AddSingleton<BlockKitRenderer>();
        services.AddSingleton<SlackAnswers>();
        services.AddSingleton<SlackViews>();
        services.AddSingleton<SlackMemberDirectory>();
        services.AddSingleton<SlackCommandRunner>();
        services.AddSingleton<SlackEventDeduplicator>();
        services.AddSingleton<SlackDirectMessages>();
        services.AddSingleton<SlackReplyDelivery>();
        services.AddSingleton<SlackAppHome>();
        services.AddSingleton<SlackNewMemberGreeter>();
        services.AddSingleton<SlackCommandHandler>();
        services.AddSingleton<SlackInteractionHandler>();
        services.AddSingleton<SlackEventHandler>();
        services.AddSingleton<SlackEnvelopeHandler>();
        services.AddSingleton<SlackFollowUps>();
        services.AddHostedService(sp => sp.GetRequiredService<SlackFollowUps>());
        services.AddHostedService<SlackSocketModeService>();
        services.AddSingleton<IPlatformSender, SlackChatSender>();
        return services;
    }

    /// <summary><c>POST /slack/commands</c>, <c>/slack/interactions</c>, <c>/slack/events</c>.</summary>
    public static IEndpointRouteBuilder MapSlack(this IEndpointRouteBuilder endpoints)
    {
        SlackEndpoints.Map(endpoints);
        return endpoints;
    }

    /// <summary>One line for the startup log: whether Slack is on, and how it receives requests.</summary>
    public static string Describe(IServiceProvider services)
    {
        var options = services.GetRequiredService<IOptions<SlackOptions>>().Value;
        if (!options.IsEnabled) return "not configured (set Slack:BotToken with Slack:AppToken for Socket Mode, or Slack:SigningSecret for HTTP, to turn it on)";
        var ways = new List<string>();
        if (options.HttpEnabled) ways.Add("HTTP at /slack/commands, /slack/interactions, /slack/events");
        if (options.SocketModeEnabled) ways.Add("Socket Mode");
        var organizers = options.OrganizerIds.Count;
        return $"on ({string.Join(" and ", ways)}); organizers: workspace admins and owners" + (organizers > 0 ? $" plus {organizers} listed user(s)" : "");
    }

    /// <summary>Slack:OrganizerUserIds may also be written as a list (<c>"OrganizerUserIds": ["U1", "U2"]</c>).</summary>
    private static void ReadOrganizerList(SlackOptions options, IConfiguration configuration)
    {
        var section = configuration.GetSection($"{SlackOptions.Section}:{nameof(SlackOptions.OrganizerUserIds)}");
        var listed = section.GetChildren().Select(c => c.Value).OfType<string>().ToList();
        if (string.IsNullOrWhiteSpace(options.OrganizerUserIds) && listed.Count > 0) options.OrganizerUserIds = string.Join(",", listed);
    }
}

/// <summary>Stops the start when Slack settings are present but wrong, naming each key.</summary>
internal sealed class SlackOptionsValidator : IValidateOptions<SlackOptions>
{
    public ValidateOptionsResult Validate(string? name, SlackOptions options)
    {
        var problems = options.Problems();
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
