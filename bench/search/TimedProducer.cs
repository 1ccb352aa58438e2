using System.Collections.Immutable;
using System.Diagnostics;
using Portfolio.Diagnostics;
using Portfolio.Model;
using Portfolio.Output;
using Portfolio.Rendering;

namespace Portfolio.Bench.Search;

/// <summary>Runs a producer inside the normal build and keeps how long it took and how much it wrote.</summary>
sealed class TimedProducer(IOutputProducer inner) : IOutputProducer
{
    public TimeSpan Elapsed { get; private set; }

    /// <summary>Processor time of the whole process while the producer ran (all threads): less sensitive to a busy machine.</summary>
    public TimeSpan ProcessorTime { get; private set; }

    public int Documents { get; private set; }

    public ImmutableArray<OutputFile> Files { get; private set; } = [];

    public ImmutableArray<OutputFile> Produce(Site site, RenderContext context, ImmutableArray<RenderedPage> pages, ImmutableArray<Diagnostic>.Builder diagnostics)
    {
        var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        Files = inner.Produce(site, context, pages, diagnostics);
        Elapsed = clock.Elapsed;
        process.Refresh();
        ProcessorTime = process.TotalProcessorTime - cpu;
        Documents = pages.Length;
        return Files;
    }
}
