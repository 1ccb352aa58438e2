using System.Collections.Immutable;
using Portfolio.Diagnostics;
using Portfolio.Model;
using Portfolio.Output;
using Portfolio.Rendering;

namespace Portfolio.Plumbing;

/// <summary>
/// The files crawlers and feed readers look for: <c>/sitemap.xml</c> (every page of every edition, with its
/// alternates), <c>/robots.txt</c>, and a <c>feed.xml</c> per edition (<c>/feed.xml</c>, <c>/es/feed.xml</c>).
/// </summary>
public sealed class PlumbingProducer : IOutputProducer
{
    public string Name => "feed, sitemap and robots";

    public ImmutableArray<OutputFile> Produce(Site site, RenderContext context, ImmutableArray<RenderedPage> pages, ImmutableArray<Diagnostic>.Builder diagnostics)
    {
        var editions = context.Editions.IsDefaultOrEmpty ? [new EditionContext(site, context.Text, context.Urls)] : context.Editions;
        return
        [
            new(Urls.OutputPath(SitemapXml.Path), SitemapXml.Write(pages, context.Urls)),
            new(Urls.OutputPath(RobotsTxt.Path), RobotsTxt.Write(context.Urls)),
            .. editions.Select(e => new OutputFile(Urls.OutputPath(e.Urls.InEdition(AtomFeed.Path)), AtomFeed.Write(e.Site, e.Text, e.Urls, context.BuildDate))),
        ];
    }
}
