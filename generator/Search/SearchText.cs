using System.Globalization;
using System.Text;

namespace Portfolio.Search;

/// <summary>
/// Folds text for search and splits it into words, exactly as the client does in
/// <c>themes/default/assets/js/search-engine.js</c>: compatibility decomposition (NFKD), lower case,
/// combining marks dropped (so "Cívico" and "civico" meet), and the few letters that do not decompose
/// spelled out. A word is a run of letters and digits, cut at <see cref="MaxWordLength"/>.
/// A test runs both implementations on a list of tricky words; change them together.
/// </summary>
public static class SearchText
{
    /// <summary>Words longer than this (URLs, hashes) are cut, on both sides, so they still match.</summary>
    public const int MaxWordLength = 40;

    public static string Fold(string text)
    {
        // Most text is plain ASCII, which only needs lower case: no decomposition, no marks to drop.
        if (System.Text.Ascii.IsValid(text))
        {
            return text.ToLowerInvariant();
        }

        var decomposed = text.Normalize(NormalizationForm.FormKD);
        var folded = new StringBuilder(decomposed.Length);
        Span<char> units = stackalloc char[2];
        foreach (var rune in decomposed.EnumerateRunes())
        {
            if (rune.IsAscii)
            {
                folded.Append(char.ToLowerInvariant((char)rune.Value));
                continue;
            }

            var lower = Rune.ToLowerInvariant(rune);
            if (IsMark(lower))
            {
                continue;
            }

            if (Spelled(lower.Value) is { } spelled)
            {
                folded.Append(spelled);
            }
            else
            {
                folded.Append(units[..lower.EncodeToUtf16(units)]);
            }
        }

        return folded.ToString();
    }

    /// <summary>The words of already folded text, in order, each cut at <see cref="MaxWordLength"/> characters.</summary>
    public static IEnumerable<string> Words(string folded) => WordRanges(folded).Select(r => Cut(folded[r]));

    /// <summary>Where the words of already folded text are, uncut.</summary>
    public static IEnumerable<Range> WordRanges(string folded)
    {
        var start = -1;
        var i = 0;
        while (i < folded.Length)
        {
            var inWord = IsWordChar(folded, i, out var width);
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                yield return start..i;
                start = -1;
            }

            i += width;
        }

        if (start >= 0)
        {
            yield return start..folded.Length;
        }
    }

    /// <summary>Whether the character at <paramref name="index"/> is a letter or a number (its width in UTF-16 units in <paramref name="width"/>).</summary>
    public static bool IsWordChar(string text, int index, out int width)
    {
        if (Rune.DecodeFromUtf16(text.AsSpan(index), out var rune, out width) != System.Buffers.OperationStatus.Done)
        {
            width = 1;
            return false;
        }

        return Rune.IsLetter(rune) || Rune.IsNumber(rune);
    }

    /// <summary>Cuts a word at <see cref="MaxWordLength"/> UTF-16 units without splitting a surrogate pair.</summary>
    public static string Cut(string word)
    {
        if (word.Length <= MaxWordLength)
        {
            return word;
        }

        var end = char.IsHighSurrogate(word[MaxWordLength - 1]) ? MaxWordLength - 1 : MaxWordLength;
        return word[..end];
    }

    static bool IsMark(Rune rune) => Rune.GetUnicodeCategory(rune) is UnicodeCategory.NonSpacingMark
        or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;

    /// <summary>Letters with no decomposition that readers type without their stroke or ligature.</summary>
    static string? Spelled(int codePoint) => codePoint switch
    {
        'ß' => "ss",
        'æ' => "ae",
        'œ' => "oe",
        'ø' => "o",
        'đ' => "d",
        'ð' => "d",
        'þ' => "th",
        'ł' => "l",
        'ı' => "i",
        'ħ' => "h",
        'ŧ' => "t",
        'ς' => "σ",
        _ => null,
    };
}
