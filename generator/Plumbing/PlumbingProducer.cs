using System.Collections.Immutable;
using Portfolio.Diagnostics;
using Portfolio.Model;
using Portfolio.Output;
using Portfolio.Rendering;

namespace Portfolio.Plumbing;

/// <summary>The files crawlers and feed readers look for: <c>/sitemap.xml</c>, <c>/robots.txt</c> and <c>/feed.xml</c>.</summary>
public sealed class PlumbingProducer : IOutputProducer
{
    public string Name => "feed, sitemap and robots";

    public ImmutableArray<OutputFile> Produce(Site site, RenderContext context, ImmutableArray<RenderedPage> pages, ImmutableArray<Diagnostic>.Builder diagnostics) =>
    [
        new(Urls.OutputPath(SitemapXml.Path), SitemapXml.Write(pages.Select(p => p.Route), context.Urls)),
        new(Urls.OutputPath(RobotsTxt.Path), RobotsTxt.Write(context.Urls)),
        new(Urls.OutputPath(AtomFeed.Path), AtomFeed.Write(site, context)),
    ];
}
