using System.Diagnostics;
using System.Globalization;
using System.Text;
using Portfolio.Bench;
using Portfolio.Content;
using Portfolio.Pipeline;

// bench/HostileInput: how long the build takes on the worst Markdown shapes we know of, each filled to just under
// the size limit, beside the seven real cases. Prints one row per shape (median of the runs) and the worst.
// usage: dotnet run --project bench/HostileInput -c Release -- [--runs N] [--size BYTES] [--root REPO]
var runs = 3;
var size = ContentLimits.MaxFileBytes - 4096;
var root = ".";
for (var i = 0; i + 1 < args.Length; i += 2)
{
    switch (args[i])
    {
        case "--runs": runs = int.Parse(args[i + 1], CultureInfo.InvariantCulture); break;
        case "--size": size = int.Parse(args[i + 1], CultureInfo.InvariantCulture); break;
        case "--root": root = args[i + 1]; break;
        default: Console.Error.WriteLine($"unknown option {args[i]}"); return 2;
    }
}

var work = Path.Combine(Path.GetTempPath(), "portfolio-hostile-" + Environment.ProcessId);
Copy(Path.Combine(root, "content"), Path.Combine(work, "content"));
Copy(Path.Combine(root, "themes", "default"), Path.Combine(work, "themes", "default"));
var ia2 = File.ReadAllText(Path.Combine(work, "content", "cases", "ia2.md"));
var frontMatter = ia2[..(ia2.IndexOf("\n---\n", 4, StringComparison.Ordinal) + 5)];
var options = new BuildOptions(Path.Combine(work, "content"), Path.Combine(work, "themes", "default"), Path.Combine(work, "output"), DisplayRoot: work);

double Measure(out string outcome)
{
    var times = new List<double>();
    BuildResult? last = null;
    for (var r = 0; r < runs; r++)
    {
        var clock = Stopwatch.StartNew();
        last = new BuildPipeline(Producers.Default).Run(options, write: false);
        times.Add(clock.Elapsed.TotalMilliseconds);
    }

    var first = last!.Diagnostics.FirstOrDefault(d => d.IsError);
    outcome = first is null ? "builds" : $"{first.Code.Id} at {first.Position.Line}:{first.Position.Column}";
    return times.Order().ElementAt(times.Count / 2);
}

try
{
    Measure(out _); // warm up
    var baseline = Measure(out var baseOutcome);
    Console.WriteLine(FormattableString.Invariant($"bench/HostileInput: {runs} runs each (median), bodies of {size:N0} bytes beside the real content; whole pipeline without writing"));
    Console.WriteLine(FormattableString.Invariant($"{"real content alone",-40} {baseline,8:0} ms  {baseOutcome}"));
    var worst = (Name: "", Extra: 0.0);
    foreach (var (name, body) in Shapes.All(size))
    {
        File.WriteAllText(Path.Combine(work, "content", "cases", "hostile.md"), frontMatter + body, new UTF8Encoding(false));
        var median = Measure(out var outcome);
        var extra = median - baseline;
        Console.WriteLine(FormattableString.Invariant($"{name,-40} {median,8:0} ms  (+{extra:0} ms)  {outcome}"));
        if (extra > worst.Extra)
        {
            worst = (name, extra);
        }
    }

    var after = Measure(out _);
    Console.WriteLine(FormattableString.Invariant($"{"real content alone, again",-40} {after,8:0} ms"));
    Console.WriteLine(FormattableString.Invariant($"worst: {worst.Name}, {worst.Extra:0} ms more than the real content alone (measured before the shapes)"));
    return 0;
}
finally
{
    Directory.Delete(work, recursive: true);
}

static void Copy(string from, string to)
{
    foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
    {
        var target = Path.Combine(to, Path.GetRelativePath(from, file));
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        File.Copy(file, target);
    }
}
