using Moq;
using NetworkBot.Core.Commands;
using NetworkBot.Core.Platform;
using NetworkBot.Core.Replies;
using NetworkBot.Core.Tests.Support;

namespace NetworkBot.Core.Tests.Commands;

public class CommandDispatcherTests
{
    private static readonly CommandContext Member = new(TestBot.Member("佐藤"), null, Language.Ja, IsOrganizer: false);

    [Fact]
    public void CreateFromText_RegisteredSubcommand_BecomesTheSubcommand()
    {
        var dispatcher = new TestBot().Dispatcher;

        var command = dispatcher.CreateFromText("/event show 3", Member);

        Assert.Equal("event", command.Name);
        Assert.Equal("show", command.Subcommand);
        Assert.Equal("event show", command.Key);
        Assert.Equal(["3"], command.Arguments.Positionals);
    }

    [Fact]
    public void CreateFromText_SubcommandInCapitals_IsStillFound()
    {
        var command = new TestBot().Dispatcher.CreateFromText("/EVENT Edit 3 capacity:40", Member);

        Assert.Equal("event edit", command.Key);
        Assert.Equal(["3"], command.Arguments.Positionals);
        Assert.Equal("40", command.Arguments.Option("capacity"));
    }

    [Fact]
    public void CreateFromText_CommandWithoutSubcommands_KeepsFirstWordPositional()
    {
        var command = new TestBot().Dispatcher.CreateFromText("/events week 勉強会", Member);

        Assert.Equal("events", command.Key);
        Assert.Null(command.Subcommand);
        Assert.Equal(["week", "勉強会"], command.Arguments.Positionals);
    }

    [Theory]
    [InlineData(Language.Ja, "「/frobnicate」というコマンドはありません。/help で使えるコマンドを確認できます。")]
    [InlineData(Language.En, "There is no /frobnicate command. Type /help to see what I can do.")]
    public async Task DispatchAsync_UnknownCommand_AnswersPolitely(Language language, string expected)
    {
        var bot = new TestBot();

        var reply = await bot.ReplyAsync("/frobnicate 3", language: language);

        Assert.Equal(expected, ReplyText.Of(reply));
        Assert.Equal(ReplyVisibility.OnlyAsker, reply.Visibility);
    }

    [Fact]
    public async Task DispatchAsync_UnknownSubcommand_ListsTheValidOnes()
    {
        var text = await new TestBot().RunAsync("/event frobnicate 3");

        Assert.StartsWith("/event frobnicate という操作はありません。使える操作: ", text);
        foreach (var sub in new[] { "show", "create", "edit", "cancel", "attendees" }) Assert.Contains($"/event {sub}", text);
    }

    [Fact]
    public async Task DispatchAsync_SubcommandMissing_AsksForOneInEnglish()
    {
        var text = await new TestBot().RunAsync("/event", language: Language.En);

        Assert.StartsWith("Please tell me what to do with /event. You can use: ", text);
        Assert.Contains("/event show", text);
    }

    [Fact]
    public async Task DispatchAsync_OrganizerCommandFromMember_IsRefusedWithoutRunningIt()
    {
        var handler = new Mock<ICommandHandler>();
        handler.SetupGet(h => h.Definition).Returns(CommandDefinition.ForOrganizers("announce", "create"));
        var dispatcher = new CommandDispatcher([handler.Object]);

        var reply = await dispatcher.DispatchAsync(dispatcher.CreateFromText("/announce create text:hi", Member), CancellationToken.None);

        Assert.Equal("/announce create は運営メンバー専用のコマンドです。必要なときは運営の方に声をかけてください。", ReplyText.Of(reply));
        handler.Verify(h => h.HandleAsync(It.IsAny<BotCommand>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Fact]
    public async Task DispatchAsync_OrganizerCommandFromOrganizer_RunsTheHandler()
    {
        var handler = new Mock<ICommandHandler>();
        handler.SetupGet(h => h.Definition).Returns(CommandDefinition.ForOrganizers("announce", "create"));
        handler.Setup(h => h.HandleAsync(It.IsAny<BotCommand>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(BotReply.PrivateText("done"));
        var dispatcher = new CommandDispatcher([handler.Object]);
        var organizer = Member with { IsOrganizer = true };

        var reply = await dispatcher.DispatchAsync(dispatcher.CreateFromText("/announce create text:hi", organizer), CancellationToken.None);

        Assert.Equal("done", ReplyText.Of(reply));
        handler.Verify(h => h.HandleAsync(It.Is<BotCommand>(c => c.Arguments.Option("text") == "hi"), It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public async Task DispatchAsync_CancelFromMember_ChangesNothing()
    {
        var bot = new TestBot();
        var e = await bot.AddEventAsync(SampleEvents.StudySession(capacity: 2));
        await bot.RunAsync($"/join {e.Id} email:sato@example.jp");
        var writes = bot.Registrations.Writes;

        var text = await bot.RunAsync($"/event cancel {e.Id} confirm:yes", TestBot.Member("伊藤"));

        Assert.Contains("運営メンバー専用のコマンドです", text);
        Assert.DoesNotContain("sato@example.jp", text);
        Assert.Equal([e], bot.Events.All);
        Assert.Equal(writes, bot.Registrations.Writes);
        Assert.Empty(bot.Sent);
    }
}
