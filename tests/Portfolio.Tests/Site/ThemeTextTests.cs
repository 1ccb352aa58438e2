using System.Text.RegularExpressions;
using Portfolio.Tests.Support;

namespace Portfolio.Tests.Site;

/// <summary>
/// Every word the theme shows comes from its language file (themes/default/i18n/en.yml), so a
/// translation is a new file and never a template edit: layouts hold no literal words in text or in
/// the attributes people read (aria-label, title, alt, placeholder).
/// </summary>
public sealed partial class ThemeTextTests
{
    [GeneratedRegex(@"\{\{.*?\}\}", RegexOptions.Singleline)]
    private static partial Regex ScribanBlock();

    [GeneratedRegex(@"<(script|style)\b.*?</\1>", RegexOptions.Singleline)]
    private static partial Regex ScriptOrStyle();

    [GeneratedRegex(@"\b(aria-label|title|alt|placeholder)=""([^""]*\p{L}[^""]*)""")]
    private static partial Regex ReadableAttribute();

    [GeneratedRegex(@"<[^>]*>")]
    private static partial Regex Tag();

    [GeneratedRegex(@"\p{L}{2,}")]
    private static partial Regex Word();

    public static TheoryData<string> Layouts()
    {
        var root = Path.Combine(FixtureSite.RepositoryRoot, "themes", "default", "layouts");
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(root, "*.scriban", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetRelativePath(root, file).Replace('\\', '/'));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Layouts))]
    public void Layout_has_no_literal_words(string layout)
    {
        var text = File.ReadAllText(Path.Combine(FixtureSite.RepositoryRoot, "themes", "default", "layouts", layout));
        var markup = ScriptOrStyle().Replace(ScribanBlock().Replace(text, " "), " ");

        var literals = ReadableAttribute().Matches(markup).Select(m => m.Value)
            .Concat(Word().Matches(Tag().Replace(markup, " ")).Select(m => m.Value))
            .ToList();

        Assert.True(literals.Count == 0, $"{layout} has literal text; move it to i18n/en.yml and use {{{{ t \"key\" }}}}: " + string.Join(", ", literals));
    }
}
