namespace NetworkBot.Observability;

public static class ObservabilitySetup
{
    /// <summary>The bot's metrics and the connection states <c>/health</c> reports; the same in the service and the console.</summary>
    public static IServiceCollection AddObservability(this IServiceCollection services)
    {
        services.AddMetrics();
        services.AddSingleton<BotMetrics>();
        services.AddSingleton<PlatformConnections>();
        services.AddHostedService<OutboxGauges>();
        return services;
    }
}
