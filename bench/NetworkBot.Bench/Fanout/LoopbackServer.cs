using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;

namespace NetworkBot.Bench.Fanout;

/// <summary>What both fake platforms share: a quiet minimal server on a free port of 127.0.0.1.</summary>
internal static class LoopbackServer
{
    public static WebApplication Build()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        return builder.Build();
    }

    /// <summary>The started server's address with <paramref name="path"/> appended.</summary>
    public static string Address(WebApplication app, string path) => app.Urls.First().TrimEnd('/') + path;
}
