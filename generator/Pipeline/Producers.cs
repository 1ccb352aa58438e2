using System.Collections.Immutable;
using Portfolio.Rendering;

namespace Portfolio.Pipeline;

/// <summary>The output producers of a normal build, in order. Each owns its own output paths.</summary>
public static class Producers
{
    public static ImmutableArray<IOutputProducer> Default { get; } =
    [
        new OpenData.OpenDataProducer(),
        new Plumbing.PlumbingProducer(),
        new Schema.SchemaProducer(),
        new Search.SearchIndexProducer(),
    ];
}
