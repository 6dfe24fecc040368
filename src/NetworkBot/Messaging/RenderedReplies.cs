using System.Runtime.CompilerServices;
using NetworkBot.Core.Replies;

namespace NetworkBot.Messaging;

/// <summary>
/// What a platform rendered from a reply, kept with that reply instance for each shape it was rendered in (language,
/// visibility). Core hands out the same reply instance while nothing changed (<c>/events</c> until the next write), and
/// rendering is most of such a request's work. What is kept goes when its reply does.
/// </summary>
public sealed class RenderedReplies<TShape, TRendered>
    where TShape : IEquatable<TShape>
{
    private readonly ConditionalWeakTable<BotReply, List<(TShape Shape, TRendered Rendered)>> _kept = new();

    /// <summary>The kept rendering, or a new one from <paramref name="render"/>(<paramref name="state"/>): a static lambda and a state, so a hit allocates nothing.</summary>
    public TRendered GetOrRender<TState>(BotReply reply, TShape shape, TState state, Func<TState, TRendered> render)
    {
        var renderings = _kept.GetValue(reply, static _ => []);
        lock (renderings)
        {
            foreach (var (keptShape, rendered) in renderings)
            {
                if (keptShape.Equals(shape)) return rendered;
            }
        }

        // Rendered outside the lock: two first requests may both render; either result is the same.
        var fresh = render(state);
        lock (renderings) renderings.Add((shape, fresh));
        return fresh;
    }
}
