using NetworkBot.Core.Commands;
using NetworkBot.Core.Conversations;
using NetworkBot.Core.Members;
using NetworkBot.Core.Onboarding;

namespace NetworkBot.Hosting;

public static class MembersSetup
{
    /// <summary>Profiles, the directory, the guided introduction, the welcome, and their commands.</summary>
    public static IServiceCollection AddMembersAndOnboarding(this IServiceCollection services)
    {
        services.AddSingleton<MemberDirectory>();
        services.AddSingleton<ProfileService>();
        services.AddSingleton<MemberErasure>();
        services.AddSingleton<ConversationStore>();
        services.AddSingleton<IntroductionPublisher>();
        services.AddSingleton<IntroductionStarter>();
        services.AddSingleton<WelcomeService>();
        services.AddSingleton<ConversationExecution>();
        services.AddAfterStartTask<MemberDirectoryWarmUp>();

        services.AddSingleton<ICommandHandler, IntroduceCommand>();
        services.AddSingleton<ICommandHandler, ProfileShowCommand>();
        services.AddSingleton<ICommandHandler, ProfileEditCommand>();
        services.AddSingleton<ICommandHandler, ProfileDeleteCommand>();
        services.AddSingleton<ICommandHandler, MembersCommand>();
        services.AddSingleton<ICommandHandler, MembersMapCommand>();
        return services;
    }
}
