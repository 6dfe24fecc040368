using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using NetworkBot.Core.Commands;
using NetworkBot.Core.Events;
using NetworkBot.Core.Help;
using NetworkBot.Core.Settings;
using NetworkBot.Observability;
using NetworkBot.Web;

namespace NetworkBot.Hosting;

public static class CoreSetup
{
    /// <summary>Core's services and every command handler, the same for the service and the console.</summary>
    public static IServiceCollection AddNetworkBotCore(this IServiceCollection services)
    {
        services.AddOptions<BotOptions>().BindConfiguration(BotOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<BotOptions>, BotOptionsValidator>();
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<BotOptions>>().Value.ToSettings());
        services.TryAddSingleton(TimeProvider.System);
        services.AddObservability();

        services.AddSingleton<EventLocks>();
        services.AddSingleton<EventCards>();
        services.AddSingleton<EventForms>();
        services.AddSingleton<EventFieldsReader>();
        services.AddSingleton<RegistrantNotifier>();
        services.AddSingleton<RegistrationService>();
        services.AddSingleton<MemberOverview>();

        services.AddSingleton<ICommandHandler, EventsCommand>();
        services.AddSingleton<ICommandHandler, EventShowCommand>();
        services.AddSingleton<ICommandHandler, EventCreateCommand>();
        services.AddSingleton<ICommandHandler, EventEditCommand>();
        services.AddSingleton<ICommandHandler, EventCancelCommand>();
        services.AddSingleton<ICommandHandler, EventAttendeesCommand>();
        services.AddSingleton<ICommandHandler, JoinCommand>();
        services.AddSingleton<ICommandHandler, LeaveCommand>();
        services.AddSingleton<ICommandHandler, HelpCommand>();
        services.AddMembersAndOnboarding();
        services.AddSingleton<CommandDispatcher>();
        services.AddSingleton<CommandExecution>();
        services.AddPublicWeb(); // /event attendees prints signed CSV links, in the console too
        return services;
    }
}

/// <summary>Stops the start with a message naming the wrong key.</summary>
internal sealed class BotOptionsValidator : IValidateOptions<BotOptions>
{
    public ValidateOptionsResult Validate(string? name, BotOptions options)
    {
        try
        {
            options.ToSettings();
            return ValidateOptionsResult.Success;
        }
        catch (InvalidOperationException exception)
        {
            return ValidateOptionsResult.Fail(exception.Message);
        }
    }
}
