using System.Collections.Immutable;

namespace Portfolio.Content.Schema;

/// <summary>
/// The closed vocabularies of the site, defined once: the schema validates against them, the binder turns their
/// values into <see cref="Choice"/>s, the views label them from the theme's language files, and the search
/// index and case filters facet by them.
/// </summary>
public static class Vocabularies
{
    public static readonly EnumType Level = new("level", ["individual", "group", "collective"]);
    public static readonly EnumType Phase = new("phase", ["co-commissioning", "co-design", "co-delivery", "co-assessment"]);
    public static readonly EnumType Sector = new("sector", ["government", "civil-society", "academia", "private", "multilateral"]);
    public static readonly EnumType Status = new("status", ["idea", "pilot", "active", "ended"]);
    public static readonly EnumType Rating = new("rating", ["high", "low"]);
    public static readonly EnumType Outcome = new("outcome", ["likely", "possible", "unlikely"]);
    public static readonly EnumType BoxKind = new("box-kind", ["chain", "questions", "worked-example"]);
    public static readonly EnumType Matrix = new("matrix", ["capacity-willingness", "nabatchi"]);
    public static readonly EnumType Language = new("language", ["en", "es", "pt"]);

    /// <summary>A box whose items form an ordered chain (the others are checklists).</summary>
    public static readonly Choice ChainBox = BoxKind["chain"];

    public static readonly Choice CapacityMatrix = Matrix["capacity-willingness"];

    public static readonly Choice NabatchiMatrix = Matrix["nabatchi"];

    /// <summary>
    /// The label sets readers see, as (vocabulary, key prefix): each value has a label <c>prefix.value</c> in every
    /// language file. A rating is labelled twice, as a capacity and as a willingness; phases also have short labels.
    /// </summary>
    public static ImmutableArray<(EnumType Vocabulary, string Prefix)> LabelSets { get; } =
    [
        (Level, "level"), (Phase, "phase"), (Phase, "phase_short"), (Sector, "sector"), (Status, "status"),
        (Rating, "capacity"), (Rating, "willingness"), (Outcome, "outcome"), (Language, "language"),
    ];
}
