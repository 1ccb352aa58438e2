using System.Diagnostics;
using Portfolio.Output;
using Portfolio.Tests.Support;

namespace Portfolio.Tests.Safety;

/// <summary>output/ is at every moment the complete old site or the complete new one, and interrupted builds leave nothing behind for long.</summary>
public sealed class AtomicWriteTests : IDisposable
{
    readonly FixtureSite site = new();

    public void Dispose() => site.Dispose();

    string[] StagingFolders() => [.. Directory.EnumerateDirectories(site.Root, ".output-*").Select(Path.GetFileName).OfType<string>()];

    [Fact]
    public async Task A_reader_never_finds_the_output_missing_while_builds_replace_it()
    {
        site.BuildClean();
        var index = Path.Combine(site.OutputDir, "index.html");
        var misses = 0;
        var looks = 0;
        using var done = new CancellationTokenSource();
        var reader = Task.Run(() =>
        {
            while (!done.IsCancellationRequested)
            {
                looks++;
                if (!File.Exists(index))
                {
                    misses++;
                }
            }
        });

        for (var i = 0; i < 12; i++)
        {
            site.Write("content/cases/alpha.md", site.Read("content/cases/alpha.md") + $"\nEdit {i}.\n");
            site.BuildClean();
        }

        done.Cancel();
        await reader;
        Assert.True(looks > 100, "the reader must have looked while the builds ran");
        Assert.Equal(0, misses);
        Assert.Empty(StagingFolders());
    }

    [Fact]
    public void Swap_puts_the_new_folder_in_place_and_leaves_the_old_one_where_the_new_one_was()
    {
        site.Write("a/which.txt", "old");
        site.Write("b/which.txt", "new");

        FolderSwap.Replace(Path.Combine(site.Root, "a"), Path.Combine(site.Root, "b"));

        Assert.Equal("new", site.Read("a/which.txt"));
        Assert.Equal("old", site.Read("b/which.txt"));
    }

    [Fact]
    public void Staging_folder_of_an_interrupted_build_is_removed_by_the_next_build()
    {
        var ended = EndedProcessId();
        var leftover = $".output-staging-{ended}-0123456789abcdef";
        site.Write($"{leftover}/{OutputGuard.MarkerName}", OutputGuard.MarkerText);
        site.Write($"{leftover}/index.html", "<p>half a site</p>");

        site.BuildClean();

        Assert.Empty(StagingFolders());
    }

    [Fact]
    public void Leftover_cleaning_keeps_folders_without_the_marker_and_those_of_running_builds()
    {
        var ended = EndedProcessId();
        site.Write($".output-staging-{ended}-unmarked/notes.txt", "not ours");
        site.Write($".output-staging-{Environment.ProcessId}-running/{OutputGuard.MarkerName}", OutputGuard.MarkerText);

        site.BuildClean();

        string[] kept = [$".output-staging-{Environment.ProcessId}-running", $".output-staging-{ended}-unmarked"];
        Assert.Equal(kept.Order(StringComparer.Ordinal), StagingFolders().Order(StringComparer.Ordinal));
    }

    static int EndedProcessId()
    {
        using var process = Process.Start(new ProcessStartInfo("true") { UseShellExecute = false })!;
        process.WaitForExit();
        return process.Id;
    }
}
