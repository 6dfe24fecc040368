using NetworkBot.Core.Members;
using NetworkBot.Core.Platform;

namespace NetworkBot.Messaging;

public static class MessagingSetup
{
    public static IServiceCollection AddMessaging(this IServiceCollection services) =>
        services.AddSingleton<PlatformRouter>().AddSingleton<IChatSender, ChatSender>().AddSingleton<DirectChannelStore>()
            .AddSingleton<IPlatformMemberState>(sp => sp.GetRequiredService<DirectChannelStore>());
}
