using System.Threading.Channels;

namespace Portfolio.Serve;

/// <summary>
/// Turns bursts of file changes into single rebuilds: after a change it waits until no further change
/// has come for the quiet period, then rebuilds once and tells the open pages. Changes that
/// arrive during a build cause one more build after it. Time comes from a <see cref="TimeProvider"/>, so tests
/// can move it by hand instead of waiting.
/// </summary>
public sealed class RebuildLoop(PreviewBuilder builder, ReloadHub hub, ChannelReader<string> changes, TimeSpan quietPeriod, TextWriter log, TimeProvider? time = null)
{
    readonly TimeProvider clock = time ?? TimeProvider.System;

    public async Task RunAsync(CancellationToken stop)
    {
        try
        {
            while (await changes.WaitToReadAsync(stop))
            {
                var changed = new SortedSet<string>(StringComparer.Ordinal);
                Drain(changed);
                // Wait for the burst to end, but not for ever: an editor that keeps writing still gets a preview.
                var deadline = clock.GetUtcNow() + quietPeriod * 10;
                while (clock.GetUtcNow() < deadline && await MoreWithin(quietPeriod, stop))
                {
                    Drain(changed);
                }

                log.WriteLine("Changed: " + Shown(changed));
                try
                {
                    var state = await Task.Run(builder.Rebuild, stop);
                    hub.Publish(state);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    // A bug in the generator must not stop the preview: say so, keep serving the last good site.
                    log.WriteLine("portfolio: internal error while rebuilding. This is a bug in the generator, not in your content.");
                    log.WriteLine(e.ToString());
                }
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // The server is stopping.
        }
    }

    /// <summary>The changed files that still exist (an editor's temporary files are gone by now), or the first path.</summary>
    string Shown(SortedSet<string> changed)
    {
        var existing = changed.Where(File.Exists).ToList();
        var shown = (existing.Count > 0 ? existing : changed.Take(1))
            .Select(builder.Display.Of)
            .ToList();
        return shown.Count > 3 ? string.Join(", ", shown.Take(3)) + $" and {shown.Count - 3} more" : string.Join(", ", shown);
    }

    void Drain(SortedSet<string> changed)
    {
        while (changes.TryRead(out var path))
        {
            changed.Add(path);
        }
    }

    async Task<bool> MoreWithin(TimeSpan wait, CancellationToken stop)
    {
        using var quiet = new CancellationTokenSource(wait, clock);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(stop, quiet.Token);
        try
        {
            return await changes.WaitToReadAsync(timeout.Token);
        }
        catch (OperationCanceledException) when (!stop.IsCancellationRequested)
        {
            return false;
        }
    }
}
