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
        services.AddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<StorageOptions>>().Value;
            return new LiteDbContext(options.Path, options.Password, sp.GetRequiredService<ILogger<LiteDbContext>>());
        });
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

    /// <summary>
    /// Opens and checks the data file before the host starts, so a damaged, encrypted or busy file stops the start
    /// with its message alone (the host would log it with a stack trace). False when it cannot be opened.
    /// </summary>
    public static bool OpenStorageOrExplain(this IServiceProvider services, TextWriter errors)
    {
        try
        {
            services.GetRequiredService<LiteDbContext>();
            return true;
        }
        catch (StorageUnavailableException exception)
        {
            errors.WriteLine(exception.Message);
            return false;
        }
    }
}
