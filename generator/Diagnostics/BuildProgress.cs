namespace Portfolio.Diagnostics;

/// <summary>
/// Where a build reports how far it is: the stage it is in and, for the pages, how many of how many are done.
/// The command line shows it (<c>Cli/ConsoleProgress</c>); everything else passes <see cref="None"/>.
/// Safe to call from several threads.
/// </summary>
public class BuildProgress
{
    public static BuildProgress None { get; } = new();

    string stage = "";
    int done;
    int total;

    public string CurrentStage => Volatile.Read(ref stage);

    public int Done => Volatile.Read(ref done);

    public int Total => Volatile.Read(ref total);

    /// <summary>A stage begins; <paramref name="steps"/> is how many steps it will report, 0 when it reports none.</summary>
    public void Stage(string name, int steps = 0)
    {
        Volatile.Write(ref total, steps);
        Volatile.Write(ref done, 0);
        Volatile.Write(ref stage, name);
    }

    public void Step() => Interlocked.Increment(ref done);
}
