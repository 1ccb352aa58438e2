using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;
using Markdig.Syntax;
using Portfolio.Diagnostics;
using Portfolio.Model;

namespace Portfolio.Rendering;

/// <summary>
/// What the preview keeps from one build to the next, so that a save renders only the pages it can change.
/// Each page is remembered by URL with a fingerprint of what it read: the site-wide inputs (every source that
/// is not a case file, the theme, the build options, the number of cases) and the case files it shows
/// (<see cref="PageRoute.Reads"/>: a case page reads itself and its neighbours, a country page its cases, the
/// case index all of them). A page whose fingerprint is unchanged is not rendered again: its bytes and what was
/// read from them are reused. Rendered Markdown bodies are kept by document, which the parse cache keeps for
/// unchanged files. A site-wide change forgets everything.
/// </summary>
public sealed class RenderMemory
{
    readonly ConcurrentDictionary<string, Remembered> pages = new(StringComparer.Ordinal);
    readonly ConditionalWeakTable<MarkdownDocument, ConcurrentDictionary<string, HtmlString>> bodies = new();
    readonly ConcurrentDictionary<string, Remembered> files = new(StringComparer.Ordinal);
    IReadOnlyDictionary<string, string> caseHashes = new Dictionary<string, string>();
    string siteWide = "";
    string allCases = "";
    IReadOnlyCollection<Diagnostic> textProblems = [];
    int reused;
    int rendered;

    sealed record Remembered(string Fingerprint, byte[] Bytes, PageReading Reading);

    /// <summary>Pages taken from the previous build in the last render.</summary>
    public int Reused => Volatile.Read(ref reused);

    /// <summary>Pages rendered in the last render.</summary>
    public int Rendered => Volatile.Read(ref rendered);

    /// <summary>
    /// Starts a render: <paramref name="siteWideInputs"/> fingerprints everything but the case files, and
    /// <paramref name="caseFileHashes"/> gives each case file's content hash by source path.
    /// </summary>
    public void Begin(string siteWideInputs, IReadOnlyDictionary<string, string> caseFileHashes, Site site)
    {
        var wide = Hash(siteWideInputs, site.Cases.Length.ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (wide != siteWide)
        {
            pages.Clear();
            files.Clear();
            bodies.Clear();
            textProblems = [];
        }

        siteWide = wide;
        caseHashes = caseFileHashes;
        allCases = Hash([.. site.Cases.Select(HashOf)]);
        reused = 0;
        rendered = 0;
    }

    /// <summary>The fingerprint of what a route reads.</summary>
    public string Fingerprint(string url, ImmutableArray<Case>? reads) =>
        Hash(siteWide, url, reads is { } cases ? Hash([.. cases.Select(HashOf)]) : allCases);

    /// <summary>
    /// A file a producer makes from one case and site-wide inputs (the case's open-data record): the one made last
    /// time when neither changed, otherwise <paramref name="make"/>'s.
    /// </summary>
    public byte[] CaseFile(string path, Case source, Func<byte[]> make)
    {
        var fingerprint = Hash(siteWide, path, HashOf(source));
        if (files.TryGetValue(path, out var kept) && kept.Fingerprint == fingerprint)
        {
            return kept.Bytes;
        }

        var bytes = make();
        files[path] = new Remembered(fingerprint, bytes, null!);
        return bytes;
    }

    public bool TryReuse(string url, string fingerprint, out byte[] bytes, out PageReading reading)
    {
        if (pages.TryGetValue(url, out var page) && page.Fingerprint == fingerprint)
        {
            Interlocked.Increment(ref reused);
            (bytes, reading) = (page.Bytes, page.Reading);
            return true;
        }

        (bytes, reading) = ([], null!);
        return false;
    }

    public void Remember(string url, string fingerprint, byte[] bytes, PageReading reading)
    {
        Interlocked.Increment(ref rendered);
        pages[url] = new Remembered(fingerprint, bytes, reading);
    }

    /// <summary>Forgets the pages the site no longer has.</summary>
    public void Retain(IEnumerable<string> urls)
    {
        var current = urls.ToHashSet(StringComparer.Ordinal);
        foreach (var url in pages.Keys.Where(u => !current.Contains(u)))
        {
            pages.TryRemove(url, out _);
        }
    }

    /// <summary>
    /// The missing UI texts: those met in this render and, while the site-wide inputs (theme and its texts
    /// included) are unchanged, those met by the pages taken from earlier renders.
    /// </summary>
    public IReadOnlyCollection<Diagnostic> TextProblems(IReadOnlyCollection<Diagnostic> found)
    {
        textProblems = Reused == 0 ? found : [.. textProblems.Union(found).Distinct()];
        return textProblems;
    }

    /// <summary>A body (or a range of its blocks) rendered for an edition (its links point into the edition's folder), kept by document and by edition and range.</summary>
    public HtmlString Body(MarkdownDocument document, string key, Func<MarkdownDocument, HtmlString> render) =>
        bodies.GetValue(document, _ => new ConcurrentDictionary<string, HtmlString>(StringComparer.Ordinal)).GetOrAdd(key, _ => render(document));

    string HashOf(Case c) => caseHashes.TryGetValue(c.File.SourcePath, out var hash) ? hash : c.File.SourcePath;

    static string Hash(params string[] parts)
    {
        var text = string.Join('\u001f', parts);
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }
}
