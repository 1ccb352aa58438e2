using System.Collections.Frozen;
using System.Globalization;

namespace Portfolio.Content.Schema;

/// <summary>ISO 3166-1 alpha-2 codes and English names, from .NET's region data.</summary>
public static class Countries
{
    static readonly FrozenDictionary<string, string> Names = CultureInfo.GetCultures(CultureTypes.SpecificCultures)
        .Select(c => TryRegion(c.Name))
        .OfType<RegionInfo>()
        .Where(r => r.TwoLetterISORegionName.Length == 2 && r.TwoLetterISORegionName.All(char.IsAsciiLetterUpper))
        .DistinctBy(r => r.TwoLetterISORegionName)
        .ToFrozenDictionary(r => r.TwoLetterISORegionName, r => r.EnglishName, StringComparer.Ordinal);

    public static bool IsKnown(string code) => Names.ContainsKey(code);

    /// <summary>The English name of a known code; the code itself otherwise.</summary>
    public static string NameOf(string code) => Names.GetValueOrDefault(code, code);

    public static IEnumerable<string> Codes => Names.Keys.Order(StringComparer.Ordinal);

    static RegionInfo? TryRegion(string culture)
    {
        try
        {
            return new RegionInfo(culture);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }
}
