namespace NetworkBot.Slack.Rendering;

/// <summary>Block Kit's documented limits that the renderer enforces (cutting, never failing).</summary>
internal static class SlackLimits
{
    public const int MessageBlocks = 50;
    public const int ViewBlocks = 100;
    public const int SectionText = 3000;
    public const int FieldText = 2000;
    public const int FieldsPerSection = 10;
    public const int HeaderText = 150;
    public const int ButtonText = 75;
    public const int ButtonValue = 2000;
    public const int ButtonsPerActions = 25;
    public const int FallbackText = 3000;
    public const int ViewTitle = 24;
    public const int InputLabel = 2000;
    public const int Placeholder = 150;
    public const int InputMaxLength = 3000;
    public const int OptionText = 75;
    public const int OptionValue = 150;
    public const int SelectOptions = 100;
    public const int PrivateMetadata = 3000;
}
