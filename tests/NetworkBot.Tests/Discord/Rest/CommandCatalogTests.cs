using NetworkBot.Core.Commands;
using NetworkBot.Discord.Rest;

namespace NetworkBot.Tests.Discord.Rest;

public sealed class CommandCatalogTests
{
    [Fact]
    public void Build_OrganizerOnlyCommand_CarriesManageEventsAsDefaultPermission()
    {
        var commands = CommandCatalog.Build(
        [
            CommandDefinition.ForOrganizers("announce", "create", "channel", "text"),
            CommandDefinition.ForOrganizers("announce", "list"),
            CommandDefinition.ForEveryone("event", "show", "id"),
            CommandDefinition.ForOrganizers("event", "create", "title"),
        ], global: true);

        Assert.Equal("8589934592", commands.Single(c => c.Name == "announce").DefaultMemberPermissions);
        Assert.Null(commands.Single(c => c.Name == "event").DefaultMemberPermissions);
        Assert.All(commands, c => Assert.Equal([0, 1], c.Contexts!));
    }

    [Fact]
    public void Build_Options_IdRequiredFirstWithAutocompleteAndChoicesLocalized()
    {
        var join = CommandCatalog.Build([CommandDefinition.ForEveryone("join", null, "party", "id", "name")], global: false).Single();

        Assert.Equal("id", join.Options![0].Name);
        Assert.True(join.Options[0].Required);
        Assert.True(join.Options[0].Autocomplete);
        Assert.Equal("番号", join.Options[0].NameLocalizations!["ja"]);
        var party = join.Options.Single(o => o.Name == "party");
        Assert.Equal(["yes", "no"], party.Choices!.Select(c => c.Value));
        Assert.Equal("はい", party.Choices![0].NameLocalizations!["ja"]);
        Assert.Null(join.Contexts);
        Assert.All(join.Options, o => Assert.InRange(o.Description.Length, 1, 100));
    }

    [Fact]
    public void Build_CommandWithBareFormAndSubcommands_OffersTheBareFormAsShow()
    {
        var profile = CommandCatalog.Build(
        [
            CommandDefinition.ForEveryone("profile", null, "member"),
            CommandDefinition.ForEveryone("profile", "edit", "name"),
        ], global: true).Single();

        Assert.Equal(["show", "edit"], profile.Options!.Select(o => o.Name));
    }
}
