namespace Portfolio.Content;

/// <summary>
/// Limits that keep hostile or broken input from hanging or exhausting the build. They are documented in the
/// README; input over a limit is a coded error at its position, never a crash. Each is far beyond what real
/// content needs (the longest case is under 10 KiB, with about ten headings and no nesting past three levels),
/// and together they keep any file under the size limit to well under a second of parsing and rendering.
/// </summary>
public static class ContentLimits
{
    /// <summary>Largest content file accepted: 256 KiB.</summary>
    public const int MaxFileBytes = 256 * 1024;

    /// <summary>Largest theme file (layouts, language files, images, fonts): 8 MiB.</summary>
    public const int MaxThemeFileBytes = 8 * 1024 * 1024;

    /// <summary>Deepest nesting of YAML mappings and lists. The schema needs 4.</summary>
    public const int MaxYamlDepth = 32;

    /// <summary>Most YAML nodes in one file.</summary>
    public const int MaxYamlNodes = 50_000;

    /// <summary>Longest slug, and so the longest file name before its extension: 80 characters.</summary>
    public const int MaxSlugLength = 80;

    /// <summary>Deepest nesting in a Markdown body: block quotes, lists, emphasis and links inside one another.</summary>
    public const int MaxMarkdownDepth = 32;

    /// <summary>Most headings in one Markdown body.</summary>
    public const int MaxHeadings = 1_000;

    /// <summary>Most link reference definitions (<c>[label]: url</c>) in one Markdown body.</summary>
    public const int MaxLinkDefinitions = 1_000;

    /// <summary>Longest run of characters without a space or line break (a long URL is about 2,000).</summary>
    public const int MaxUnbrokenRun = 2_048;

    /// <summary>Most problems of one kind reported for one file; the rest are counted in one last line.</summary>
    public const int MaxProblemsPerKind = 20;
}
