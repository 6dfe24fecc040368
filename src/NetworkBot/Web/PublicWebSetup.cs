using Microsoft.Extensions.Options;
using NetworkBot.Core.Events;
using NetworkBot.Core.Publishing;
using NetworkBot.Core.Settings;
using NetworkBot.Storage;

namespace NetworkBot.Web;

public static class PublicWebSetup
{
    /// <summary>
    /// The public page, calendar, feed and signed attendee links. The console needs the links too (it prints them
    /// under <c>/event attendees</c>), so both hosts register this.
    /// </summary>
    public static IServiceCollection AddPublicWeb(this IServiceCollection services)
    {
        services.AddOptions<LinkSigningOptions>().BindConfiguration("Bot")
            .Validate(
                o => string.IsNullOrEmpty(o.LinkSigningKey) || o.LinkSigningKey.Length >= LinkSigningOptions.MinimumLength,
                $"Bot:LinkSigningKey must be at least {LinkSigningOptions.MinimumLength} characters (a long random string), or left out to let the bot make one.")
            .ValidateOnStart();
        services.AddSingleton<LiteDbSecretStore>();
        services.AddSingleton<LinkSigner>();
        services.AddHostedService<LinkSigningKeySetup>();
        services.AddSingleton<AttendeeExportLinks>();
        services.AddSingleton<IAttendeeExportLinks>(sp => sp.GetRequiredService<AttendeeExportLinks>());

        services.AddSingleton(sp => new PublicLinks(sp.GetRequiredService<BotSettings>()));
        services.AddSingleton<PublicEventQuery>();
        services.AddSingleton<PageLayout>();
        services.AddSingleton<EventPageRenderer>();
        services.AddSingleton<EventCalendarWriter>();
        services.AddSingleton<AttendeeCsvWriter>();
        services.AddSingleton<AtomFeedWriter>();

        // The feed merges every IFeedItemSource: announcements add theirs next to this one.
        services.AddSingleton<IFeedItemSource, EventFeedItems>();
        return services;
    }
}
