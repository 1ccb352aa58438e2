using Portfolio.Cli;

namespace Portfolio.Tests.Cli;

/// <summary>The outcome of one <c>portfolio</c> command run in-process: exit code and both streams.</summary>
sealed record CliRun(int ExitCode, string Stdout, string Stderr)
{
    public static CliRun Of(params string[] args)
    {
        using var stdout = new StringWriter { NewLine = "\n" };
        using var stderr = new StringWriter { NewLine = "\n" };
        var code = new CommandLine(stdout, stderr).Run(args);
        return new CliRun(code, stdout.ToString(), stderr.ToString());
    }
}
