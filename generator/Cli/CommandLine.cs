namespace Portfolio.Cli;

/// <summary>Dispatches <c>portfolio &lt;command&gt;</c> and maps failures to exit codes.</summary>
public sealed class CommandLine(TextWriter stdout, TextWriter stderr)
{
    public const string Usage = """
        portfolio: builds the "Co-producing AI for the public good" site from Markdown and YAML.

        Usage:
          portfolio build  [--content DIR] [--theme DIR] [--output DIR] [--base-url URL]
                           [--strict] [--drafts] [--build-date YYYY-MM-DD] [--format text|github] [--verbose]
          portfolio check  [--content DIR] [--theme DIR] [--format text|github] [--strict] [--drafts]
          portfolio serve  [--port N] [--content DIR] [--theme DIR] [--drafts]
          portfolio new case "Title" [--content DIR]
          portfolio schema [--write | --check] [--root DIR]
          portfolio --help | --version

        Defaults: --content content, --theme themes/default, --output output.
        Exit codes: 0 ok, 1 content errors (or warnings with --strict), 2 usage errors, 70 internal error.
        """;

    public int Run(string[] args)
    {
        try
        {
            return Dispatch(args);
        }
        catch (UsageException e)
        {
            stderr.WriteLine($"portfolio: error {Diagnostics.Codes.Usage.Id}: {e.Message}");
            stderr.WriteLine("Run 'portfolio --help' for usage.");
            return ExitCodes.Usage;
        }
    }

    int Dispatch(string[] args)
    {
        var command = args.FirstOrDefault();
        var rest = args.Skip(1).ToArray();
        switch (command)
        {
            case null or "--help" or "-h" or "help":
                stdout.WriteLine(Usage);
                return command is null ? ExitCodes.Usage : ExitCodes.Ok;
            case "--version":
                stdout.WriteLine(typeof(CommandLine).Assembly.GetName().Version?.ToString(3) ?? "0.0.0");
                return ExitCodes.Ok;
            case "build" or "check":
                var parsed = Arguments.Parse(rest, BuildCommand.ValueOptions, BuildCommand.FlagOptions);
                NoWords(parsed, command);
                return new BuildCommand(stdout, stderr).Run(parsed, write: command == "build");
            case "serve":
                var serve = Arguments.Parse(rest, ServeCommand.ValueOptions, ServeCommand.FlagOptions);
                NoWords(serve, command);
                return new ServeCommand(stdout, stderr).Run(serve);
            case "new":
                return new NewCaseCommand(stdout, stderr).Run(Arguments.Parse(rest, NewCaseCommand.ValueOptions, NewCaseCommand.FlagOptions));
            case "schema":
                var schema = Arguments.Parse(rest, SchemaCommand.ValueOptions, SchemaCommand.FlagOptions);
                NoWords(schema, command);
                return new SchemaCommand(stdout, stderr).Run(schema);
            default:
                var suggestion = Content.Schema.Suggestions.Closest(command, ["build", "check", "serve", "new", "schema"]);
                throw new UsageException($"unknown command '{command}'" + (suggestion is null ? "" : $"; did you mean '{suggestion}'?"));
        }
    }

    static void NoWords(Arguments parsed, string command)
    {
        if (parsed.Words.Length > 0)
        {
            throw new UsageException($"'{command}' takes no argument '{parsed.Words[0]}'");
        }
    }
}
