using Microsoft.Extensions.Time.Testing;
using Portfolio.Cli;
using Portfolio.Tests.Shared;
using Portfolio.Tests.Support;

namespace Portfolio.Tests.Cli;

/// <summary>A long build shows that it is alive: a line redrawn on a terminal, a line now and then in a log, nothing with --quiet.</summary>
public sealed class ProgressTests
{
    [Fact]
    public void A_quick_build_shows_no_progress()
    {
        var time = new FakeTimeProvider();
        using var log = new StringWriter();
        using (var progress = new ConsoleProgress(log, terminal: true, time))
        {
            progress.Stage("render", 10);
            time.Advance(TimeSpan.FromMilliseconds(500));
        }

        Assert.Equal("", log.ToString());
    }

    [Fact]
    public void On_a_terminal_one_line_shows_the_stage_and_pages_and_is_erased_at_the_end()
    {
        var time = new FakeTimeProvider();
        using var log = new StringWriter();
        using (var progress = new ConsoleProgress(log, terminal: true, time))
        {
            progress.Stage("render", 1054);
            for (var i = 0; i < 532; i++)
            {
                progress.Step();
            }

            time.Advance(TimeSpan.FromSeconds(1));
            Assert.Contains("\r\u001b[2Krender  532 of 1,054 pages  (1.0 s)", log.ToString(), StringComparison.Ordinal);
            Assert.DoesNotContain('\n', log.ToString());
        }

        Assert.EndsWith("\r\u001b[2K", log.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void In_a_log_a_plain_line_is_written_every_few_seconds_without_terminal_codes()
    {
        var time = new FakeTimeProvider();
        using var log = new StringWriter { NewLine = "\n" };
        using (var progress = new ConsoleProgress(log, terminal: false, time))
        {
            progress.Stage("parse");
            for (var second = 0; second < 12; second++)
            {
                time.Advance(TimeSpan.FromSeconds(1));
            }
        }

        var lines = log.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Every.Item(lines, line => Assert.StartsWith("  … parse  (", line, StringComparison.Ordinal));
        Assert.DoesNotContain('\u001b', log.ToString());
    }

    [Fact]
    public void Quiet_prints_nothing_for_a_build_that_succeeds_and_the_summary_of_one_that_fails()
    {
        using var site = new FixtureSite();
        var ok = CliRun.Of("build", "--content", site.ContentDir, "--theme", Path.Combine(site.Root, "themes", "default"), "--output", site.OutputDir, "--quiet");
        Assert.Equal(0, ok.ExitCode);
        Assert.Equal("", ok.Stderr + ok.Stdout);

        site.Write("content/cases/broken.md", "---\ntitle: [\n---\n");
        var failed = CliRun.Of("build", "--content", site.ContentDir, "--theme", Path.Combine(site.Root, "themes", "default"), "--output", site.OutputDir, "--quiet");
        Assert.Equal(1, failed.ExitCode);
        Assert.Contains("Build failed", failed.Stderr, StringComparison.Ordinal);
    }
}
