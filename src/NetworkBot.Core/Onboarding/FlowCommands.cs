using NetworkBot.Core.Text;

namespace NetworkBot.Core.Onboarding;

public enum FlowCommand
{
    /// <summary>Not a command: an answer.</summary>
    None,
    Skip,
    Back,
    Cancel,
    Confirm,
    /// <summary>Some other <c>/command</c>, typed in the middle of the flow.</summary>
    Other,
}

/// <summary>The words that steer the guided introduction, in either language. Buttons carry the <c>/</c> forms.</summary>
public static class FlowCommands
{
    public const string Skip = "/skip";
    public const string Back = "/back";
    public const string Cancel = "/cancel";
    public const string Confirm = "/ok";

    public static FlowCommand Parse(string text)
    {
        var word = TextFolding.Fold(text).TrimEnd('。', '!', '！');
        return word switch
        {
            "" or "/skip" or "/すきっぷ" or "/とばす" => FlowCommand.Skip,
            "/back" or "/戻る" or "/もどる" or "戻る" or "もどる" => FlowCommand.Back,
            "/cancel" or "/きゃんせる" or "/やめる" or "/中止" => FlowCommand.Cancel,
            "/ok" or "/yes" or "/confirm" or "ok" or "yes" or "y" or "はい" or "保存" or "保存する" or "投稿" or "投稿する" or "/はい" => FlowCommand.Confirm,
            _ when word.StartsWith('/') => FlowCommand.Other,
            _ => FlowCommand.None,
        };
    }
}
