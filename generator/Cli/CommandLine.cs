namespace Portfolio.Cli;

/// <summary>Dispatches <c>portfolio &lt;command&gt;</c> and maps failures to exit codes.</summary>
public sealed class CommandLine(TextWriter stdout, TextWriter stderr)
{
    /// <summary>What <c>--help</c> prints: what the program does, the commands and their options.</summary>
    public static string Usage =>
        "portfolio: builds the \"Co-producing AI for the public good\" site from Markdown and YAML.\n\nUsage:\n"
        + string.Concat(CommandSpecs.Synopses().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => "  " + line + "\n"))
        + "  portfolio --help | --version\n\nOptions:\n" + CommandSpecs.OptionList()
        + "\nExit codes: 0 ok, 1 content errors (or warnings with --strict), 2 usage errors, 70 internal error.";

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
            case "build":
                return new BuildCommand(stdout, stderr).Run(Parse(CommandSpecs.Build, rest), write: true);
            case "check":
                return new BuildCommand(stdout, stderr).Run(Parse(CommandSpecs.Check, rest), write: false);
            case "serve":
                return new ServeCommand(stdout, stderr).Run(Parse(CommandSpecs.Serve, rest));
            case "new":
                return new NewCaseCommand(stdout, stderr).Run(Arguments.Parse(rest, CommandSpecs.New.ValueOptions, CommandSpecs.New.FlagOptions));
            case "schema":
                return new SchemaCommand(stdout, stderr).Run(Parse(CommandSpecs.Schema, rest));
            default:
                var suggestion = Content.Schema.Suggestions.Closest(command, CommandSpecs.All.Select(c => c.Name));
                throw new UsageException($"unknown command '{command}'" + (suggestion is null ? "" : $"; did you mean '{suggestion}'?"));
        }
    }

    /// <summary>The options of a command that takes no words of its own.</summary>
    static Arguments Parse(CommandSpec command, IReadOnlyList<string> args)
    {
        var parsed = Arguments.Parse(args, command.ValueOptions, command.FlagOptions);
        return parsed.Words.Length > 0 ? throw new UsageException($"'{command.Name}' takes no argument '{parsed.Words[0]}'") : parsed;
    }
}
