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
        services.AddSingleton<IEventRepository, LiteDbEventRepository>();
        services.AddSingleton<IRegistrationRepository, LiteDbRegistrationRepository>();
        services.AddSingleton<IScheduledSendRepository, LiteDbScheduledSendRepository>();
        services.AddSingleton<IOutbox, LiteDbOutbox>();
        services.AddSingleton<IAnnouncementRepository, LiteDbAnnouncementRepository>();
        services.AddSingleton<IReminderPreferenceRepository, LiteDbReminderPreferenceRepository>();
        services.AddSingleton<IRegistrationEraser, LiteDbRegistrationEraser>();
        services.AddSingleton<IMemberRepository, LiteDbMemberRepository>();
        return services;
    }
}
