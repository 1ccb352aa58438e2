namespace Portfolio.Content;

/// <summary>A file of the theme: a layout, a language file or an asset, with its path relative to the theme folder.</summary>
public sealed record ThemeFile(string RelativePath, string DisplayPath, byte[] Bytes)
{
    public string Text => System.Text.Encoding.UTF8.GetString(Bytes).TrimStart('\uFEFF').ReplaceLineEndings("\n");
}
