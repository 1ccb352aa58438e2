using System.Globalization;

namespace Portfolio.Content;

/// <summary>
/// Characters no content needs and no output may carry: C0 and C1 control characters other than tab and
/// line ends, DEL, Unicode noncharacters (U+FDD0–U+FDEF and every U+xFFFE, U+xFFFF) and lone surrogates.
/// They are invisible in most editors, break XML and CSV consumers, and make .NET's normalisation throw,
/// so the build refuses them where they are written, in the raw text, in YAML escapes and in Markdown entities.
/// </summary>
public static class TextRules
{
    /// <summary>
    /// The text of a file as the build reads it: UTF-8 decoded, without a byte-order mark, CRLF and lone CR made LF.
    /// Only those: .NET's <c>ReplaceLineEndings</c> would also turn NEL, form feed and the Unicode line separators
    /// into line breaks, silently, where the build should report them or keep them.
    /// </summary>
    public static string Decode(ReadOnlySpan<byte> bytes) =>
        System.Text.Encoding.UTF8.GetString(bytes).TrimStart('\uFEFF').Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');

    /// <summary>The index of the first refused character in <paramref name="text"/>, or -1.</summary>
    public static int FirstRefused(ReadOnlySpan<char> text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c < ' ')
            {
                if (c is not ('\t' or '\n' or '\r'))
                {
                    return i;
                }

                continue;
            }

            if (c < '\u007F')
            {
                continue;
            }

            if (c <= '\u009F' || c is >= '\uFDD0' and <= '\uFDEF')
            {
                return i;
            }

            if (char.IsHighSurrogate(c))
            {
                if (i + 1 >= text.Length || !char.IsLowSurrogate(text[i + 1]))
                {
                    return i;
                }

                var scalar = char.ConvertToUtf32(c, text[i + 1]);
                if ((scalar & 0xFFFE) == 0xFFFE)
                {
                    return i;
                }

                i++;
                continue;
            }

            if (char.IsLowSurrogate(c) || (c & 0xFFFE) == 0xFFFE)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>How a refused character reads in a message: <c>U+0007 (a control character)</c>.</summary>
    public static string Describe(ReadOnlySpan<char> text, int index)
    {
        var c = text[index];
        var scalar = char.IsHighSurrogate(c) && index + 1 < text.Length && char.IsLowSurrogate(text[index + 1])
            ? char.ConvertToUtf32(c, text[index + 1])
            : c;
        var what = scalar < 0x20 || scalar is >= 0x7F and <= 0x9F ? "a control character"
            : char.IsSurrogate(c) ? "half of a surrogate pair"
            : "a Unicode noncharacter";
        return $"U+{scalar.ToString("X4", CultureInfo.InvariantCulture)} ({what})";
    }

    /// <summary>The 1-based line and column of <paramref name="index"/> in <paramref name="text"/>.</summary>
    public static (int Line, int Column) LineAndColumn(ReadOnlySpan<char> text, int index)
    {
        var before = text[..index];
        var line = 1 + before.Count('\n');
        var lineStart = before.LastIndexOf('\n') + 1;
        return (line, index - lineStart + 1);
    }
}
