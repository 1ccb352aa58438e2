using Portfolio.Content.Schema;

namespace Portfolio.Schema;

/// <summary>
/// The case file schema as JSON Schema: published at <c>/schema/case.schema.json</c> and kept in the
/// repository at <c>schema/case.schema.json</c>, which case files name in their first front matter line.
/// Both are the same bytes, generated from <see cref="CaseSchema.Root"/>.
/// </summary>
public static class CaseJsonSchema
{
    /// <summary>Where the schema is published in the built site, and kept in the repository.</summary>
    public const string Path = "schema/case.schema.json";

    /// <summary>The comment that points YAML-aware editors at the schema, written as the first front matter line.</summary>
    public const string EditorComment = "# yaml-language-server: $schema=../../schema/case.schema.json";

    public const string Title = "Case file";

    public const string Description =
        "The front matter of a case file, content/cases/<slug>.md. Theme, technique and guide step slugs " +
        "must also exist in the site's content; the build checks that.";

    public static string Text { get; } = JsonSchemaWriter.Write(CaseSchema.Root, Title, Description);
}
