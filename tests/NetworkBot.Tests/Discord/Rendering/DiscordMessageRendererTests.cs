using NetworkBot.Core.Localization;
using NetworkBot.Core.Replies;
using NetworkBot.Discord;
using NetworkBot.Discord.Rendering;
using NetworkBot.Discord.Wire;
using NetworkBot.Storage;
using NetworkBot.Tests.Support;

namespace NetworkBot.Tests.Discord.Rendering;

public sealed class DiscordMessageRendererTests : IDisposable
{
    private readonly TempDataFile _file = new();
    private readonly LiteDbContext _db;
    private readonly DiscordStateStore _store;
    private readonly DiscordMessageRenderer _renderer;

    public DiscordMessageRendererTests()
    {
        _db = new LiteDbContext(_file.Path);
        _store = new DiscordStateStore(_db, TimeProvider.System);
        _renderer = new DiscordMessageRenderer(_store);
    }

    public void Dispose()
    {
        _db.Dispose();
        _file.Dispose();
    }

    [Fact]
    public void Render_PlainText_ContentWithMarkdownKeptAndNoMentions()
    {
        var message = _renderer.Render(BotReply.PrivateText("**太字** と [リンク](https://example.jp) @everyone"), Texts.Japanese, ephemeral: true);

        Assert.Equal("**太字** と [リンク](https://example.jp) @everyone", message.Content);
        Assert.Equal(MessageFlags.Ephemeral, message.Flags);
        Assert.Empty(message.AllowedMentions.Parse);
        Assert.Null(message.Embeds);
    }

    [Fact]
    public void Render_TextOver2000Characters_MovesToAnEmbedCutWithEllipsis()
    {
        var message = _renderer.Render(BotReply.PrivateText(new string('あ', 5000)), Texts.Japanese, ephemeral: false);

        Assert.Null(message.Content);
        var description = Assert.Single(message.Embeds!).Description!;
        Assert.Equal(DiscordLimits.EmbedDescription, description.Length);
        Assert.EndsWith("…", description);
        Assert.Null(message.Flags);
    }

    [Fact]
    public void Render_HeadingFieldsAndContext_BecomeAnEmbedWithinLimits()
    {
        var fields = Enumerable.Range(0, 30).Select(i => new ReplyField($"項目{i}", new string('値', 2000))).ToList();
        var reply = BotReply.Public(new HeadingBlock(new string('題', 300)), new FieldsBlock(fields), new ContextBlock("**注記** [詳細](https://example.jp)"));

        var message = _renderer.Render(reply, Texts.Japanese, ephemeral: false);

        var embeds = message.Embeds!;
        Assert.All(embeds, e => Assert.True((e.Title?.Length ?? 0) <= DiscordLimits.EmbedTitle));
        Assert.EndsWith("…", embeds[0].Title);
        Assert.True(embeds[0].Fields!.Count <= DiscordLimits.EmbedFields);
        Assert.All(embeds[0].Fields!, f => Assert.True(f.Value.Length <= DiscordLimits.EmbedFieldValue));
        var total = embeds.Sum(e => (e.Title?.Length ?? 0) + (e.Description?.Length ?? 0) + (e.Footer?.Text.Length ?? 0) + (e.Fields?.Sum(f => f.Name.Length + f.Value.Length) ?? 0));
        Assert.True(total <= DiscordLimits.EmbedTotal, $"embeds hold {total} characters");
    }

    [Fact]
    public void Render_ThirtyButtons_FourRowsOfFiveAndTheRestInOneSelect()
    {
        var buttons = Enumerable.Range(1, 30).Select(i => new ReplyButton("参加する", $"/join {i}")).ToList();

        var message = _renderer.Render(BotReply.Private(new TextBlock("一覧"), new ActionsBlock(buttons)), Texts.Japanese, ephemeral: true);

        var rows = message.Components!.Cast<ActionRow>().ToList();
        Assert.Equal(DiscordLimits.Rows, rows.Count);
        Assert.All(rows.Take(4), r => Assert.Equal(5, r.Components.Count));
        var select = Assert.IsType<StringSelect>(Assert.Single(rows[4].Components));
        Assert.Equal(10, select.Options.Count);
        Assert.Equal("cmd:/join 21", select.Options[0].Value);
        Assert.Equal("参加する #1", ((Button)rows[0].Components[0]).Label);
    }

    [Fact]
    public void Render_ButtonCommandOver100Characters_StoredAndReferencedByAShortId()
    {
        var command = "/join 3 affiliation:\"" + new string('課', 120) + "\"";

        var message = _renderer.Render(BotReply.Private(new ActionsBlock([new ReplyButton(new string('長', 120), command)])), Texts.Japanese, ephemeral: true);

        var button = (Button)((ActionRow)message.Components![0]).Components[0];
        Assert.True(button.CustomId.Length <= DiscordLimits.CustomId);
        Assert.StartsWith("ref:", button.CustomId);
        Assert.Equal(command, _store.CommandFor(button.CustomId["ref:".Length..]));
        Assert.Equal(DiscordLimits.ButtonLabel, button.Label.Length);
    }

    [Fact]
    public void Render_SameCommandTwice_OneButton()
    {
        var message = _renderer.Render(BotReply.Private(new ActionsBlock([new("A", "/help"), new("B", "/help")])), Texts.Japanese, ephemeral: true);

        Assert.Single(((ActionRow)message.Components![0]).Components);
    }

    [Fact]
    public void ModalRenderer_SeventeenFields_FourPagesOfAtMostFiveWithSelectsForChoices()
    {
        var fields = Enumerable.Range(0, 16).Select(i => new FormField($"f{i}", $"項目{i}", MaxLength: 9000)).ToList();
        fields.Insert(1, new FormField("party", new string('懇', 60), FormFieldKind.YesNo, Value: "yes"));
        var draft = new FormDraft("abc", new ReplyForm("f", new string('題', 60), "/event create", fields), "m", []);

        var pages = Enumerable.Range(0, ModalRenderer.PageCount(draft.Form)).Select(p => ModalRenderer.Render(draft, p, Texts.Japanese)).ToList();

        Assert.Equal(4, pages.Count);
        Assert.All(pages, p => Assert.InRange(p.Components.Count, 1, DiscordLimits.ModalComponents));
        Assert.All(pages, p => Assert.True(p.Title.Length <= DiscordLimits.ModalTitle));
        Assert.Equal("form:abc:2", pages[2].CustomId);
        var party = (Label)pages[0].Components[1];
        Assert.True(party.Text.Length <= DiscordLimits.InputLabel);
        var select = Assert.IsType<StringSelect>(party.Component);
        Assert.True(select.Options.Single(o => o.Value == "yes").Default);
        Assert.Equal(DiscordLimits.InputLength, ((TextInput)((Label)pages[0].Components[0]).Component).MaxLength);
    }

    [Fact]
    public void Cut_SurrogatePairAtTheEdge_NotSplit()
    {
        var text = new string('a', 8) + "😀😀";

        var cut = DiscordLimits.Cut(text, 10);

        Assert.Equal(new string('a', 8) + "…", cut);
    }

    [Fact]
    public void Render_Preformatted_BecomesACodeBlockWithItsLinesKept()
    {
        var plain = _renderer.Render(BotReply.Private(new PreformattedBlock("　　山\n・・")), Texts.Japanese, ephemeral: true);
        var card = _renderer.Render(BotReply.Private(new HeadingBlock("地図"), new PreformattedBlock("　　山\n・・")), Texts.Japanese, ephemeral: true);

        Assert.Equal("```\n　　山\n・・\n```", plain.Content);
        Assert.Equal("```\n　　山\n・・\n```", Assert.Single(card.Embeds!).Description);
    }
}
