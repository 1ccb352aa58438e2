using System.Globalization;
using Portfolio.Diagnostics;

namespace Portfolio.Cli;

/// <summary>
/// Shows a build's progress on standard error while it runs, once it has run for a moment (a quick build shows
/// nothing). On a terminal one line is redrawn in place ten times a second and erased at the end; in a log (CI,
/// a pipe) a plain line is written every few seconds instead, so the log shows the build is alive without
/// filling up.
/// </summary>
public sealed class ConsoleProgress : BuildProgress, IDisposable
{
    static readonly TimeSpan QuietStart = TimeSpan.FromMilliseconds(700);
    static readonly TimeSpan LogEvery = TimeSpan.FromSeconds(5);

    readonly TextWriter writer;
    readonly bool terminal;
    readonly TimeProvider time;
    readonly long started;
    readonly ITimer timer;
    readonly Lock gate = new();
    TimeSpan lastLine;
    bool drawn;
    bool disposed;

    public ConsoleProgress(TextWriter writer, bool terminal, TimeProvider? time = null)
    {
        this.writer = writer;
        this.terminal = terminal;
        this.time = time ?? TimeProvider.System;
        started = this.time.GetTimestamp();
        var period = terminal ? TimeSpan.FromMilliseconds(100) : TimeSpan.FromSeconds(1);
        timer = this.time.CreateTimer(_ => Show(), null, period, period);
    }

    TimeSpan Elapsed => time.GetElapsedTime(started);

    /// <summary>Whether standard error is a terminal that can redraw a line.</summary>
    public static bool ErrorIsTerminal =>
        !Console.IsErrorRedirected && Environment.GetEnvironmentVariable("TERM") is not ("dumb" or null or "");

    /// <summary>What the line says: <c>render  532 of 1,054 pages  (3.1 s)</c>.</summary>
    public string Line()
    {
        var counts = Total > 0 ? string.Format(CultureInfo.InvariantCulture, "  {0:N0} of {1:N0} pages", Done, Total) : "";
        return string.Format(CultureInfo.InvariantCulture, "{0}{1}  ({2:0.0} s)", CurrentStage, counts, Elapsed.TotalSeconds);
    }

    void Show()
    {
        lock (gate)
        {
            if (disposed || Elapsed < QuietStart || CurrentStage.Length == 0)
            {
                return;
            }

            if (terminal)
            {
                writer.Write("\r\u001b[2K" + Line());
                writer.Flush();
                drawn = true;
            }
            else if (Elapsed - lastLine >= LogEvery)
            {
                lastLine = Elapsed;
                writer.WriteLine("  … " + Line());
            }
        }
    }

    public void Dispose()
    {
        timer.Dispose();
        lock (gate)
        {
            disposed = true;
            if (drawn)
            {
                writer.Write("\r\u001b[2K");
                writer.Flush();
            }
        }
    }
}
