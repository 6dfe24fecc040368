using System.Text.Json.Nodes;
using NetworkBot.Core.Localization;
using NetworkBot.Core.Replies;
using NetworkBot.Core.Settings;
using NetworkBot.Slack.Rendering;

namespace NetworkBot.Tests.Slack.Rendering;

public sealed class BlockKitRendererTests
{
    private static readonly Texts Ja = Texts.Japanese;

    [Fact]
    public void RenderMessage_BoldAndLink_BecomeMrkdwn()
    {
        var message = CreateSut().RenderMessage(BotReply.PrivateText("**大事** な [資料](https://example.jp/a?b=1&c=2) です"), Ja);

        var text = SectionText(message.Blocks[0]!);
        Assert.Contains("*大事*", text);
        Assert.DoesNotContain("**", text);
        Assert.Contains("<https://example.jp/a?b=1&amp;c=2|資料>", text);
    }

    [Fact]
    public void RenderMessage_BoldNextToJapanese_GetsZeroWidthSpaces()
    {
        var message = CreateSut().RenderMessage(BotReply.PrivateText("これは**太字**です"), Ja);

        Assert.Equal("これは\u200B*太字*\u200Bです", SectionText(message.Blocks[0]!));
    }

    [Theory]
    [InlineData("<!channel> 集合", "&lt;!channel&gt; 集合")]
    [InlineData("<@U123> & <#C1>", "&lt;@U123&gt; &amp; &lt;#C1&gt;")]
    [InlineData("@here みんな", "@\u2060here みんな")]
    [InlineData("@Everyone", "@\u2060Everyone")]
    [InlineData("[クリック](javascript:alert(1))", "クリック (javascript:alert(1)")]
    public void RenderMessage_MemberText_NeverMentionsOrLinks(string markdown, string expectedStart)
    {
        var message = CreateSut().RenderMessage(BotReply.PrivateText(markdown), Ja);

        var text = SectionText(message.Blocks[0]!);
        Assert.StartsWith(expectedStart, text);
        Assert.DoesNotContain("<!", text);
        Assert.DoesNotContain("<@", text);
        Assert.DoesNotContain("&lt;!", message.Text.Replace("&lt;!channel&gt;", "", StringComparison.Ordinal));
    }

    [Fact]
    public void RenderMessage_LongText_CutTo3000WithEllipsisAndLink()
    {
        var message = CreateSut().RenderMessage(BotReply.PrivateText(new string('あ', 5000)), Ja);

        var text = SectionText(message.Blocks[0]!);
        Assert.True(text.Length <= 3000);
        Assert.Contains("…", text);
        Assert.EndsWith("<https://events.example.jp|続きはWebで>", text);
    }

    [Fact]
    public void Cut_InsideLinkOrEntity_CutsBeforeIt()
    {
        var text = new string('a', 90) + "<https://example.jp/long|link> &amp; more";

        var cut = SlackMrkdwn.Cut(text, 100);

        Assert.Equal(new string('a', 90) + "…", cut);
    }

    [Fact]
    public void RenderMessage_TooManyBlocks_KeepsFiftyAndSaysHowManyWereLeftOut()
    {
        var blocks = Enumerable.Range(1, 60).Select(i => (ReplyBlock)new TextBlock($"段落 {i}")).ToArray();

        var message = CreateSut().RenderMessage(BotReply.Private(blocks), Ja);

        Assert.Equal(50, message.Blocks.Count);
        Assert.Equal("context", message.Blocks[49]!["type"]!.GetValue<string>());
        Assert.Contains("11件", message.Blocks[49]!["elements"]![0]!["text"]!.GetValue<string>());
        Assert.Contains("段落 49", SectionText(message.Blocks[48]!));
    }

    [Fact]
    public void RenderMessage_EveryBlockKind_MapsToBlockKit()
    {
        var reply = BotReply.Public(
            new HeadingBlock(new string('見', 200)),
            new FieldsBlock(Enumerable.Range(1, 12).Select(i => new ReplyField($"項目{i}", $"値{i}")).ToList()),
            new ContextBlock("小さな字"),
            new DividerBlock(),
            new ActionsBlock(Enumerable.Range(1, 26).Select(i => new ReplyButton($"ボタン{i}", $"/join {i}", i == 1 ? ButtonStyle.Primary : ButtonStyle.Danger)).ToList()));

        var blocks = CreateSut().RenderMessage(reply, Ja).Blocks;

        Assert.Equal(["header", "section", "section", "context", "divider", "actions", "actions"], blocks.Select(b => b!["type"]!.GetValue<string>()));
        Assert.Equal(150, blocks[0]!["text"]!["text"]!.GetValue<string>().Length);
        Assert.Equal(10, blocks[1]!["fields"]!.AsArray().Count);
        Assert.Equal("*項目1*\n値1", blocks[1]!["fields"]![0]!["text"]!.GetValue<string>());
        Assert.Equal(25, blocks[5]!["elements"]!.AsArray().Count);
        var buttons = blocks.Where(b => b!["type"]!.GetValue<string>() == "actions").SelectMany(b => b!["elements"]!.AsArray()).ToList();
        Assert.Equal(26, buttons.Select(b => b!["action_id"]!.GetValue<string>()).Distinct().Count());
        Assert.All(buttons, b => Assert.StartsWith(BlockKitRenderer.CommandActionPrefix, b!["action_id"]!.GetValue<string>()));
        Assert.Equal("/join 1", buttons[0]!["value"]!.GetValue<string>());
        Assert.Equal("primary", buttons[0]!["style"]!.GetValue<string>());
        Assert.Equal("danger", buttons[1]!["style"]!.GetValue<string>());
    }

    [Fact]
    public void RenderMessage_FallbackText_IsPlainAndEscaped()
    {
        var message = CreateSut().RenderMessage(BotReply.Private(new HeadingBlock("見出し"), new TextBlock("**太字** <b> [リンク](https://x.jp)")), Ja);

        Assert.Equal("見出し\n太字 &lt;b&gt; リンク (https://x.jp)", message.Text);
    }

    [Fact]
    public void RenderMessage_EmptyText_LeftOut()
    {
        var message = CreateSut().RenderMessage(BotReply.Private(new TextBlock(" "), new HeadingBlock(""), new TextBlock("本文")), Ja);

        Assert.Single(message.Blocks);
    }

    [Fact]
    public void Form_Fields_BecomeInputsKeyedByOption()
    {
        var form = new ReplyForm("event-create", "とても長いフォームのタイトルですが二十四文字を超えます", "/event create",
        [
            new FormField("title", "タイトル", FormFieldKind.ShortText, "例: 勉強会", Required: true, MaxLength: 100, Value: "既定"),
            new FormField("description", "説明", FormFieldKind.LongText, MaxLength: 5000),
            new FormField("kind", "種別", FormFieldKind.Choice, Required: true, Value: "meetup", Choices: [new("勉強会", "study"), new("交流会", "meetup")]),
            new FormField("party", "懇親会", FormFieldKind.YesNo, Value: "no"),
        ]);

        var view = new SlackViews(new BlockKitRenderer(Settings)).Form(form, "{\"c\":\"/event create\"}", Ja);

        Assert.Equal("modal", view["type"]!.GetValue<string>());
        Assert.Equal("nb-form:event-create", view["callback_id"]!.GetValue<string>());
        Assert.Equal(24, view["title"]!["text"]!.GetValue<string>().Length);
        Assert.Equal("送信", view["submit"]!["text"]!.GetValue<string>());
        var blocks = view["blocks"]!.AsArray();
        Assert.Equal(["title", "description", "kind", "party"], blocks.Select(b => b!["block_id"]!.GetValue<string>()));
        Assert.False(blocks[0]!["optional"]!.GetValue<bool>());
        Assert.Equal("既定", blocks[0]!["element"]!["initial_value"]!.GetValue<string>());
        Assert.True(blocks[1]!["element"]!["multiline"]!.GetValue<bool>());
        Assert.Equal(3000, blocks[1]!["element"]!["max_length"]!.GetValue<int>());
        Assert.Equal("static_select", blocks[2]!["element"]!["type"]!.GetValue<string>());
        Assert.Equal("meetup", blocks[2]!["element"]!["initial_option"]!["value"]!.GetValue<string>());
        Assert.Equal("radio_buttons", blocks[3]!["element"]!["type"]!.GetValue<string>());
        Assert.Equal("no", blocks[3]!["element"]!["initial_option"]!["value"]!.GetValue<string>());
    }

    [Fact]
    public void Home_ManyBlocks_KeptToOneHundred()
    {
        var blocks = Enumerable.Range(1, 130).Select(i => (ReplyBlock)new TextBlock($"行 {i}")).ToList();

        var view = new SlackViews(new BlockKitRenderer(Settings)).Home(blocks, Ja);

        Assert.Equal("home", view["type"]!.GetValue<string>());
        Assert.Equal(100, view["blocks"]!.AsArray().Count);
    }

    private static readonly BotSettings Settings = BotSettings.Default with { PublicBaseUrl = "https://events.example.jp" };

    private static BlockKitRenderer CreateSut() => new(Settings);

    private static string SectionText(JsonNode block) => block["text"]!["text"]!.GetValue<string>();

    [Fact]
    public void RenderMessage_Preformatted_BecomesACodeBlockWithItsLinesKept()
    {
        var message = CreateSut().RenderMessage(BotReply.Private(new HeadingBlock("地図"), new PreformattedBlock("　　山\n・・<b>")), Ja);

        Assert.Equal("```　　山\n・・&lt;b&gt;```", SectionText(message.Blocks[1]!));
    }
}
