using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using NetworkBot.Core.Announcements;
using NetworkBot.Core.Events;
using NetworkBot.Core.Members;
using NetworkBot.Core.Scheduling;

namespace NetworkBot.Storage;

public static class StorageSetup
{
    public static IServiceCollection AddStorage(this IServiceCollection services)
    {
        services.AddOptions<StorageOptions>().BindConfiguration(StorageOptions.Section)
            .Validate(o => !string.IsNullOrWhiteSpace(o.Path), "Storage:Path must name a file.")
            .ValidateOnStart();
        services.AddSingleton(sp => new LiteDbContext(sp.GetRequiredService<IOptions<StorageOptions>>().Value.Path));
        // Writes to events and registrations are counted, so that the kept list of upcoming events knows when to reread.
        services.TryAddSingleton<EventChanges>();
        services.AddSingleton<IEventRepository>(sp =>
            new ChangeRecordingEventRepository(new LiteDbEventRepository(sp.GetRequiredService<LiteDbContext>()), sp.GetRequiredService<EventChanges>()));
        services.AddSingleton<IRegistrationRepository>(sp =>
            new ChangeRecordingRegistrationRepository(new LiteDbRegistrationRepository(sp.GetRequiredService<LiteDbContext>()), sp.GetRequiredService<EventChanges>()));
        services.AddSingleton<IScheduledSendRepository, LiteDbScheduledSendRepository>();
        services.AddSingleton<IOutbox, LiteDbOutbox>();
        services.AddSingleton<IAnnouncementRepository, LiteDbAnnouncementRepository>();
        services.AddSingleton<IReminderPreferenceRepository, LiteDbReminderPreferenceRepository>();
        services.AddSingleton<IRegistrationEraser>(sp =>
            new ChangeRecordingRegistrationEraser(new LiteDbRegistrationEraser(sp.GetRequiredService<LiteDbContext>()), sp.GetRequiredService<EventChanges>()));
        services.AddSingleton<IMemberRepository, LiteDbMemberRepository>();
        return services;
    }
}
