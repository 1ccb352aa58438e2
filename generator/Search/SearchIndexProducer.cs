using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using Portfolio.Diagnostics;
using Portfolio.Model;
using Portfolio.Output;
using Portfolio.Rendering;

namespace Portfolio.Search;

/// <summary>
/// Builds the full-text search index from the rendered pages, so what is found is what is shown, and
/// publishes it as static files (<see cref="SearchIndexFiles"/>) that <c>/search/</c> queries in the
/// browser: no server, no third-party service. One index per language; the site's language always
/// has one, even when empty, because its search page loads it.
/// </summary>
public sealed partial class SearchIndexProducer(int shardBytes = ShardPlanner.DefaultShardBytes) : IOutputProducer
{
    public string Name => "search index";

    /// <summary>
    /// The document made from each page read, for the preview: a page it did not render again keeps its reading,
    /// and so its document, whose terms <see cref="InvertedIndex"/> has counted already.
    /// </summary>
    readonly ConditionalWeakTable<PageReading, Extracted> extracted = new();

    sealed record Extracted(SearchDocument? Document);

    [GeneratedRegex("^[a-z]{2,3}(-[a-z0-9]{2,8})*$")]
    private static partial Regex LanguageTag();

    public ImmutableArray<OutputFile> Produce(Site site, RenderContext context, ImmutableArray<RenderedPage> pages, ImmutableArray<Diagnostic>.Builder diagnostics)
    {
        var siteLanguage = Folder(site.Settings.Language, "en");
        var editions = context.Editions.IsDefaultOrEmpty ? [new EditionContext(site, context.Text, context.Urls)] : context.Editions;
        var extractors = editions.ToDictionary(e => e.Language, e => new DocumentExtractor(context.Urls, type => e.Text["search.type_" + type]), StringComparer.Ordinal);

        // Each edition has its own index, of the pages written in its language; a page an edition shows in the
        // original language (not translated yet) is found in the original's index, under its own address.
        SearchDocument? Extract(RenderedPage page)
        {
            if (page.Route.ContentLanguage is not null)
            {
                return null;
            }

            var extractor = extractors.GetValueOrDefault(page.Route.Language) ?? extractors.Values.First();
            var document = extractor.Extract(page);
            return document is null ? null : document with { Language = Folder(document.Language, siteLanguage) };
        }

        var documents = pages.AsParallel().AsOrdered()
            .Select(page => context.Memory is null ? Extract(page) : extracted.GetValue(page.Reading, _ => new Extracted(Extract(page))).Document)
            .OfType<SearchDocument>()
            .OrderBy(d => DocumentTypes.Rank(d.Type))
            .ThenBy(d => d.Url, StringComparer.Ordinal)
            .ToImmutableArray();

        var languages = documents.Select(d => d.Language).Append(siteLanguage).Concat(editions.Select(e => Folder(e.Language, siteLanguage)))
            .Distinct().Order(StringComparer.Ordinal);
        return [.. languages.SelectMany(language =>
        {
            var text = editions.FirstOrDefault(e => e.Language == language)?.Text ?? context.Text;
            var files = new SearchIndexFiles(group => text["facet." + group], shardBytes);
            return files.Write(InvertedIndex.Build(language, [.. documents.Where(d => d.Language == language)]));
        })];
    }

    /// <summary>A language tag as a folder name (<c>es-ar</c>), or the fallback when it is not a plain tag.</summary>
    static string Folder(string language, string fallback)
    {
        var folded = language.ToLowerInvariant();
        return LanguageTag().IsMatch(folded) ? folded : fallback;
    }
}
