using System.Collections.Immutable;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Portfolio.Output;
using Portfolio.Pipeline;
using Portfolio.Rendering;
using Portfolio.Serve;
using Portfolio.Tests.Serve;
using Portfolio.Tests.Support;

namespace Portfolio.Tests.Safety;

/// <summary>
/// The preview answers only its own host names, shows paths relative to the site, keeps going when a file cannot
/// be read, and stops within two seconds of Ctrl+C whatever it is doing.
/// </summary>
public sealed class PreviewSafetyTests : IDisposable
{
    static readonly TimeSpan StopLimit = TimeSpan.FromSeconds(2);
    readonly FixtureSite site = new();

    public void Dispose() => site.Dispose();

    [Theory]
    [InlineData("evil.example", HttpStatusCode.Forbidden)]
    [InlineData("127.0.0.1.nip.io", HttpStatusCode.Forbidden)]
    [InlineData("localhost", HttpStatusCode.OK)]
    [InlineData("127.0.0.1", HttpStatusCode.OK)]
    [InlineData("[::1]", HttpStatusCode.OK)]
    public async Task Only_requests_addressed_to_this_machine_by_name_are_answered(string host, HttpStatusCode expected)
    {
        await using var serve = await ServeSession.StartAsync(site, listen: false);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.Host = $"{host}:{serve.Server.Address.Port}";

        using var response = await serve.Http.SendAsync(request);

        Assert.Equal(expected, response.StatusCode);
    }

    [Fact]
    public async Task Right_name_on_another_port_is_refused()
    {
        await using var serve = await ServeSession.StartAsync(site, listen: false);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.Host = $"127.0.0.1:{serve.Server.Address.Port + 1}";

        using var response = await serve.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task A_pipe_dropped_into_the_content_is_reported_and_rebuilding_goes_on_once_it_is_gone()
    {
        await using var serve = await ServeSession.StartAsync(site);
        var pipe = Path.Combine(site.ContentDir, "cases", "pipe.md");

        SpecialFiles.Fifo(pipe);
        var broken = await serve.StateWhereAsync(s => s.GetProperty("errors").EnumerateArray().Any(e => e.GetProperty("code").GetString() == "PF0015"));
        Assert.Equal("content/cases/pipe.md", broken.GetProperty("errors")[0].GetProperty("file").GetString());

        File.Delete(pipe);
        await serve.StateWhereAsync(ServeSession.Clean);
        site.Write("content/cases/alpha.md", site.Read("content/cases/alpha.md").Replace("title: Alpha", "title: Alpha Again", StringComparison.Ordinal));
        await serve.StateWhereAsync(s => ServeSession.Clean(s) && s.GetProperty("version").GetInt32() == 2);
    }

    [Fact]
    public void Errors_name_files_relative_to_the_site_even_when_the_theme_lives_elsewhere()
    {
        var elsewhere = Path.Combine(Path.GetTempPath(), "portfolio-theme-" + Guid.NewGuid().ToString("N"));
        try
        {
            Shared.TestFolders.CopyFolder(Path.Combine(site.Root, "themes", "default"), Path.Combine(elsewhere, "mytheme"));
            File.AppendAllText(Path.Combine(elsewhere, "mytheme", "layouts", "page.scriban"), "{{ if }}");
            site.Write("content/cases/alpha.md", site.Read("content/cases/alpha.md").Replace("  level: group", "  level: grup", StringComparison.Ordinal));
            var builder = new PreviewBuilder(new BuildOptions(site.ContentDir, Path.Combine(elsewhere, "mytheme"), ""), Producers.Default, TextWriter.Null);

            var state = builder.Rebuild();

            Assert.Contains(state.Errors, e => e.Position.File == "content/cases/alpha.md");
            Assert.Contains(state.Errors, e => e.Position.File == "mytheme/layouts/page.scriban");
            Assert.DoesNotContain(state.Errors, e => Path.IsPathRooted(e.Position.File) || e.Message.Contains(Path.GetTempPath(), StringComparison.Ordinal));
        }
        finally
        {
            Directory.Delete(elsewhere, recursive: true);
        }
    }

    [Fact]
    public async Task Stopping_while_idle_takes_under_two_seconds()
    {
        var serve = await ServeSession.StartAsync(site);

        var clock = Stopwatch.StartNew();
        await serve.DisposeAsync();

        Assert.True(clock.Elapsed < StopLimit, $"stopping took {clock.Elapsed.TotalSeconds:0.0} s");
    }

    [Fact]
    public async Task Stopping_in_the_middle_of_a_long_rebuild_takes_under_two_seconds()
    {
        var slow = new SlowProducer();
        var builder = new PreviewBuilder(site.Options(), [.. Producers.Default, slow], TextWriter.Null);
        builder.Rebuild();
        var server = new PreviewServer(builder, [site.ContentDir], 0, TimeSpan.FromMilliseconds(50), TextWriter.Null);
        await server.StartAsync();
        slow.Delay = TimeSpan.FromSeconds(30);

        site.Write("content/cases/alpha.md", site.Read("content/cases/alpha.md") + "\nMore.\n");
        Assert.True(slow.Started.Wait(TimeSpan.FromSeconds(15)), "the rebuild should have started");
        var clock = Stopwatch.StartNew();
        await server.DisposeAsync();

        Assert.True(clock.Elapsed < StopLimit, $"stopping took {clock.Elapsed.TotalSeconds:0.0} s");
    }

    [Fact]
    public async Task The_command_stops_within_two_seconds_of_ctrl_c_with_a_pipe_in_the_content()
    {
        var port = FreePort();
        var portfolio = Path.Combine(AppContext.BaseDirectory, "portfolio.dll");
        var start = new ProcessStartInfo("dotnet", ["exec", portfolio, "serve", "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "--content", site.ContentDir, "--theme", Path.Combine(site.Root, "themes", "default")])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        using var process = Process.Start(start)!;
        var ready = new TaskCompletionSource();
        var sawPipe = new TaskCompletionSource();
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data?.StartsWith("Previewing at", StringComparison.Ordinal) == true)
            {
                ready.TrySetResult();
            }
        };
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data?.Contains("pipe.md:1:1: error PF0015", StringComparison.Ordinal) == true)
            {
                sawPipe.TrySetResult();
            }
        };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            await ready.Task.WaitAsync(TimeSpan.FromSeconds(60));
            SpecialFiles.Fifo(Path.Combine(site.ContentDir, "cases", "pipe.md"));
            await sawPipe.Task.WaitAsync(TimeSpan.FromSeconds(60));

            var clock = Stopwatch.StartNew();
            using (var kill = Process.Start(new ProcessStartInfo("kill", ["-INT", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]) { UseShellExecute = false }))
            {
                kill!.WaitForExit();
            }

            Assert.True(process.WaitForExit(StopLimit), "the preview did not stop within two seconds of Ctrl+C");
            Assert.Equal(0, process.ExitCode);
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
        }
    }

    static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>A producer that stands for a build that takes long: once <see cref="Delay"/> is set, it waits that long.</summary>
    sealed class SlowProducer : IOutputProducer
    {
        public string Name => "slow";

        public TimeSpan Delay { get; set; } = TimeSpan.Zero;

        public ManualResetEventSlim Started { get; } = new();

        public ImmutableArray<OutputFile> Produce(Portfolio.Model.Site site, RenderContext context, ImmutableArray<RenderedPage> pages, ImmutableArray<Diagnostics.Diagnostic>.Builder diagnostics)
        {
            if (Delay > TimeSpan.Zero)
            {
                Started.Set();
                Thread.Sleep(Delay);
            }

            return [];
        }
    }
}
