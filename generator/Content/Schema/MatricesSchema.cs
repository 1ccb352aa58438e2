using static Portfolio.Content.Schema.Fields;

namespace Portfolio.Content.Schema;

/// <summary>
/// The schema of <c>content/data/matrices.yml</c>: what the framework's matrices mean. The names of the levels,
/// phases, ratings and outcomes are labels of their vocabularies, in the theme's language files.
/// </summary>
public static class MatricesSchema
{
    public static readonly Field Figure = Optional("figure", new IntegerType(1, 99), "figure number in the source guide");
    public static readonly Field CapacitySource = Required("source", Text, "where the matrix comes from").Translated();
    public static readonly Field CapacityDescription = Required("description", Text, "what it shows").Translated();
    public static readonly Field CellCapacity = Required("capacity", Vocabularies.Rating, "capacity");
    public static readonly Field CellWillingness = Required("willingness", Vocabularies.Rating, "willingness");
    public static readonly Field CellOutcome = Required("outcome", Vocabularies.Outcome, "how likely co-production is");
    public static readonly Field CellDescription = Required("description", Text, "what it means").Translated();
    public static readonly Field Cells = Required("cells", ListOf(Object(CellCapacity, CellWillingness, CellOutcome, CellDescription), 4), "the four cells");
    public static readonly Field CapacityNote = Optional("note", Text, "how the source uses the matrix, shown under it").Translated();
    public static readonly Field CapacityWillingness = Required("capacity_willingness", Object(Figure, CapacitySource, CapacityDescription, Cells, CapacityNote), "capacity × willingness");

    public static readonly Field TypologySource = Required("source", Text, "the typology's source").Translated();
    public static readonly Field TypologyDescription = Required("description", Text, "what it shows").Translated();
    public static readonly Field LevelSlug = Required("slug", Vocabularies.Level, "identifier");
    public static readonly Field PhaseSlug = Required("slug", Vocabularies.Phase, "identifier");
    public static readonly Field DefinitionText = Required("definition", Text, "what it means").Translated();
    public static readonly Field Levels = Required("levels", ListOf(Object(LevelSlug, DefinitionText), 3), "the three levels");
    public static readonly Field LevelsNote = Optional("levels_note", Text, "where the level definitions come from, shown with them").Translated();
    public static readonly Field Phases = Required("phases", ListOf(Object(PhaseSlug, DefinitionText), 4), "the four phases");
    public static readonly Field Nabatchi = Required("nabatchi", Object(TypologySource, TypologyDescription, Levels, LevelsNote, Phases), "the co-production typology");

    public static readonly Field DirectDefinition = Required("direct", Text, "definition of direct beneficiaries").Translated();
    public static readonly Field IndirectDefinition = Required("indirect", Text, "definition of indirect beneficiaries").Translated();
    public static readonly Field Beneficiaries = Required("beneficiaries", Object(DirectDefinition, IndirectDefinition), "beneficiary definitions");

    public static readonly ObjectType Root = Object(CapacityWillingness, Nabatchi, Beneficiaries);
}
