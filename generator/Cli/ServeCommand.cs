using System.Globalization;
using Portfolio.Pipeline;
using Portfolio.Serve;

namespace Portfolio.Cli;

/// <summary>
/// <c>portfolio serve [--port N]</c>: a live preview on http://127.0.0.1:N/ (8080 by default) that rebuilds
/// on every save and reloads open pages. Build errors show over the page; the last good site stays up.
/// </summary>
public sealed class ServeCommand(TextWriter stdout, TextWriter stderr)
{
    public const int DefaultPort = 8080;

    /// <summary>
    /// How long the preview waits after a change for more changes before it rebuilds: long enough to take an
    /// editor's save (write, rename, attribute change: a few milliseconds apart) as one change, short enough not
    /// to be felt.
    /// </summary>
    public static readonly TimeSpan QuietPeriod = TimeSpan.FromMilliseconds(25);

    public int Run(Arguments args) => RunAsync(args).GetAwaiter().GetResult();

    async Task<int> RunAsync(Arguments args)
    {
        var port = Port(args.Value("--port"));
        var content = args.Value("--content", "content");
        var options = new BuildOptions(
            content,
            args.Value("--theme") ?? BuildCommand.DefaultTheme(content),
            OutputDir: "",
            BaseUrl: $"http://127.0.0.1:{port}/",
            Drafts: args.Has("--drafts"));
        var log = TextWriter.Synchronized(stderr);
        log.WriteLine("Building the preview…");
        var builder = new PreviewBuilder(options, Producers.Default, log);
        builder.Rebuild();

        await using var server = new PreviewServer(builder, [options.ContentDir, options.ThemeDir], port, QuietPeriod, log);
        try
        {
            await server.StartAsync();
        }
        catch (IOException e)
        {
            stderr.WriteLine($"portfolio: cannot listen on 127.0.0.1:{port}: {e.Message}");
            stderr.WriteLine("Another program may be using that port; choose another with --port N.");
            return ExitCodes.Usage;
        }

        stdout.WriteLine($"Previewing at {server.Address} — edits to {options.ContentDir}/ and {options.ThemeDir}/ reload the page. Press Ctrl+C to stop.");
        await server.WaitForShutdownAsync();
        return ExitCodes.Ok;
    }

    static int Port(string? value)
    {
        if (value is null)
        {
            return DefaultPort;
        }

        return int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var port) && port is >= 1 and <= 65535
            ? port
            : throw new UsageException($"--port must be a number from 1 to 65535; you wrote '{value}'");
    }
}
