using System.Collections.Immutable;
using Markdig.Syntax;
using Portfolio.Content.Documents;
using Portfolio.Content.Schema;
using Portfolio.Content.Yaml;
using C = Portfolio.Content.Schema.CaseSchema;
using G = Portfolio.Content.Schema.GuideStepSchema;
using M = Portfolio.Content.Schema.MatricesSchema;
using P = Portfolio.Content.Schema.ProgrammeSchema;
using S = Portfolio.Content.Schema.SiteSchema;
using T = Portfolio.Content.Schema.TaxonomySchema;

namespace Portfolio.Content;

/// <summary>
/// Turns validated YAML into the typed records of <see cref="Documents"/>, reading each field through its schema
/// <see cref="Field"/>. An optional <paramref name="log"/> records the fields read.
/// </summary>
public sealed class Binder(ISet<Field>? log = null)
{
    public CaseFile Case(ParsedDocument document)
    {
        var f = new FieldReader(document.Fields, log);
        var coproduction = f.Object(C.Coproduction)!.Value;
        var beneficiaries = f.Object(C.Beneficiaries)!.Value;
        return new CaseFile(
            document.Source.Name, document.Source.Path,
            f.Text(C.Title), f.Text(C.Summary), f.Texts(C.Countries), f.Integer(C.Year), f.OptionalText(C.Programme), f.OptionalChoice(C.Status),
            f.Texts(C.Themes), f.Texts(C.Techniques),
            f.Objects(C.Partners, p => new Partner(p.Text(C.PartnerName), p.Choice(C.PartnerSector), p.OptionalText(C.PartnerRole))),
            new Coproduction(coproduction.Choice(C.Level), coproduction.Choices(C.Phases), coproduction.OptionalText(C.Note)),
            new Beneficiaries(beneficiaries.Texts(C.Direct), beneficiaries.Texts(C.Indirect)),
            f.Object(C.Data) is { } data ? CaseData(data) : null,
            f.Object(C.Partnership) is { } p ? new Partnership(p.OptionalChoice(C.Capacity), p.OptionalChoice(C.Willingness)) : null,
            f.Texts(C.Illustrates), Links(f, C.Links), Links(f, C.Sources), f.Date(C.LastReviewed), f.Boolean(C.Draft),
            document.Body ?? new MarkdownDocument(), document.BodyLine, document.Fields);
    }

    static CaseData CaseData(FieldReader data) => new(
        data.Objects(C.DataSources, s => new DataSource(s.Text(C.SourceName), s.OptionalText(C.SourcePublisher), s.OptionalText(C.SourceStandard),
            s.OptionalText(C.SourceFrequency), s.OptionalText(C.SourceUrl))),
        data.OptionalText(C.Gaps), data.OptionalText(C.Harms));

    static ImmutableArray<Link> Links(FieldReader f, Field field) => f.Objects(field, l => new Link(l.Text(C.LinkLabel), l.Text(C.LinkUrl)));

    public GuideStep GuideStep(ParsedDocument document, int number, string slug)
    {
        var f = new FieldReader(document.Fields, log);
        return new GuideStep(number, slug, document.Source.Path, f.Text(G.Title), f.OptionalText(G.KeyQuestion), f.Text(G.Summary),
            f.Objects(G.Boxes, b => new GuideBox(b.Text(G.BoxTitle), b.Integer(G.BoxFigure), b.Choice(G.BoxKind), b.OptionalText(G.BoxCase), b.Texts(G.BoxItems),
                b.Objects(G.BoxAnswers, a => new WorkedAnswer(a.Text(G.Question), a.Text(G.Answer))))),
            f.Choices(G.Matrices), f.Date(G.LastReviewed), document.Body ?? new MarkdownDocument(), document.BodyLine);
    }

    public Page Page(ParsedDocument document)
    {
        var f = new FieldReader(document.Fields, log);
        return new Page(document.Source.Name, document.Source.Path, f.Text(PageSchema.Title), f.Text(PageSchema.Summary), f.Date(PageSchema.LastReviewed),
            document.Body ?? new MarkdownDocument(), document.BodyLine);
    }

    public SiteSettings Site(ParsedDocument document)
    {
        var f = new FieldReader(document.Fields, log);
        var licence = f.Object(S.Licence)!.Value;
        var source = f.Object(S.Source)!.Value;
        var baseUrl = f.Text(S.BaseUrl);
        return new SiteSettings(f.Text(S.Title), f.Text(S.Tagline), f.Text(S.Description), baseUrl.EndsWith('/') ? baseUrl : baseUrl + "/",
            f.OptionalText(S.RepositoryUrl)?.TrimEnd('/'), f.OptionalText(S.DefaultBranch) ?? "main", f.Choice(S.Language).Slug,
            new Link(licence.Text(S.LicenceName), licence.Text(S.LicenceUrl)),
            new SourceCredit(source.Text(S.SourceTitle), source.Texts(S.SourceAuthors), source.Text(S.SourcePublisher), source.OptionalText(S.SourceProgramme),
                source.OptionalText(S.SourceIllustrator), source.Text(S.SourceYear), source.Text(S.SourceUrl)),
            f.Texts(S.FeaturedCases))
        {
            Translations = [.. f.Choices(S.Translations).Select(c => c.Slug).Distinct()],
        };
    }

    public Taxonomies Taxonomies(ParsedDocument document)
    {
        var f = new FieldReader(document.Fields, log);
        return new Taxonomies(Terms(f, T.Themes), Terms(f, T.Techniques));
    }

    static ImmutableArray<Term> Terms(FieldReader f, Field list) =>
        f.Objects(list, t => new Term(t.Text(T.TermSlug), t.Text(T.TermName), t.OptionalText(T.TermDescription)));

    public Programme Programme(ParsedDocument document)
    {
        var f = new FieldReader(document.Fields, log);
        var call = f.Object(P.Call)!.Value;
        return new Programme(
            new OpenCall(call.Integer(P.Year) ?? 0, call.OptionalText(P.Season), call.Integer(P.Proposals) ?? 0, call.Integer(P.Selected) ?? 0,
                call.Objects(P.BySector, s => new SectorShare(s.Choice(P.ShareSector), s.Text(P.ShareLabel), s.Integer(P.SharePercent) ?? 0)),
                call.Objects(P.ByTopic, t => new TopicCount(t.Text(P.TopicSlug), t.Text(P.TopicLabel), t.Integer(P.TopicProposals) ?? 0)),
                call.OptionalText(P.BySectorNote), call.OptionalText(P.ByTopicNote)),
            f.Objects(P.Evidence, e => new Count(e.Text(P.EvidenceLabel), e.Integer(P.EvidenceCount) ?? 0)),
            f.Objects(P.Funders, Organisation),
            f.Objects(P.Organisers, Organisation));
    }

    static Organisation Organisation(FieldReader o) => new(o.Text(P.OrganisationName), o.Text(P.OrganisationUrl));

    public Matrices Matrices(ParsedDocument document)
    {
        var f = new FieldReader(document.Fields, log);
        var cw = f.Object(M.CapacityWillingness)!.Value;
        var nabatchi = f.Object(M.Nabatchi)!.Value;
        var beneficiaries = f.Object(M.Beneficiaries)!.Value;
        return new Matrices(
            new CapacityWillingness(cw.Integer(M.Figure), cw.Text(M.CapacitySource), cw.Text(M.CapacityDescription),
                cw.Objects(M.Cells, c => new CapacityCell(c.Choice(M.CellCapacity), c.Choice(M.CellWillingness), c.Choice(M.CellOutcome), c.Text(M.CellDescription))),
                cw.OptionalText(M.CapacityNote)),
            new NabatchiTypology(nabatchi.Text(M.TypologySource), nabatchi.Text(M.TypologyDescription),
                nabatchi.Objects(M.Levels, d => new Definition(d.Choice(M.LevelSlug), d.Text(M.DefinitionText))),
                nabatchi.Objects(M.Phases, d => new Definition(d.Choice(M.PhaseSlug), d.Text(M.DefinitionText))),
                nabatchi.OptionalText(M.LevelsNote)),
            beneficiaries.Text(M.DirectDefinition), beneficiaries.Text(M.IndirectDefinition));
    }
}
