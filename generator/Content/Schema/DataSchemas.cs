namespace Portfolio.Content.Schema;

/// <summary>The schemas of the files in <c>content/data/</c>, by file name.</summary>
public static class DataSchemas
{
    public const string Site = "site";
    public const string Taxonomies = "taxonomies";
    public const string Programme = "programme";
    public const string Matrices = "matrices";

    /// <summary>The schema for a data file name, or null for a file the generator does not know.</summary>
    public static ObjectType? For(string name) => name switch
    {
        Site => SiteSchema.Root,
        Taxonomies => TaxonomySchema.Root,
        Programme => ProgrammeSchema.Root,
        Matrices => MatricesSchema.Root,
        _ => null,
    };
}
