using System.Text.Json;
using NetworkBot.Discord.Wire;

namespace NetworkBot.Discord.Gateway;

/// <summary>A frame received from the Gateway: <c>{op, d, s, t}</c>.</summary>
internal sealed class GatewayFrame
{
    public GatewayOpCode Op { get; set; }

    public JsonElement? D { get; set; }

    public long? S { get; set; }

    public string? T { get; set; }

    public static GatewayFrame? Parse(string json)
    {
        try
        {
            return JsonSerializer.Deserialize<GatewayFrame>(json, DiscordJson.Options);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}

/// <summary>Frames the bot sends.</summary>
internal static class GatewayCommands
{
    /// <summary>GUILDS (1 &lt;&lt; 0) and GUILD_MEMBERS (1 &lt;&lt; 1, privileged: switch it on in the Developer Portal).</summary>
    public const int Intents = (1 << 0) | (1 << 1);

    /// <summary><c>{"op":1,"d":SEQ}</c>, with <c>d</c> null (not absent) before the first dispatch.</summary>
    public static string Heartbeat(long? sequence) =>
        $"{{\"op\":{(int)GatewayOpCode.Heartbeat},\"d\":{(sequence is { } s ? s.ToString(System.Globalization.CultureInfo.InvariantCulture) : "null")}}}";

    public static string Identify(string token) => Serialize(GatewayOpCode.Identify, new IdentifyData(
        token, Intents, new IdentifyProperties(Environment.OSVersion.Platform.ToString().ToLowerInvariant(), "NetworkBot", "NetworkBot")));

    public static string Resume(string token, string sessionId, long sequence) =>
        Serialize(GatewayOpCode.Resume, new ResumeData(token, sessionId, sequence));

    private static string Serialize<T>(GatewayOpCode op, T data) => DiscordJson.Serialize(new OutgoingFrame<T>((int)op, data));

    private sealed record OutgoingFrame<T>(int Op, T D);

    private sealed record IdentifyData(string Token, int Intents, IdentifyProperties Properties);

    private sealed record IdentifyProperties(string Os, string Browser, string Device);

    private sealed record ResumeData(string Token, string SessionId, long Seq);
}

/// <summary>The part of READY the bot keeps to resume later.</summary>
internal sealed class ReadyData
{
    public string SessionId { get; set; } = "";

    public string? ResumeGatewayUrl { get; set; }
}

internal sealed class HelloData
{
    public double HeartbeatInterval { get; set; }
}
