using Portfolio.Diagnostics;
using Portfolio.FileSystem;
using Portfolio.Tests.Support;

namespace Portfolio.Tests.Safety;

/// <summary>
/// The build reads only regular files whose real path lies inside the content or theme folder: links out,
/// dangling links, loops, pipes, devices and sockets are coded errors naming the file, and nothing of them
/// reaches the output.
/// </summary>
public sealed class DiscoverySafetyTests : IDisposable
{
    readonly FixtureSite site = new();
    readonly string outside = Path.Combine(Path.GetTempPath(), "portfolio-outside-" + Guid.NewGuid().ToString("N"));

    public DiscoverySafetyTests()
    {
        Directory.CreateDirectory(outside);
        File.WriteAllText(Path.Combine(outside, "secret.md"), site.Read("content/cases/alpha.md").Replace("title: Alpha", "title: Secret", StringComparison.Ordinal));
        File.WriteAllText(Path.Combine(outside, "secret.txt"), "TOKEN=do-not-publish");
    }

    public void Dispose()
    {
        site.Dispose();
        Directory.Delete(outside, recursive: true);
    }

    string At(string relative) => Path.Combine(site.Root, relative);

    Diagnostic ErrorFor(string relative)
    {
        var result = site.Build(write: false);
        var error = result.Diagnostics.FirstOrDefault(d => d.IsError && d.Position.File == relative);
        Assert.True(error is not null, $"expected an error for {relative}; got:\n" + string.Join('\n', result.Diagnostics));
        return error;
    }

    [Fact]
    public void Case_file_that_links_outside_the_content_folder_is_refused_and_not_published()
    {
        SpecialFiles.Link(At("content/cases/secret.md"), Path.Combine(outside, "secret.md"));

        Assert.Equal(Codes.LinkOutside, ErrorFor("content/cases/secret.md").Code);
        Assert.DoesNotContain(site.Build(write: false).Files, f => f.Path.Contains("secret", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("/etc/passwd")]
    [InlineData("/proc/self/environ")]
    public void Theme_asset_that_links_to_a_system_file_is_refused_and_never_published(string target)
    {
        SpecialFiles.Link(At("themes/default/assets/leak.txt"), target);
        SpecialFiles.Link(At("themes/default/assets/secret.txt"), Path.Combine(outside, "secret.txt"));

        var result = site.Build(write: false);

        Assert.Contains(result.Diagnostics, d => d.Code == Codes.LinkOutside && d.Position.File == "themes/default/assets/leak.txt");
        Assert.Contains(result.Diagnostics, d => d.Code == Codes.LinkOutside && d.Position.File == "themes/default/assets/secret.txt");
        Assert.DoesNotContain(result.Files, f => f.Path.Contains("leak", StringComparison.Ordinal) || f.Path.Contains("secret", StringComparison.Ordinal));
    }

    [Fact]
    public void Folder_of_the_content_that_is_a_link_out_of_it_is_refused()
    {
        Directory.Delete(At("content/pages"), recursive: true);
        SpecialFiles.Link(At("content/pages"), outside);

        Assert.Equal(Codes.LinkOutside, ErrorFor("content/pages").Code);
    }

    [Fact]
    public void Link_to_a_file_inside_the_content_folder_is_read()
    {
        SpecialFiles.Link(At("content/cases/alpha-again.md"), At("content/cases/alpha.md"));

        var result = site.Build(write: false);

        Assert.DoesNotContain(result.Diagnostics, d => d.Position.File == "content/cases/alpha-again.md");
        Assert.Contains(result.Files, f => f.Path == "cases/alpha-again/index.html");
    }

    [Fact]
    public void Dangling_link_and_link_loop_are_reported_by_name()
    {
        SpecialFiles.Link(At("content/cases/gone.md"), At("content/cases/nothing-here.md"));
        SpecialFiles.Link(At("content/cases/loop-a.md"), At("content/cases/loop-b.md"));
        SpecialFiles.Link(At("content/cases/loop-b.md"), At("content/cases/loop-a.md"));

        var gone = ErrorFor("content/cases/gone.md");
        Assert.Equal(Codes.LinkOutside, gone.Code);
        Assert.Contains("points to nothing", gone.Message, StringComparison.Ordinal);
        var loop = ErrorFor("content/cases/loop-a.md");
        Assert.Equal(Codes.LinkOutside, loop.Code);
        Assert.Contains("loop", loop.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Named_pipe_in_a_content_folder_is_reported_without_being_opened()
    {
        SpecialFiles.Fifo(At("content/cases/pipe.md"));
        SpecialFiles.Link(At("content/pages/to-pipe.md"), At("content/cases/pipe.md"));

        // Opening a FIFO for reading blocks until a writer comes; a build that tried would never return.
        var result = await Task.Run(() => site.Build(write: false)).WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Contains(result.Diagnostics, d => d.Code == Codes.NotRegularFile && d.Position.File == "content/cases/pipe.md");
        Assert.Contains(result.Diagnostics, d => d.Code == Codes.NotRegularFile && d.Position.File == "content/pages/to-pipe.md");
    }

    [Fact]
    public void Socket_in_the_data_folder_is_reported()
    {
        using var socket = SpecialFiles.UnixSocket(At("content/data/extra.yml"));

        Assert.Equal(Codes.NotRegularFile, ErrorFor("content/data/extra.yml").Code);
    }

    [Fact]
    public void Link_to_a_device_is_refused_without_reading_it()
    {
        SpecialFiles.Link(At("content/cases/zero.md"), "/dev/zero");

        Assert.Equal(Codes.LinkOutside, ErrorFor("content/cases/zero.md").Code);
    }

    [Fact]
    public void Size_limit_counts_the_bytes_read_not_the_size_the_file_system_reports()
    {
        // Files in /proc report a length of 0 and hold more.
        var path = "/proc/self/maps";
        Assert.Equal(0, new FileInfo(path).Length);

        Assert.Equal(ReadFailure.TooLarge, BoundedFile.Read(path, 16).Failure);
        Assert.Equal(ReadFailure.NotRegular, BoundedFile.Read("/dev/zero", 16).Failure);
    }

    [SkippableFact]
    public void Unreadable_file_is_reported_and_the_rest_of_the_site_is_checked()
    {
        Skip.If(SpecialFiles.IsRoot || OperatingSystem.IsWindows(), "root can read a file without read permission, so there is nothing to refuse");
        File.Copy(At("content/cases/alpha.md"), At("content/cases/locked.md"));
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(At("content/cases/locked.md"), UnixFileMode.None);
        }

        var error = ErrorFor("content/cases/locked.md");

        Assert.Equal(Codes.Unreadable, error.Code);
    }

    [Fact]
    public void Link_to_a_folder_inside_the_theme_is_not_followed_so_a_loop_cannot_recurse()
    {
        SpecialFiles.Link(At("themes/default/layouts/partials/again"), At("themes/default/layouts"));

        var result = site.Build(write: false);

        Assert.Contains(result.Diagnostics, d => d.Code == Codes.UnexpectedFile && d.Position.File == "themes/default/layouts/partials/again");
        Assert.Equal(0, result.ErrorCount);
    }
}
