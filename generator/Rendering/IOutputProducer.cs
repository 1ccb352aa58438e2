using System.Collections.Immutable;
using Portfolio.Diagnostics;
using Portfolio.Model;
using Portfolio.Output;

namespace Portfolio.Rendering;

/// <summary>
/// Makes files other than the HTML pages (open data, feeds, the search index, the schema) from the
/// model and the rendered pages. Producers are listed in <see cref="Renderer"/>; each owns its paths.
/// </summary>
public interface IOutputProducer
{
    /// <summary>What it makes, as <c>--verbose</c> names it ("search index").</summary>
    string Name { get; }

    ImmutableArray<OutputFile> Produce(Site site, RenderContext context, ImmutableArray<RenderedPage> pages, ImmutableArray<Diagnostic>.Builder diagnostics);
}
