using System.Diagnostics;

namespace Portfolio.Tests.Shared;

/// <summary>
/// Runs a program to the end, reading its output and error streams at the same time (reading one after the other
/// deadlocks once the other fills its pipe), and gives up after a time limit.
/// </summary>
public static class ProcessRun
{
    public static async Task<(int ExitCode, string Output, string Error)> RunAsync(string program, IEnumerable<string> arguments, TimeSpan limit)
    {
        var start = new ProcessStartInfo(program, arguments)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(limit);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{program} did not finish within {limit.TotalSeconds:0} s");
        }

        return (process.ExitCode, await output, await error);
    }
}
