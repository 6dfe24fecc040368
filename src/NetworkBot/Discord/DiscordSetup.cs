using Microsoft.Extensions.Options;
using NetworkBot.Core.Members;
using NetworkBot.Core.Settings;
using NetworkBot.Discord.Gateway;
using NetworkBot.Discord.Http;
using NetworkBot.Discord.Rendering;
using NetworkBot.Discord.Rest;
using NetworkBot.Messaging;
using NetworkBot.Net;
using NetworkBot.Observability;

namespace NetworkBot.Discord;

public static class DiscordSetup
{
    /// <summary>
    /// The Discord adapter. Everything is registered always and switches itself off when the Discord settings are
    /// absent, so that configuration read late (tests, environment) decides.
    /// </summary>
    public static IServiceCollection AddDiscord(this IServiceCollection services)
    {
        services.AddOptions<DiscordOptions>()
            .BindConfiguration(DiscordOptions.Section)
            .PostConfigure<IConfiguration>((options, configuration) =>
            {
                // "Discord:OrganizerRoleIds" may be one comma-separated string (handy in environment variables) or a list.
                if (configuration[$"{DiscordOptions.Section}:OrganizerRoleIds"] is { Length: > 0 } list)
                {
                    options.OrganizerRoleIds = list.Split([',', ' ', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
                }
            })
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<DiscordOptions>, DiscordOptionsValidator>();
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<DiscordOptions>>().Value);

        services.AddSingleton(sp => new DiscordSignatureVerifier(sp.GetRequiredService<DiscordOptions>().PublicKey!, sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton(sp => new DiscordRateLimiter(sp.GetRequiredService<TimeProvider>()));
        services.AddTransient(sp => new DiscordRateLimitHandler(
            sp.GetRequiredService<DiscordRateLimiter>(), sp.GetRequiredService<DiscordOptions>().ApiBaseUri, sp.GetRequiredService<BotMetrics>(),
            sp.GetRequiredService<ILogger<DiscordRateLimitHandler>>()));
        services.AddHttpClient<DiscordRestClient>((sp, http) =>
            {
                var options = sp.GetRequiredService<DiscordOptions>();
                http.BaseAddress = options.ApiBaseUri;
                http.Timeout = TimeSpan.FromSeconds(30);
                // Discord asks bots to say who they are: "DiscordBot (URL, version)".
                http.DefaultRequestHeaders.TryAddWithoutValidation("User-Agent", $"DiscordBot ({sp.GetRequiredService<BotSettings>().PublicBaseUrl}, 1.0)");
            })
            .AddHttpMessageHandler<DiscordRateLimitHandler>()
            .RemoveAllLoggers(); // the default request logs would write interaction tokens, which sit in the URL path


        services.AddSingleton<DiscordStateStore>();
        services.AddSingleton<IPlatformMemberState>(sp => sp.GetRequiredService<DiscordStateStore>());
        services.AddSingleton<DiscordMessageRenderer>();
        services.AddSingleton<DiscordAnswers>();
        services.AddSingleton<InteractionMapper>();
        services.AddSingleton<FormFlow>();
        services.AddSingleton<AutocompleteResponder>();
        services.AddSingleton<InteractionProcessor>();
        services.AddSingleton<DiscordBackgroundWork>();
        services.AddHostedService(sp => sp.GetRequiredService<DiscordBackgroundWork>());
        services.AddSingleton<DiscordChatSender>();
        services.AddSingleton<IPlatformSender>(sp => sp.GetRequiredService<DiscordChatSender>());
        services.AddSingleton<CommandRegistrar>();
        services.AddHostedService(sp => sp.GetRequiredService<CommandRegistrar>());

        services.AddSingleton<IWebSocketConnectionFactory, ClientWebSocketConnectionFactory>();
        services.AddSingleton<NewcomerGreeter>();
        services.AddSingleton<DispatchRouter>();
        services.AddSingleton<DiscordGatewayService>();
        services.AddHostedService(sp => sp.GetRequiredService<DiscordGatewayService>());
        return services;
    }

    /// <summary><c>POST /discord/interactions</c> (answers 404 while Discord is off).</summary>
    public static IEndpointRouteBuilder MapDiscord(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost(InteractionsEndpoint.Path, InteractionsEndpoint.HandleAsync);
        return endpoints;
    }

    /// <summary>One line for the start-up summary.</summary>
    public static string Describe(DiscordOptions options)
    {
        if (!options.IsEnabled) return "not configured (set Discord:ApplicationId, Discord:PublicKey and Discord:BotToken to turn it on)";
        var commands = string.IsNullOrWhiteSpace(options.GuildId) ? "commands registered globally" : $"commands registered to server {options.GuildId}";
        var gateway = options.UseGateway ? "Gateway connected (newcomers greeted, interactions also served there)" : "Gateway off";
        return $"on: interactions at POST {InteractionsEndpoint.Path}; {gateway}; {commands}";
    }
}

/// <summary>Stops the start with every wrong Discord setting named.</summary>
internal sealed class DiscordOptionsValidator : IValidateOptions<DiscordOptions>
{
    public ValidateOptionsResult Validate(string? name, DiscordOptions options) =>
        options.Problems() is { Count: > 0 } problems ? ValidateOptionsResult.Fail(problems) : ValidateOptionsResult.Success;
}
