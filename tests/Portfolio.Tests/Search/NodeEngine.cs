using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;
using Portfolio.Tests.Support;

namespace Portfolio.Tests.Search;

/// <summary>
/// Runs the site's own search client (themes/default/assets/js) under node, so tests check the ranking
/// and folding a reader's browser performs. Skips outside CI when node is missing; under CI it fails.
/// </summary>
public static class NodeEngine
{
    static readonly string Probe = Path.Combine(FixtureSite.RepositoryRoot, "tests", "Portfolio.Tests", "Search", "engine-probe.mjs");
    static readonly string Assets = Path.Combine(FixtureSite.RepositoryRoot, "themes", "default", "assets");

    public static string? Unavailable { get; } = Find() is null && Environment.GetEnvironmentVariable("CI") is not { Length: > 0 }
        ? "node is not installed; search client tests skipped outside CI"
        : null;

    public static JsonNode Run(object request)
    {
        var node = Find() ?? "node";
        var start = new ProcessStartInfo(node, [Probe, Assets])
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        using var process = Process.Start(start)!;
        process.StandardInput.Write(JsonSerializer.Serialize(request));
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(60_000))
        {
            process.Kill();
            throw new TimeoutException("node did not answer within a minute");
        }

        Assert.True(process.ExitCode == 0, "node failed: " + errors.Result);
        return JsonNode.Parse(output.Result)!;
    }

    static string? Find() => (Environment.GetEnvironmentVariable("PATH") ?? "")
        .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
        .Select(dir => Path.Combine(dir, "node"))
        .FirstOrDefault(File.Exists);
}
