using System.Collections.Immutable;
using Portfolio.Content;
using Portfolio.Content.Schema;
using Portfolio.Model;
using Portfolio.Tests.Support;

namespace Portfolio.Tests.Schema;

/// <summary>
/// The schema is the one list of fields: the binder reads every field it defines, and the open data publishes every
/// field it defines (or says why not), so a field added to the schema cannot be forgotten downstream.
/// </summary>
public sealed class SchemaDrivesTests
{
    static ImmutableArray<Field> Leaves(ObjectType type) =>
    [
        .. type.Fields.SelectMany(field => field.Type switch
        {
            ObjectType group => [field, .. Leaves(group)],
            ListType { Item: ObjectType item } => [field, .. Leaves(item)],
            _ => new[] { field },
        }),
    ];

    /// <summary>The real content parsed and validated, and the documents of each kind.</summary>
    static (ImmutableArray<ParsedDocument> Documents, string Root) RealContent()
    {
        var root = FixtureSite.RepositoryRoot;
        var display = new PathDisplay(root);
        var (sources, _) = new Discoverer(display).Discover(Path.Combine(root, "content"), Path.Combine(root, "themes", "default"));
        var (documents, problems) = new Parser(MarkdownSetup.Pipeline).Parse(sources.Content);
        Assert.DoesNotContain(problems, p => p.IsError);
        // The originals: a translation holds only the fields a translation may give, which the originals hold too.
        return ([.. documents.Where(d => !d.Source.IsTranslation)], root);
    }

    [Fact]
    public void The_binder_reads_every_field_of_every_schema()
    {
        var documents = RealContent().Documents;
        var read = new HashSet<Field>(ReferenceEqualityComparer.Instance);
        var binder = new Binder(read);
        ParsedDocument Of(ContentKind kind, string name) => documents.First(d => d.Source.Kind == kind && d.Source.Name == name);

        // Together these files fill every field: a case with data and a partnership, the step with boxes and matrices, and each data file.
        binder.Case(Of(ContentKind.Case, "dinagua"));
        binder.Case(Of(ContentKind.Case, "control-civico"));
        binder.Case(Of(ContentKind.Case, "querido-diario"));
        foreach (var step in documents.Where(d => d.Source.Kind == ContentKind.GuideStep))
        {
            binder.GuideStep(step, 1, "step");
        }

        binder.Page(Of(ContentKind.Page, "about"));
        binder.Site(Of(ContentKind.Data, "site"));
        binder.Taxonomies(Of(ContentKind.Data, "taxonomies"));
        binder.Programme(Of(ContentKind.Data, "programme"));
        binder.Matrices(Of(ContentKind.Data, "matrices"));

        ObjectType[] roots = [CaseSchema.Root, GuideStepSchema.Root, PageSchema.Root, SiteSchema.Root, TaxonomySchema.Root, ProgrammeSchema.Root, MatricesSchema.Root];
        var unread = roots.SelectMany(root => Leaves(root)).Where(f => !read.Contains(f)).Select(f => f.Name).ToList();
        Assert.Empty(unread);
    }

    [Fact]
    public void Every_case_field_is_a_column_of_the_csv_or_is_left_out_on_purpose()
    {
        var columns = CaseTable.Columns.Select(c => c.Name).ToHashSet(StringComparer.Ordinal);
        var missing = new List<string>();
        void Walk(ObjectType type, string prefix)
        {
            foreach (var field in type.Fields.Where(f => f.OpenData.InCsv))
            {
                switch (field.Type)
                {
                    case ObjectType group:
                        Walk(group, prefix + field.Name + "_");
                        break;
                    case ListType { Item: ObjectType }:
                        if (field.OpenData.ItemColumns.IsEmpty || field.OpenData.ItemColumns.Any(c => !columns.Contains(c.Column)))
                        {
                            missing.Add(prefix + field.Name);
                        }

                        break;
                    default:
                        if (!columns.Contains(prefix + field.Name))
                        {
                            missing.Add(prefix + field.Name);
                        }

                        break;
                }

                missing.AddRange(field.OpenData.Derived.Where(d => !columns.Contains(d.Column)).Select(d => d.Column));
            }
        }

        Walk(CaseSchema.Root, "");

        Assert.Empty(missing);
        Assert.Equal(columns.Count, CaseTable.Columns.Length);
    }

    [Fact]
    public void The_csv_header_is_the_case_table_and_each_row_has_a_cell_per_column()
    {
        using var site = FixtureSite.OfRepositoryContent();
        var result = site.Build(write: false);
        var csv = result.Files.Single(f => f.Path == "data/cases.csv");

        var rows = OpenData.Rfc4180Reader.Read(System.Text.Encoding.UTF8.GetString(csv.Bytes).TrimStart('\uFEFF'));

        Assert.Equal(CaseTable.Columns.Select(c => c.Name), rows[0]);
        Assert.Equal(result.Site!.Cases.Length, rows.Count - 1);
        Portfolio.Tests.Shared.Every.Item(rows.Skip(1), row => Assert.Equal(CaseTable.Columns.Length, row.Count));
    }
}
