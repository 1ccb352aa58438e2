using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Portfolio.Content;

/// <summary>
/// The one slug rule: lower-case ASCII letters and digits in groups joined by single hyphens, at most
/// <see cref="ContentLimits.MaxSlugLength"/> characters. Slugs name files and become URLs. <see cref="From"/>
/// makes one from a title: "GobLab UAI + SMA" becomes "goblab-uai-sma", accents folded.
/// </summary>
public static partial class Slugs
{
    /// <summary>The pattern, as the published JSON Schema writes it.</summary>
    public const string Pattern = "^[a-z0-9]+(-[a-z0-9]+)*$";

    [GeneratedRegex(Pattern)]
    private static partial Regex PatternRegex();

    public static bool IsValid(string slug) => slug.Length <= ContentLimits.MaxSlugLength && PatternRegex().IsMatch(slug);

    /// <summary>What is wrong with a slug that is not <see cref="IsValid"/>, in words.</summary>
    public static string Problem(string slug) => slug.Length > ContentLimits.MaxSlugLength
        ? $"is {slug.Length} characters long; the limit is {ContentLimits.MaxSlugLength}"
        : "is not a valid slug: use lower-case ASCII letters, digits and single hyphens";

    /// <summary>A slug for <paramref name="title"/>, cut at a hyphen to at most <paramref name="maxLength"/> characters.</summary>
    public static string From(string title, int maxLength = ContentLimits.MaxSlugLength)
    {
        var builder = new StringBuilder(title.Length);
        foreach (var c in title.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            var lower = char.ToLowerInvariant(c);
            if (char.IsAsciiLetterOrDigit(lower))
            {
                builder.Append(lower);
            }
            else if (builder.Length > 0 && builder[^1] != '-')
            {
                builder.Append('-');
            }
        }

        var slug = builder.ToString().Trim('-');
        if (slug.Length <= maxLength)
        {
            return slug;
        }

        var cut = slug.LastIndexOf('-', maxLength);
        return (cut > 0 ? slug[..cut] : slug[..maxLength]).Trim('-');
    }
}
