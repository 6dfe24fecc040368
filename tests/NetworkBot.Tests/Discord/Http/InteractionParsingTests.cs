using System.Text;
using System.Text.Json;
using NetworkBot.Core.Commands;
using NetworkBot.Core.Platform;
using NetworkBot.Core.Settings;
using NetworkBot.Discord;
using NetworkBot.Discord.Gateway;
using NetworkBot.Discord.Http;
using NetworkBot.Discord.Wire;
using NetworkBot.Tests.Discord.Support;

namespace NetworkBot.Tests.Discord.Http;

public sealed class InteractionParsingTests
{
    public static TheoryData<string> InteractionFixtures()
    {
        var data = new TheoryData<string>();
        foreach (var file in SharedFixtures.Discord("interaction_*.json").Where(f => !f.Contains("interaction_data_") && !f.Contains("interaction_response_"))) data.Add(file);
        return data;
    }

    public static TheoryData<string> GatewayFixtures()
    {
        var data = new TheoryData<string>();
        foreach (var file in SharedFixtures.Discord("gateway_*.json")) data.Add(file);
        return data;
    }

    [Theory]
    [MemberData(nameof(InteractionFixtures))]
    public void Deserialize_FixtureInteraction_ParsesAndMaps(string fixture)
    {
        var interaction = DiscordJson.Deserialize<Interaction>(SharedFixtures.Payload(fixture));

        Assert.NotNull(interaction);
        Assert.InRange(interaction.Type, InteractionType.Ping, InteractionType.ModalSubmit);
        if (interaction.Type == InteractionType.Ping) return;
        var context = Mapper().Context(interaction);
        Assert.StartsWith("discord:", context.Invoker.Id);
        Assert.NotNull(DiscordIds.LastSegment(context.Invoker.Id));
    }

    [Fact]
    public void Deserialize_CapturedGatewayModalSubmit_ReadsTheSubmittedValue()
    {
        var frame = GatewayFrame.Parse(SharedFixtures.Text("discord/gateway_interaction_create_modal_submit_captured.json"))!;
        var interaction = DiscordJson.Deserialize<Interaction>(frame.D!.Value)!;

        Assert.Equal(InteractionType.ModalSubmit, interaction.Type);
        Assert.NotEmpty(interaction.Data!.Components!);
    }

    [Fact]
    public void Deserialize_LabelModalData_ReadsTheChildInput()
    {
        var data = DiscordJson.Deserialize<InteractionData>(SharedFixtures.Payload("discord/interaction_data_modal_submit_label_text_input.json"))!;

        Assert.Equal("game_feedback", data.Components![0].Component!.CustomId);
        Assert.StartsWith("The recent changes", data.Components[0].Component!.Value);
    }

    [Theory]
    [MemberData(nameof(GatewayFixtures))]
    public void Parse_GatewayFixture_ReadsOpcode(string fixture)
    {
        var frame = GatewayFrame.Parse(SharedFixtures.Text(fixture));

        Assert.NotNull(frame);
        Assert.True(Enum.IsDefined(frame.Op), $"op {frame.Op}");
    }

    [Theory]
    [InlineData("ja", "en-US", Language.Ja)]
    [InlineData("en-US", "ja", Language.En)]
    [InlineData("fr", "ja", Language.Ja)]
    [InlineData("fr", "en-GB", Language.En)]
    [InlineData(null, null, Language.Ja)]
    public void Language_LocaleThenGuildLocale_ChoosesJapaneseOrEnglish(string? locale, string? guildLocale, Language expected)
    {
        Assert.Equal(expected, Mapper().Language(new Interaction { Locale = locale, GuildLocale = guildLocale }));
    }

    [Theory]
    [InlineData("8589934592", null, true)] // Manage Events
    [InlineData("32", null, true)] // Manage Server
    [InlineData("2048", null, false)]
    [InlineData("0", "1444444444444444444", true)] // organizer role
    public void Context_PermissionsOrRoles_DecideWhoOrganizes(string permissions, string? role, bool organizer)
    {
        var interaction = new Interaction
        {
            GuildId = "1",
            Member = new GuildMember { Permissions = permissions, Roles = role is null ? ["5"] : [role], User = new User { Id = "2" } },
        };

        Assert.Equal(organizer, Mapper("1444444444444444444").Context(interaction).IsOrganizer);
    }

    [Fact]
    public void Context_DirectMessage_MemberAndChannelUseAtMe()
    {
        var interaction = DiscordJson.Deserialize<Interaction>(SharedFixtures.Payload("discord/interaction_application_command_dm_user.json"))!;

        var context = Mapper().Context(interaction);

        Assert.Equal("discord:@me:53908232506183680", context.Invoker.Id);
        Assert.Equal("discord:@me:1234563982236504123", context.Channel!.Id);
        Assert.Equal("Mason", context.Invoker.DisplayName);
        Assert.False(context.IsOrganizer);
    }

    private static InteractionMapper Mapper(params string[] organizerRoles) =>
        new(new CommandDispatcher([]), BotSettings.Default, new DiscordOptions { OrganizerRoleIds = organizerRoles });
}
