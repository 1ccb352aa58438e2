namespace Portfolio.Content;

/// <summary>
/// Splits a Markdown file into its YAML front matter (between two <c>---</c> lines at the top)
/// and its body. Line numbers stay exact: <see cref="YamlLine"/> and <see cref="BodyLine"/> are 1-based.
/// </summary>
public sealed record FrontMatter(string Yaml, int YamlLine, string Body, int BodyLine)
{
    public static FrontMatter? Split(string text)
    {
        if (!text.StartsWith("---\n", StringComparison.Ordinal) && text != "---")
        {
            return null;
        }

        var lines = text.Split('\n');
        for (var i = 1; i < lines.Length; i++)
        {
            if (lines[i].TrimEnd() is "---" or "...")
            {
                var yaml = string.Join('\n', lines[1..i]);
                var body = string.Join('\n', lines[(i + 1)..]);
                return new FrontMatter(yaml, 2, body, i + 2);
            }
        }

        return null;
    }
}
