using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;
using Portfolio.Content;
using Portfolio.Diagnostics;

namespace Portfolio.Rendering;

/// <summary>
/// Keeps the last compiled <see cref="Theme"/> and reuses it while no theme file has changed (same paths,
/// same bytes), so that <c>serve</c> does not re-parse every template on each content edit.
/// </summary>
public sealed class ThemeCache
{
    readonly Lock gate = new();
    string? key;
    (Theme Theme, ImmutableArray<Diagnostic> Diagnostics) last;
    int loads;

    /// <summary>How many times the theme has been compiled since the cache was made.</summary>
    public int Loads => Volatile.Read(ref loads);

    public (Theme Theme, ImmutableArray<Diagnostic> Diagnostics) Load(ImmutableArray<ThemeFile> files)
    {
        var current = Key(files);
        lock (gate)
        {
            if (current != key)
            {
                last = Theme.Load(files);
                key = current;
                loads++;
            }

            return last;
        }
    }

    static string Key(ImmutableArray<ThemeFile> files)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var file in files)
        {
            hash.AppendData(Encoding.UTF8.GetBytes(file.RelativePath + "\n" + file.DisplayPath + "\n"));
            hash.AppendData(SHA256.HashData(file.Bytes));
        }

        return Convert.ToHexString(hash.GetHashAndReset());
    }
}
