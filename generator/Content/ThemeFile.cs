namespace Portfolio.Content;

/// <summary>A file of the theme: a layout, a language file or an asset, with its path relative to the theme folder.</summary>
public sealed record ThemeFile(string RelativePath, string DisplayPath, byte[] Bytes)
{
    public string Text => TextRules.Decode(Bytes);

    /// <summary>Layouts and language files are text the build reads and checks like content; assets are copied as bytes.</summary>
    public static bool IsText(string relativePath) =>
        (relativePath.StartsWith("layouts/", StringComparison.Ordinal) && relativePath.EndsWith(".scriban", StringComparison.Ordinal))
        || (relativePath.StartsWith("i18n/", StringComparison.Ordinal) && relativePath.EndsWith(".yml", StringComparison.Ordinal));
}
