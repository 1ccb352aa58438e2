using Portfolio.Cli;

try
{
    return new CommandLine(Console.Out, Console.Error).Run(args);
}
catch (Exception e)
{
    // Content problems are diagnostics; reaching here means a bug in the generator itself.
    Console.Error.WriteLine("portfolio: internal error. This is a bug in the generator, not in your content.");
    Console.Error.WriteLine("Please report it with the text below at the project's issue tracker.");
    Console.Error.WriteLine(e.ToString());
    return ExitCodes.Internal;
}
