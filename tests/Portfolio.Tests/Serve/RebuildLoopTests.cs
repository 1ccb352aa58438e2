using System.Threading.Channels;
using Microsoft.Extensions.Time.Testing;
using Portfolio.Pipeline;
using Portfolio.Serve;
using Portfolio.Tests.Support;

namespace Portfolio.Tests.Serve;

/// <summary>The preview's debounce, on a clock the test moves by hand: a burst of saves is one rebuild, made once the quiet period has passed.</summary>
public sealed class RebuildLoopTests : IDisposable
{
    static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(100);
    readonly FixtureSite site = new();
    readonly FakeTimeProvider time = new();
    readonly Channel<string> changes = Channel.CreateUnbounded<string>();
    readonly CancellationTokenSource stop = new();

    public void Dispose()
    {
        stop.Cancel();
        stop.Dispose();
        site.Dispose();
    }

    (PreviewBuilder Builder, Task Loop) Start()
    {
        var builder = new PreviewBuilder(site.Options(), Producers.Default, TextWriter.Null);
        builder.Rebuild();
        var loop = new RebuildLoop(builder, new ReloadHub(), changes.Reader, Quiet, TextWriter.Null, time);
        return (builder, loop.RunAsync(stop.Token));
    }

    /// <summary>Queues a change and waits until the loop has taken it (it takes every change at once).</summary>
    async Task Change(string path)
    {
        changes.Writer.TryWrite(path);
        await Until(() => changes.Reader.Count == 0);
    }

    /// <summary>Waits for work to happen, not for time to pass: fails only if it never does.</summary>
    static async Task Until(Func<bool> condition, Action? nudge = null)
    {
        using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        while (!condition())
        {
            nudge?.Invoke();
            await Task.Delay(5, limit.Token);
        }
    }

    [Fact]
    public async Task Saves_closer_together_than_the_quiet_period_make_no_rebuild_yet()
    {
        var (builder, _) = Start();

        for (var i = 0; i < 5; i++)
        {
            await Change("content/cases/alpha.md");
            time.Advance(Quiet * 0.6);
        }

        Assert.Equal(1, builder.Builds);
    }

    [Fact]
    public async Task A_burst_of_saves_is_one_rebuild_once_the_quiet_period_has_passed()
    {
        var (builder, _) = Start();
        for (var i = 0; i < 5; i++)
        {
            await Change("content/cases/alpha.md");
            time.Advance(Quiet * 0.6);
        }

        await Until(() => builder.Builds == 2, () => time.Advance(Quiet));
        time.Advance(Quiet * 20);

        Assert.Equal(0, changes.Reader.Count);
        Assert.Equal(2, builder.Builds);
    }

    [Fact]
    public async Task An_editor_that_keeps_saving_still_gets_a_rebuild_after_ten_quiet_periods()
    {
        var (builder, _) = Start();

        for (var i = 0; i < 30 && builder.Builds == 1; i++)
        {
            await Change("content/cases/alpha.md");
            time.Advance(Quiet * 0.6);
        }

        await Until(() => builder.Builds == 2);
        Assert.Equal(2, builder.Builds);
    }
}
