namespace Portfolio.Tests.Shared;

/// <summary>Where the repository and the source guide are, and copying a folder: shared by both test projects (linked into each).</summary>
public static class TestFolders
{
    /// <summary>The folder holding <c>Portfolio.sln</c>, found upwards from the test binaries.</summary>
    public static string RepositoryRoot
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Portfolio.sln")))
            {
                dir = dir.Parent;
            }

            return dir?.FullName ?? throw new InvalidOperationException("repository root not found");
        }
    }

    static readonly string[] GuidePlaces = ["../shared/reference/co-producing-ai-guide.txt", "../../shared/reference/co-producing-ai-guide.txt"];

    /// <summary>The source guide's text beside the checkout (<c>../shared/reference/</c>), or null where it is not.</summary>
    public static string? SourceGuide =>
        GuidePlaces
            .Select(p => Path.GetFullPath(Path.Combine(RepositoryRoot, p)))
            .FirstOrDefault(File.Exists);

    /// <summary>Copies every file under <paramref name="from"/> to the same place under <paramref name="to"/>.</summary>
    public static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
