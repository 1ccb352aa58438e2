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

        if (args.Value("--lang") is { } language)
        {
            return Translation(title, language, args.Value("--content", "content"));
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

    /// <summary><c>portfolio new case ia2 --lang es</c>: the start of <c>content/cases/ia2.es.md</c>, never over an existing file.</summary>
    int Translation(string slugOrTitle, string language, string contentDir)
    {
        if (!Content.Schema.Vocabularies.Language.Values.Contains(language))
        {
            throw new UsageException($"--lang must be one of {string.Join(", ", Content.Schema.Vocabularies.Language.Values)}; you wrote '{language}'");
        }

        var slug = File.Exists(Path.Combine(contentDir, "cases", slugOrTitle + ".md")) ? slugOrTitle : Slugs.From(slugOrTitle, int.MaxValue);
        var originalPath = Path.Combine(contentDir, "cases", slug + ".md");
        if (slug.Length == 0 || !File.Exists(originalPath))
        {
            throw new UsageException($"there is no case '{slugOrTitle}' to translate: give the file name of an existing case, as in 'portfolio new case ia2 --lang {language}'");
        }

        var path = Path.Combine(contentDir, "cases", $"{slug}.{language}.md");
        var shown = path.Replace('\\', '/');
        if (File.Exists(path))
        {
            stderr.WriteLine($"portfolio: {shown} already exists; nothing was written.");
            stderr.WriteLine("Edit that file; 'portfolio check' says whether it is behind the original.");
            return ExitCodes.ContentErrors;
        }

        var bytes = File.ReadAllBytes(originalPath);
        var source = new SourceFile(originalPath.Replace('\\', '/'), ContentKind.Case, slug, TextRules.Decode(bytes),
            Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes)));
        var (documents, problems) = new Parser(MarkdownSetup.Pipeline).Parse([source]);
        if (documents.IsEmpty || problems.Any(p => p.IsError))
        {
            stderr.WriteLine($"portfolio: {source.Path} has errors; fix them first ('portfolio check' lists them). Nothing was written.");
            return ExitCodes.ContentErrors;
        }

        var languageName = language switch { "es" => "Spanish", "pt" => "Portuguese", _ => language };
        try
        {
            using var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write);
            using var writer = new StreamWriter(file);
            writer.Write(TranslationScaffold.Write(documents[0], languageName));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"portfolio: {shown} could not be written: {e.Message}");
            return ExitCodes.ContentErrors;
        }

        stdout.WriteLine($"Created {shown}, the start of the {languageName} translation of {source.Path}.");
        stdout.WriteLine();
        stdout.WriteLine("Next steps:");
        stdout.WriteLine($"  1. Translate the text of each field and the body of {shown}; keep the lists in the same order.");
        stdout.WriteLine("  2. Run 'portfolio check': it refuses fields that stay the same in every language, and says which version of the original the file follows.");
        stdout.WriteLine($"  3. Run 'portfolio serve' and open http://127.0.0.1:8080/{language}/cases/{slug}/ to see the page.");
        return ExitCodes.Ok;
    }
}
