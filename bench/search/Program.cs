using System.Collections.Immutable;
using System.Globalization;
using System.IO.Compression;
using Portfolio.Bench.Search;
using Portfolio.Pipeline;
using Portfolio.Search;

// Measures the search index on a content folder (make one with bench/CorpusGenerator):
//   dotnet run --project bench/search -c Release -- --content /tmp/corpus-1000 [--runs 3] [--output /tmp/corpus-1000-site]
// Prints the time the index producer takes inside a normal build (median of the runs), the index's
// size and file count, then what a first query downloads, by running the site's own client under node.
// Only the index and the scripts are written to the output folder.
var options = args.Select((a, i) => (a, i)).Where(x => x.a.StartsWith("--", StringComparison.Ordinal))
    .ToDictionary(x => x.a, x => x.i + 1 < args.Length ? args[x.i + 1] : "", StringComparer.Ordinal);
if (!options.TryGetValue("--content", out var content))
{
    Console.Error.WriteLine("usage: --content DIR [--runs N] [--output DIR]");
    return 2;
}

var runs = int.Parse(options.GetValueOrDefault("--runs", "3"), CultureInfo.InvariantCulture);
var output = options.GetValueOrDefault("--output", Path.Combine(Path.GetTempPath(), "search-bench-site"));
var repository = Repository.Root();
var times = new List<double>();
TimedProducer? last = null;
for (var run = 0; run < runs; run++)
{
    var timed = new TimedProducer(new SearchIndexProducer());
    var producers = Producers.Default.Select(p => p is SearchIndexProducer ? timed : p).ToImmutableArray();
    var result = new BuildPipeline(producers).Run(
        new BuildOptions(content, Path.Combine(repository, "themes", "default"), output, BaseUrl: "http://127.0.0.1/", DisplayRoot: content), write: false);
    if (result.Site is null || timed.Files.IsEmpty)
    {
        Console.Error.WriteLine(string.Join('\n', result.Diagnostics.Take(20)));
        return 1;
    }

    if (run == 0 && result.ErrorCount > 0)
    {
        // Only the index is measured here; the rest of the site may fail its checks at sizes it was not made for.
        Console.WriteLine($"note: the site's own checks report {result.ErrorCount:N0} errors at this size, e.g. {result.Diagnostics.First(d => d.IsError).Message}");
    }

    if (run == 0)
    {
        WriteFiles(output, [.. timed.Files, .. result.Files.Where(f => f.Path.StartsWith("assets/js/", StringComparison.Ordinal))]);
    }

    times.Add(timed.Elapsed.TotalMilliseconds);
    last = timed;
    var render = result.Timings.First(t => t.Stage == "render").Elapsed.TotalMilliseconds;
    Console.WriteLine(FormattableString.Invariant($"run {run + 1}: index {timed.Elapsed.TotalMilliseconds:0} ms wall, {timed.ProcessorTime.TotalMilliseconds:0} ms CPU, of the render stage's {render:0} ms ({result.Site!.Cases.Length:N0} cases, {timed.Documents:N0} pages)"));
}

times.Sort();
var files = last!.Files;
var raw = files.Sum(f => (long)f.Bytes.Length);
var gzip = files.Sum(f => Compressed(f.Bytes));
var manifest = files.First(f => f.Path.EndsWith("index.json", StringComparison.Ordinal));
Console.WriteLine(FormattableString.Invariant($"index build time: median {times[times.Count / 2]:0} ms over {runs} runs"));
Console.WriteLine(FormattableString.Invariant($"index: {files.Length:N0} files, {raw / 1024.0:0} KB ({gzip / 1024.0:0} KB gzipped); manifest {manifest.Bytes.Length / 1024.0:0.0} KB ({Compressed(manifest.Bytes) / 1024.0:0.0} KB gzipped); {files.Count(f => f.Path.Contains("/t/", StringComparison.Ordinal))} term shards, {files.Count(f => f.Path.Contains("/w/", StringComparison.Ordinal))} word shards"));

var probe = new System.Diagnostics.ProcessStartInfo("node", [Path.Combine(repository, "bench", "search", "first-query.mjs"), output]) { UseShellExecute = false };
using var node = System.Diagnostics.Process.Start(probe)!;
using Portfolio.Content.Documents;
node.WaitForExit();
return node.ExitCode;

static void WriteFiles(string folder, IEnumerable<Portfolio.Output.OutputFile> files)
{
    if (Directory.Exists(folder))
    {
        Directory.Delete(folder, recursive: true);
    }

    foreach (var file in files)
    {
        var path = Path.Combine(folder, file.Path);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, file.Bytes);
    }
}

static long Compressed(byte[] bytes)
{
    using var buffer = new MemoryStream();
    using (var gzip = new GZipStream(buffer, CompressionLevel.Optimal, leaveOpen: true))
    {
        gzip.Write(bytes);
    }

    return buffer.Length;
}
