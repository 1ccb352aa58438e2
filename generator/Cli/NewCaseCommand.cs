using Portfolio.Content;
using Portfolio.Schema;

namespace Portfolio.Cli;

/// <summary>
/// <c>portfolio new case "Title"</c>: writes <c>content/cases/&lt;slug&gt;.md</c> from the case schema,
/// never over an existing file, and says what to do next.
/// </summary>
public sealed class NewCaseCommand(TextWriter stdout, TextWriter stderr)
{
    /// <summary>Slugs made from long titles are cut at a word to this length, well within the limit, for a readable address.</summary>
    public const int NewSlugLength = 60;

    public int Run(Arguments args)
    {
        if (args.Words.Length == 0 || args.Words[0] != "case")
        {
            throw new UsageException("say what to create: portfolio new case \"Project title\"");
        }

        var title = string.Join(' ', args.Words.Skip(1)).Trim();
        if (title.Length == 0)
        {
            throw new UsageException("give the project's title: portfolio new case \"Project title\"");
        }

        if (TextRules.FirstRefused(title) is var refused and >= 0)
        {
            throw new UsageException($"the title holds {TextRules.Describe(title, refused)}; type it again without it");
        }

        var slug = Slugs.From(title, NewSlugLength);
        if (slug.Length == 0)
        {
            throw new UsageException($"the title '{title}' has no letters or digits to make a file name from");
        }

        var contentDir = args.Value("--content", "content");
        var path = Path.Combine(contentDir, "cases", slug + ".md");
        var shown = path.Replace('\\', '/');
        if (File.Exists(path))
        {
            stderr.WriteLine($"portfolio: {shown} already exists; nothing was written.");
            stderr.WriteLine("Edit that file, or choose a different title if this is another project.");
            return ExitCodes.ContentErrors;
        }

        var text = new CaseScaffold(ContentSlugs.Read(contentDir)).Write(title);
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            using var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write);
            using var writer = new StreamWriter(file);
            writer.Write(text);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"portfolio: {shown} could not be written: {e.Message}");
            stderr.WriteLine("Check that the content folder exists and is writable; nothing was written.");
            return ExitCodes.ContentErrors;
        }

        stdout.WriteLine($"Created {shown}");
        if (slug.Length < Slugs.From(title, int.MaxValue).Length)
        {
            stdout.WriteLine($"The file name is the title shortened to {slug.Length} characters; it becomes the page's address.");
        }

        stdout.WriteLine();
        stdout.WriteLine("Next steps:");
        stdout.WriteLine($"  1. Fill in the fields and sections of {shown}. The comments above each field say what it takes.");
        stdout.WriteLine("  2. Run 'portfolio check' to list what is still missing, with file, line and a hint.");
        stdout.WriteLine($"  3. Run 'portfolio serve' and open http://127.0.0.1:8080/cases/{slug}/ to preview the page as you edit.");
        stdout.WriteLine("  4. Commit the file and open a pull request; CONTRIBUTING.md has the details.");
        return ExitCodes.Ok;
    }
}
