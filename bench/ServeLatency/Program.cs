using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Portfolio.Cli;
using Portfolio.Pipeline;
using Portfolio.Serve;

// Measures `portfolio serve`: the time from saving a case file to the reload event an open page receives.
//   dotnet run --project bench/ServeLatency -c Release -- --content DIR [--theme themes/default] [--saves 7]
// It edits the first case file of DIR (and restores it at the end), so point it at a copy, such as a
// corpus written by bench/CorpusGenerator.
var options = args.Select((a, i) => (a, i)).Where(x => x.a.StartsWith("--", StringComparison.Ordinal) && x.i + 1 < args.Length)
    .ToDictionary(x => x.a, x => args[x.i + 1], StringComparer.Ordinal);
if (!options.TryGetValue("--content", out var content))
{
    Console.Error.WriteLine("Usage: --content DIR [--theme DIR] [--saves N]");
    return 2;
}

var theme = options.GetValueOrDefault("--theme", Path.Combine("themes", "default"));
var saves = int.Parse(options.GetValueOrDefault("--saves", "7"), CultureInfo.InvariantCulture);
var log = TextWriter.Synchronized(Console.Error);
var build = new BuildOptions(content, theme, "", BaseUrl: "http://127.0.0.1/");
var builder = new PreviewBuilder(build, Producers.Default, log);
var first = Stopwatch.StartNew();
builder.Rebuild();
Console.WriteLine($"first build: {first.ElapsedMilliseconds} ms, {builder.State.Files.Count} files");
if (!builder.State.HasSite)
{
    Console.Error.WriteLine("the content does not build; fix it first");
    return 1;
}

await using var server = new PreviewServer(builder, [content, theme], 0, ServeCommand.QuietPeriod, log);
await server.StartAsync();
using var http = new HttpClient { BaseAddress = server.Address, Timeout = Timeout.InfiniteTimeSpan };
using var events = await http.GetAsync("/_serve/events", HttpCompletionOption.ResponseHeadersRead);
using var reader = new StreamReader(await events.Content.ReadAsStreamAsync());

async Task<int> NextVersion()
{
    while (await reader.ReadLineAsync() is { } line)
    {
        if (line.StartsWith("data: ", StringComparison.Ordinal))
        {
            using var json = JsonDocument.Parse(line["data: ".Length..]);
            if (json.RootElement.GetProperty("errors").GetArrayLength() > 0)
            {
                throw new InvalidOperationException("the edit broke the build: " + line);
            }

            return json.RootElement.GetProperty("version").GetInt32();
        }
    }

    throw new InvalidOperationException("the event stream ended");
}

var version = await NextVersion();
var file = Directory.EnumerateFiles(Path.Combine(content, "cases"), "*.md").Order(StringComparer.Ordinal).First();
var original = File.ReadAllText(file);
var latencies = new List<double>();
try
{
    for (var i = 1; i <= saves; i++)
    {
        await Task.Delay(500); // let the previous rebuild settle, as between two real saves
        var clock = Stopwatch.StartNew();
        File.WriteAllText(file, original + $"\nEdited for the benchmark, save {i}.\n");
        var next = await NextVersion();
        clock.Stop();
        if (next <= version)
        {
            throw new InvalidOperationException($"expected a new version after save {i}, got {next}");
        }

        version = next;
        latencies.Add(clock.Elapsed.TotalMilliseconds);
        Console.WriteLine(FormattableString.Invariant($"save {i}: {clock.Elapsed.TotalMilliseconds:0} ms"));
    }
}
finally
{
    File.WriteAllText(file, original);
}

var sorted = latencies.Order().ToList();
var median = sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
Console.WriteLine(FormattableString.Invariant(
    $"save to reload event, {Directory.EnumerateFiles(Path.Combine(content, "cases"), "*.md").Count()} cases: median {median:0} ms, min {sorted[0]:0} ms, max {sorted[^1]:0} ms over {sorted.Count} saves"));
return 0;
