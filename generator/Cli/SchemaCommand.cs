using Portfolio.Schema;

namespace Portfolio.Cli;

/// <summary>
/// <c>portfolio schema</c>: prints the case file JSON Schema; <c>--write</c> regenerates
/// <c>schema/case.schema.json</c> and the field reference in <c>CONTRIBUTING.md</c>; <c>--check</c>
/// exits 1 when either is out of date. <c>--root DIR</c> names the repository root (default: here).
/// </summary>
public sealed class SchemaCommand(TextWriter stdout, TextWriter stderr)
{
    public int Run(Arguments args)
    {
        if (args.Has("--write") && args.Has("--check"))
        {
            throw new UsageException("use --write or --check, not both");
        }

        var root = args.Value("--root", ".");
        var files = new GeneratedFiles(root);
        if (args.Has("--check"))
        {
            var stale = files.Stale();
            foreach (var problem in stale)
            {
                stderr.WriteLine($"portfolio: {problem}");
            }

            if (stale.IsEmpty)
            {
                stderr.WriteLine($"{CaseJsonSchema.Path} and the field reference in {GeneratedFiles.ContributingPath} are up to date.");
                return ExitCodes.Ok;
            }

            stderr.WriteLine("Run 'portfolio schema --write' and commit the result.");
            return ExitCodes.ContentErrors;
        }

        if (args.Has("--write"))
        {
            if (files.Write() is { } problem)
            {
                stderr.WriteLine($"portfolio: {problem}");
                return ExitCodes.ContentErrors;
            }

            stderr.WriteLine($"Wrote {CaseJsonSchema.Path} and the field reference in {GeneratedFiles.ContributingPath}.");
            return ExitCodes.Ok;
        }

        stdout.Write(CaseJsonSchema.Text);
        return ExitCodes.Ok;
    }
}
