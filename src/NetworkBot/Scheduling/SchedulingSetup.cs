using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using NetworkBot.Core.Announcements;
using NetworkBot.Core.Commands;
using NetworkBot.Core.Events;
using NetworkBot.Core.Members;
using NetworkBot.Core.Platform;
using NetworkBot.Core.Scheduling;
using NetworkBot.Core.Settings;
using NetworkBot.Hosting;
using NetworkBot.Messaging;
using Quartz;

namespace NetworkBot.Scheduling;

public static class SchedulingSetup
{
    /// <summary>
    /// Reminders and announcements: Quartz (in memory; the stored records are the truth and triggers are derived from
    /// them), the outbox sender, and the commands that manage them. The same for the service and the console.
    /// <paramref name="configureQuartz"/> adds to Quartz's setup (tests hand it a fake clock with <c>UseTimeProvider</c>).
    /// </summary>
    public static IServiceCollection AddScheduling(this IServiceCollection services, Action<IQuartzBuilder>? configureQuartz = null)
    {
        services.AddOptions<SchedulingOptions>().BindConfiguration(SchedulingOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<SchedulingOptions>, SchedulingOptionsValidator>();
        services.AddSingleton(sp => SchedulingSettings.Default with { MisfireGrace = sp.GetRequiredService<IOptions<SchedulingOptions>>().Value.MisfireGrace });
        // The default reminder offsets are a scheduling setting; Core reads them from its bot settings.
        services.Replace(ServiceDescriptor.Singleton(sp => sp.GetRequiredService<IOptions<BotOptions>>().Value.ToSettings() with
        {
            DefaultReminderOffsets = sp.GetRequiredService<IOptions<SchedulingOptions>>().Value.DefaultReminderOffsets(),
        }));

        services.AddSingleton<EventReminders>();
        services.AddSingleton<AnnouncementSchedule>();
        services.AddSingleton<DeliverySchedule>();
        services.AddSingleton(sp => ActivatorUtilities.CreateInstance<OutboxDispatcher>(sp, sp.GetRequiredService<PlatformRouter>()));
        services.AddSingleton<OutboxSignal>();
        services.AddSingleton<IOutboxSignal>(sp => sp.GetRequiredService<OutboxSignal>());
        services.AddSingleton<ITriggerScheduler, QuartzTriggerScheduler>();
        services.AddSingleton<ICronSchedule, QuartzCronSchedule>();
        services.AddSingleton<IEventScheduleListener, EventScheduleListener>();
        services.TryAddSingleton<IChannelDirectory, ChannelDirectory>();
        services.AddSingleton<IPlatformChannels>(new MentionedChannels(ChatPlatform.Slack));
        services.AddSingleton<IPlatformChannels>(new MentionedChannels(ChatPlatform.Discord));

        services.AddSingleton<ICommandHandler, EventRemindersCommand>();
        services.AddSingleton<ICommandHandler, RemindCommand>();
        services.AddSingleton<ICommandHandler, ProfileRemindersCommand>();
        services.AddSingleton<ICommandHandler, AnnounceCreateCommand>();
        services.AddSingleton<ICommandHandler, AnnounceListCommand>();
        services.AddSingleton<ICommandHandler, AnnounceCancelCommand>();

        services.AddQuartz(q =>
        {
            q.UseInMemoryStore();
            q.AddJob<FireScheduledSendJob>(j => j.WithIdentity(JobKeys.FireScheduledSend).StoreDurably());
            configureQuartz?.Invoke(q);
        });
        services.AddQuartzHostedService(o => o.WaitForJobsToComplete = true);
        services.AddHostedService<ScheduleStartup>();
        services.AddHostedService<OutboxSenderService>();
        return services;
    }
}

/// <summary>Stops the start with a message naming the wrong key.</summary>
internal sealed class SchedulingOptionsValidator : IValidateOptions<SchedulingOptions>
{
    public ValidateOptionsResult Validate(string? name, SchedulingOptions options)
    {
        try
        {
            options.Validate();
            return ValidateOptionsResult.Success;
        }
        catch (InvalidOperationException exception)
        {
            return ValidateOptionsResult.Fail(exception.Message);
        }
    }
}
