namespace Portfolio.Bench.Search;

/// <summary>Finds the repository root (the folder with Portfolio.sln) above the running program.</summary>
static class Repository
{
    public static string Root()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Portfolio.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("run the bench from inside the repository");
    }
}
