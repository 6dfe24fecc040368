using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using NetworkBot.Core.Announcements;
using NetworkBot.Core.Events;
using NetworkBot.Core.Members;
using NetworkBot.Core.Scheduling;
using NetworkBot.Hosting;

namespace NetworkBot.Storage;

public static class StorageSetup
{
    /// <summary>
    /// The data file and the repositories over it. With <paramref name="checkInBackground"/> (the service) the start reads
    /// only the quick part of the file and the rest is read once started; otherwise (console, tools) all of it first.
    /// </summary>
    public static IServiceCollection AddStorage(this IServiceCollection services, bool checkInBackground = false)
    {
        services.AddOptions<StorageOptions>().BindConfiguration(StorageOptions.Section)
            .Validate(o => !string.IsNullOrWhiteSpace(o.Path), "Storage:Path must name a file.")
            .ValidateOnStart();
        services.AddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<StorageOptions>>().Value;
            return new LiteDbContext(options.Path, options.Password, sp.GetRequiredService<ILogger<LiteDbContext>>(), fullCheck: !checkInBackground);
        });
        services.AddSingleton(new DataFileCheckStatus(passedAtOpen: !checkInBackground));
        if (checkInBackground) services.AddAfterStartTask<DataFileReadThrough>();
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
