using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Globalization;
using Portfolio.Diagnostics;

namespace Portfolio.Rendering;

/// <summary>
/// The theme's user-visible words in one language, from <c>themes/default/i18n/&lt;lang&gt;.yml</c>.
/// A missing key shows as the key itself and is reported once as a theme error after rendering.
/// </summary>
public sealed class UiText(ImmutableDictionary<string, string> texts, string language, string sourcePath)
{
    readonly ConcurrentDictionary<string, bool> missing = new(StringComparer.Ordinal);

    /// <summary>The culture that formats numbers and dates: <c>meta.culture</c> of the language file (<c>pt-BR</c>), else the language.</summary>
    public CultureInfo Culture { get; } = CultureInfo.GetCultureInfo(texts.GetValueOrDefault("meta.culture") ?? language);

    /// <summary>How a date is written: <c>meta.date_format</c> (<c>d 'de' MMMM 'de' yyyy</c>), else day, month and year.</summary>
    public string DateFormat { get; } = texts.GetValueOrDefault("meta.date_format") ?? "d MMMM yyyy";

    /// <summary>The theme's words in <paramref name="language"/>; with no language file, every key is missing (and reported).</summary>
    public static UiText For(Theme theme, string language) =>
        new(theme.Texts.GetValueOrDefault(language) ?? ImmutableDictionary<string, string>.Empty, language,
            theme.TextFiles.GetValueOrDefault(language) ?? $"i18n/{language}.yml");

    /// <summary>The label of a vocabulary value, <c>level.group</c>.</summary>
    public string Label(Content.Schema.Choice choice) => this[choice.LabelKey];

    public string this[string key]
    {
        get
        {
            if (texts.TryGetValue(key, out var text))
            {
                return text;
            }

            missing.TryAdd(key, true);
            return key;
        }
    }

    /// <summary>A text with <c>{0}</c> filled in; numbers are formatted for the language.</summary>
    public string Format(string key, object value) =>
        string.Format(Culture, this[key], value is int or long ? ((IFormattable)value).ToString("N0", Culture) : value);

    public ImmutableArray<Diagnostic> Problems() =>
    [
        .. missing.Keys.Order(StringComparer.Ordinal).Select(key => Diagnostic.Error(Codes.TranslationMissing, SourceRange.StartOf(sourcePath),
            $"the UI text '{key}' is missing", $"add '{key}' to {sourcePath}")),
    ];
}
