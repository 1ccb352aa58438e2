using System.Diagnostics;
using System.Globalization;
using System.Text;
using Portfolio.Diagnostics;
using Portfolio.Tests.Support;

namespace Portfolio.Tests.Safety;

/// <summary>
/// A property test of the loader and the Markdown stage: any mutation of a real case file (truncated, bytes
/// flipped, YAML or Markdown syntax inserted, lines repeated or dropped) ends as a build with coded
/// diagnostics, never an exception or a hang. A fixed set of seeds runs in CI; set FUZZ_ITERATIONS (and
/// FUZZ_FIRST_SEED) to run more. A failure names its seed, so it can be replayed.
/// </summary>
public sealed class LoaderFuzzTests : IDisposable
{
    static readonly TimeSpan Bound = TimeSpan.FromSeconds(10);

    static readonly string[] Snippets =
    [
        "---\n", "...\n", ": ", ":", "- ", "[", "]", "{", "}", "&anchor ", "*anchor", "!!binary ", "!!python/object ", "? ", "|\n", ">-\n", "\t", "\"", "'",
        "%YAML 1.2\n", "#", "\\", "\\u0000", "\\uFFFE", "\"\\x07\"", "\ufeff", "\r", "\r\n",
        "> ", "> > > > > ", "1. ", "* ", "    ", "```\n", "~~~", "| a | b |\n|---|---|\n", "[x](", "![", "](javascript:alert(1))", "<div>", "<script>",
        "&#0;", "&#xFFFE;", "&amp;", "**", "__", "~~", "`", "<https://", "[^1]", "[a]: /b\n", "## ", "#\n", "===\n", "---\n---\n", "{{ site.title }}", "{% if %}",
    ];

    readonly FixtureSite site = FixtureSite.OfRepositoryContent();
    readonly byte[][] originals;

    public LoaderFuzzTests()
    {
        var cases = Path.Combine(FixtureSite.RepositoryRoot, "content", "cases");
        originals = [.. Directory.GetFiles(cases, "*.md").Where(f => Path.GetFileName(f).Count(c => c == '.') == 1).Order(StringComparer.Ordinal).Select(File.ReadAllBytes)];
        Assert.NotEmpty(originals);
    }

    public void Dispose() => site.Dispose();

    [Fact]
    public async Task Mutated_case_files_always_end_in_coded_diagnostics_within_a_time_bound()
    {
        var iterations = int.TryParse(Environment.GetEnvironmentVariable("FUZZ_ITERATIONS"), CultureInfo.InvariantCulture, out var n) ? n : 150;
        var first = int.TryParse(Environment.GetEnvironmentVariable("FUZZ_FIRST_SEED"), CultureInfo.InvariantCulture, out var f) ? f : 1;
        var known = Codes.All.Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
        var outcomes = new int[2];

        for (var seed = first; seed < first + iterations; seed++)
        {
            var (bytes, how) = Mutate(new Random(seed));
            site.WriteBytes("content/cases/fuzz.md", bytes);
            var clock = Stopwatch.StartNew();
            Portfolio.Pipeline.BuildResult result;
            try
            {
                result = await Task.Run(() => site.Build(write: false)).WaitAsync(Bound);
            }
            catch (Exception e)
            {
                Assert.Fail($"seed {seed} ({how}): the build threw or took over {Bound.TotalSeconds} s: {e}");
                throw;
            }

            Assert.All(result.Diagnostics, d => Assert.True(known.Contains(d.Code.Id), $"seed {seed} ({how}): uncoded diagnostic {d}"));
            Assert.True(clock.Elapsed < Bound, $"seed {seed} ({how}) took {clock.Elapsed.TotalSeconds:0.0} s");
            outcomes[result.ErrorCount > 0 ? 1 : 0]++;
        }

        // The mutations must exercise both outcomes, or they test nothing.
        Assert.True(outcomes[0] > 0 && outcomes[1] > 0, $"clean builds: {outcomes[0]}, failed builds: {outcomes[1]}");
    }

    (byte[] Bytes, string How) Mutate(Random random)
    {
        var bytes = originals[random.Next(originals.Length)].ToList();
        var how = new StringBuilder();
        var steps = random.Next(1, 4);
        for (var i = 0; i < steps; i++)
        {
            switch (random.Next(6))
            {
                case 0:
                    var cut = random.Next(bytes.Count + 1);
                    bytes.RemoveRange(cut, bytes.Count - cut);
                    how.Append(CultureInfo.InvariantCulture, $"truncated at {cut}; ");
                    break;
                case 1:
                    for (var flips = random.Next(1, 9); flips > 0 && bytes.Count > 0; flips--)
                    {
                        var at = random.Next(bytes.Count);
                        bytes[at] = (byte)random.Next(256);
                        how.Append(CultureInfo.InvariantCulture, $"byte {at} flipped; ");
                    }

                    break;
                case 2:
                    var snippet = Snippets[random.Next(Snippets.Length)];
                    var where = random.Next(bytes.Count + 1);
                    bytes.InsertRange(where, Encoding.UTF8.GetBytes(snippet));
                    how.Append(CultureInfo.InvariantCulture, $"inserted {snippet.ReplaceLineEndings("\\n")} at {where}; ");
                    break;
                case 3:
                    var lines = Lines(bytes);
                    var line = random.Next(lines.Count);
                    var times = random.Next(1, 60);
                    lines.InsertRange(line, Enumerable.Repeat(lines[line], times));
                    bytes = Join(lines);
                    how.Append(CultureInfo.InvariantCulture, $"line {line + 1} repeated {times} times; ");
                    break;
                case 4:
                    var all = Lines(bytes);
                    var gone = random.Next(all.Count);
                    all.RemoveAt(gone);
                    bytes = Join(all);
                    how.Append(CultureInfo.InvariantCulture, $"line {gone + 1} removed; ");
                    break;
                default:
                    var block = Lines(bytes);
                    var start = random.Next(block.Count);
                    var length = Math.Min(block.Count - start, random.Next(1, 10));
                    var copy = block.GetRange(start, length);
                    block.InsertRange(random.Next(block.Count + 1), copy);
                    bytes = Join(block);
                    how.Append(CultureInfo.InvariantCulture, $"lines {start + 1}-{start + length} copied elsewhere; ");
                    break;
            }
        }

        return ([.. bytes], how.ToString().TrimEnd(' ', ';'));
    }

    static List<List<byte>> Lines(List<byte> bytes)
    {
        var lines = new List<List<byte>> { new() };
        foreach (var b in bytes)
        {
            lines[^1].Add(b);
            if (b == (byte)'\n')
            {
                lines.Add([]);
            }
        }

        return lines;
    }

    static List<byte> Join(List<List<byte>> lines) => [.. lines.SelectMany(l => l)];
}
