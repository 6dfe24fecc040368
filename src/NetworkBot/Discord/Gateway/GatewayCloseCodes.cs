namespace NetworkBot.Discord.Gateway;

/// <summary>What the Gateway's close codes mean for the next attempt.</summary>
internal static class GatewayCloseCodes
{
    /// <summary>Codes after which reconnecting cannot help; the reason says what the operator should fix.</summary>
    public static string? Fatal(int? code) => code switch
    {
        4004 => "Discord refused Discord:BotToken (close code 4004); reset the token in the Developer Portal",
        4010 or 4011 => $"Discord asks for sharding (close code {code}); this bot connects one shard only",
        4012 => "Discord no longer accepts this Gateway version (close code 4012)",
        4013 => "the Gateway intents are invalid (close code 4013)",
        4014 => "the Server Members Intent is not enabled (close code 4014): Developer Portal → Bot → Privileged Gateway Intents",
        _ => null,
    };

    /// <summary>Codes after which the session cannot be resumed and the bot identifies anew.</summary>
    public static bool EndsSession(int? code) => code is 4007 or 4009;
}
