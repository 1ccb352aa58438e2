using System.Collections.Immutable;
using Portfolio.Diagnostics;
using Portfolio.Model;
using Portfolio.Output;
using Portfolio.Rendering;

namespace Portfolio.Schema;

/// <summary>Publishes the case file schema at <c>/schema/case.schema.json</c>.</summary>
public sealed class SchemaProducer : IOutputProducer
{
    public string Name => "schema";

    public ImmutableArray<OutputFile> Produce(Site site, RenderContext context, ImmutableArray<RenderedPage> pages, ImmutableArray<Diagnostic>.Builder diagnostics) =>
        [OutputFile.Text(CaseJsonSchema.Path, CaseJsonSchema.Text)];
}
