using System.Collections.Frozen;
using System.Globalization;

namespace Portfolio.Content.Schema;

/// <summary>
/// The 249 officially assigned ISO 3166-1 alpha-2 codes, fixed here so that validation and the
/// published schema are the same on every machine, and their English names from .NET's region data
/// (falling back to the code where the machine's ICU data has no name).
/// </summary>
public static class Countries
{
    static readonly string[] Assigned =
    [
        "AD", "AE", "AF", "AG", "AI", "AL", "AM", "AO", "AQ", "AR", "AS", "AT", "AU", "AW", "AX", "AZ", "BA", "BB", "BD", "BE",
        "BF", "BG", "BH", "BI", "BJ", "BL", "BM", "BN", "BO", "BQ", "BR", "BS", "BT", "BV", "BW", "BY", "BZ", "CA", "CC", "CD",
        "CF", "CG", "CH", "CI", "CK", "CL", "CM", "CN", "CO", "CR", "CU", "CV", "CW", "CX", "CY", "CZ", "DE", "DJ", "DK", "DM",
        "DO", "DZ", "EC", "EE", "EG", "EH", "ER", "ES", "ET", "FI", "FJ", "FK", "FM", "FO", "FR", "GA", "GB", "GD", "GE", "GF",
        "GG", "GH", "GI", "GL", "GM", "GN", "GP", "GQ", "GR", "GS", "GT", "GU", "GW", "GY", "HK", "HM", "HN", "HR", "HT", "HU",
        "ID", "IE", "IL", "IM", "IN", "IO", "IQ", "IR", "IS", "IT", "JE", "JM", "JO", "JP", "KE", "KG", "KH", "KI", "KM", "KN",
        "KP", "KR", "KW", "KY", "KZ", "LA", "LB", "LC", "LI", "LK", "LR", "LS", "LT", "LU", "LV", "LY", "MA", "MC", "MD", "ME",
        "MF", "MG", "MH", "MK", "ML", "MM", "MN", "MO", "MP", "MQ", "MR", "MS", "MT", "MU", "MV", "MW", "MX", "MY", "MZ", "NA",
        "NC", "NE", "NF", "NG", "NI", "NL", "NO", "NP", "NR", "NU", "NZ", "OM", "PA", "PE", "PF", "PG", "PH", "PK", "PL", "PM",
        "PN", "PR", "PS", "PT", "PW", "PY", "QA", "RE", "RO", "RS", "RU", "RW", "SA", "SB", "SC", "SD", "SE", "SG", "SH", "SI",
        "SJ", "SK", "SL", "SM", "SN", "SO", "SR", "SS", "ST", "SV", "SX", "SY", "SZ", "TC", "TD", "TF", "TG", "TH", "TJ", "TK",
        "TL", "TM", "TN", "TO", "TR", "TT", "TV", "TW", "TZ", "UA", "UG", "UM", "US", "UY", "UZ", "VA", "VC", "VE", "VG", "VI",
        "VN", "VU", "WF", "WS", "YE", "YT", "ZA", "ZM", "ZW",
    ];

    static readonly FrozenDictionary<string, string> Names =
        Assigned.ToFrozenDictionary(code => code, EnglishName, StringComparer.Ordinal);

    public static bool IsKnown(string code) => Names.ContainsKey(code);

    /// <summary>The English name of a known code; the code itself otherwise.</summary>
    public static string NameOf(string code) => Names.GetValueOrDefault(code, code);

    /// <summary>
    /// The name of a known code in a language: Spanish and Portuguese from <c>country-names.tsv</c> (CLDR's Latin
    /// American Spanish and Brazilian Portuguese, written by <c>scripts/country-names.mjs</c>), English otherwise.
    /// </summary>
    public static string NameOf(string code, string language) =>
        Translated.TryGetValue(language, out var names) && names.TryGetValue(code, out var name) ? name : NameOf(code);

    static readonly FrozenDictionary<string, FrozenDictionary<string, string>> Translated = ReadTranslated();

    static FrozenDictionary<string, FrozenDictionary<string, string>> ReadTranslated()
    {
        using var stream = typeof(Countries).Assembly.GetManifestResourceStream("Portfolio.country-names.tsv")
            ?? throw new InvalidOperationException("the country names are missing from the program");
        using var reader = new StreamReader(stream);
        var rows = reader.ReadToEnd().Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(l => !l.StartsWith('#')).Select(l => l.Split('\t')).ToList();
        return new Dictionary<string, FrozenDictionary<string, string>>
        {
            ["es"] = rows.ToFrozenDictionary(r => r[0], r => r[1], StringComparer.Ordinal),
            ["pt"] = rows.ToFrozenDictionary(r => r[0], r => r[2], StringComparer.Ordinal),
        }.ToFrozenDictionary(StringComparer.Ordinal);
    }

    public static IEnumerable<string> Codes => Assigned;

    static string EnglishName(string code)
    {
        try
        {
            return new RegionInfo(code).EnglishName;
        }
        catch (ArgumentException)
        {
            return code;
        }
    }
}
