namespace Portfolio.Search;

/// <summary>
/// The neighbourhood of an index's words, for typo tolerance and for words typed past their stem. Each surface
/// word (see <see cref="WordForms"/>) of at least <see cref="MinWordLength"/> letters is filed under itself and
/// under every string one deletion away from it: "water" under "water", "ater", "wter", "waer", "watr" and "wate".
/// A query word then looks up only its own keys, itself and its deletions; any word one edit away (a letter
/// missing, extra or wrong, or two letters swapped) shares one of them with it (the "symmetric delete" of
/// SymSpell), and the client checks the distance. The keys are sorted and cut into shards like the terms, so a
/// typo in the first letters finds its shard by key, never by loading the whole vocabulary.
/// </summary>
public static class WordNeighbourhood
{
    /// <summary>Shorter words have too many neighbours to guess from: "watr" is corrected, "wtr" is not.</summary>
    public const int MinWordLength = 4;

    /// <summary>Marks a key's entry for the word that is the key itself.</summary>
    public const string Itself = "=";

    /// <summary>Words of letters only (no digits: "2021" is not a typo of "2022"), long enough to correct.</summary>
    public static bool Eligible(string word) => word.Length >= MinWordLength && word.All(c => char.IsLetter(c) && !char.IsSurrogate(c));

    /// <summary>
    /// Every key with its words, sorted by key. A key's value lists its words, separated by spaces and in ordinal
    /// order, each as <see cref="Itself"/> or as where a letter goes back in (one digit of
    /// <see cref="PostingCodec.Alphabet"/>) followed by that letter: under "watr", "water" is "De".
    /// </summary>
    public static List<EncodedTerm> Build(IEnumerable<string> words)
    {
        var keys = new Dictionary<string, SortedDictionary<string, string>>(StringComparer.Ordinal);
        void File(string key, string word, string entry)
        {
            if (!keys.TryGetValue(key, out var entries))
            {
                keys[key] = entries = new SortedDictionary<string, string>(StringComparer.Ordinal);
            }

            // A doubled letter gives the same key twice; the first position is kept.
            entries.TryAdd(word, entry);
        }

        foreach (var word in words.Where(Eligible))
        {
            File(word, word, Itself);
            for (var i = 0; i < word.Length; i++)
            {
                File(word.Remove(i, 1), word, $"{PostingCodec.Alphabet[i]}{word[i]}");
            }
        }

        return [.. keys.OrderBy(k => k.Key, StringComparer.Ordinal).Select(k => new EncodedTerm(k.Key, string.Join(' ', k.Value.Values)))];
    }

    /// <summary>The words a key's value lists (the inverse of <see cref="Build"/>'s encoding).</summary>
    public static IEnumerable<string> Decode(string key, string value) => value.Split(' ').Select(entry => entry == Itself
        ? key
        : key.Insert(PostingCodec.Alphabet.IndexOf(entry[0], StringComparison.Ordinal), entry[1..]));
}
