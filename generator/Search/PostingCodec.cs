using System.Text;

namespace Portfolio.Search;

/// <summary>
/// Writes a term's postings (document id, score) as a short string the client decodes without a
/// library: each id as the gap from the previous one in base-64 digits of five bits (the sixth bit
/// says another digit follows, low digits first), then the score as one digit. Ids must ascend.
/// </summary>
public static class PostingCodec
{
    public const string Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

    public static string Encode(IReadOnlyList<Posting> postings)
    {
        var text = new StringBuilder(postings.Count * 2);
        var previous = 0;
        foreach (var posting in postings)
        {
            var gap = posting.Document - previous;
            if (gap < 0 || (gap == 0 && text.Length > 0))
            {
                throw new ArgumentException("postings must be in ascending document order", nameof(postings));
            }

            do
            {
                var digit = gap & 31;
                gap >>= 5;
                text.Append(Alphabet[gap > 0 ? digit | 32 : digit]);
            }
            while (gap > 0);

            text.Append(Alphabet[posting.Score]);
            previous = posting.Document;
        }

        return text.ToString();
    }

    public static List<Posting> Decode(string text)
    {
        var postings = new List<Posting>();
        var previous = 0;
        var i = 0;
        while (i < text.Length)
        {
            int gap = 0, shift = 0, digit;
            do
            {
                digit = Alphabet.IndexOf(text[i++], StringComparison.Ordinal);
                gap |= (digit & 31) << shift;
                shift += 5;
            }
            while ((digit & 32) != 0);

            previous += gap;
            postings.Add(new Posting(previous, Alphabet.IndexOf(text[i++], StringComparison.Ordinal)));
        }

        return postings;
    }
}

/// <summary>A document that holds a term, with the term's quantised score there.</summary>
public readonly record struct Posting(int Document, int Score);
