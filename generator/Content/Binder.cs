using Markdig.Syntax;
using Portfolio.Content.Yaml;
using Portfolio.Model;

namespace Portfolio.Content;

/// <summary>Turns validated YAML into the typed records of <see cref="Model"/>.</summary>
public static class Binder
{
    public static CaseFile Case(ParsedDocument document, string language)
    {
        var f = new FieldReader(document.Fields);
        var coproduction = f.Object("coproduction")!.Value;
        var beneficiaries = f.Object("beneficiaries")!.Value;
        return new CaseFile(
            document.Source.Name, document.Source.Path, language,
            f.Text("title"), f.Text("summary"), f.Texts("countries"), f.Integer("year"), f.OptionalText("programme"), f.OptionalText("status"),
            f.Texts("themes"), f.Texts("techniques"),
            f.Objects("partners", p => new Partner(p.Text("name"), p.Text("sector"), p.OptionalText("role"))),
            new Coproduction(coproduction.Text("level"), coproduction.Texts("phases"), coproduction.OptionalText("note")),
            new Beneficiaries(beneficiaries.Texts("direct"), beneficiaries.Texts("indirect")),
            f.Object("data") is { } data ? CaseData(data) : null,
            f.Object("partnership") is { } p ? new Partnership(p.OptionalText("capacity"), p.OptionalText("willingness")) : null,
            f.Texts("illustrates"), Links(f, "links"), Links(f, "sources"), f.Date("last_reviewed"), f.Boolean("draft"),
            document.Body ?? new MarkdownDocument());
    }

    static CaseData CaseData(FieldReader data) => new(
        data.Objects("sources", s => new DataSource(s.Text("name"), s.OptionalText("publisher"), s.OptionalText("standard"), s.OptionalText("update_frequency"), s.OptionalText("url"))),
        data.OptionalText("gaps"), data.OptionalText("harms"));

    static System.Collections.Immutable.ImmutableArray<Link> Links(FieldReader f, string name) =>
        f.Objects(name, l => new Link(l.Text("label"), l.Text("url")));

    public static GuideStep GuideStep(ParsedDocument document, int number, string slug, string language)
    {
        var f = new FieldReader(document.Fields);
        return new GuideStep(number, slug, document.Source.Path, language, f.Text("title"), f.OptionalText("key_question"), f.Text("summary"),
            f.Objects("boxes", b => new GuideBox(b.Text("title"), b.Integer("figure"), b.Text("kind"), b.OptionalText("case"), b.Texts("items"),
                b.Objects("answers", a => new WorkedAnswer(a.Text("question"), a.Text("answer"))))),
            f.Texts("matrices"), f.Date("last_reviewed"), document.Body ?? new MarkdownDocument());
    }

    public static Page Page(ParsedDocument document, string language)
    {
        var f = new FieldReader(document.Fields);
        return new Page(document.Source.Name, document.Source.Path, language, f.Text("title"), f.Text("summary"), f.Date("last_reviewed"),
            document.Body ?? new MarkdownDocument());
    }

    public static SiteSettings Site(ParsedDocument document)
    {
        var f = new FieldReader(document.Fields);
        var licence = f.Object("licence")!.Value;
        var source = f.Object("source")!.Value;
        var baseUrl = f.Text("base_url");
        return new SiteSettings(f.Text("title"), f.Text("tagline"), f.Text("description"), baseUrl.EndsWith('/') ? baseUrl : baseUrl + "/",
            f.OptionalText("repository_url")?.TrimEnd('/'), f.OptionalText("default_branch") ?? "main", f.Text("language"),
            new Link(licence.Text("name"), licence.Text("url")),
            new SourceCredit(source.Text("title"), source.Texts("authors"), source.Text("publisher"), source.OptionalText("programme"),
                source.OptionalText("illustrator"), source.Text("year"), source.Text("url")),
            f.Texts("featured_cases"));
    }

    public static Taxonomies Taxonomies(ParsedDocument document)
    {
        var f = new FieldReader(document.Fields);
        return new Taxonomies(Terms(f, "themes"), Terms(f, "techniques"));
    }

    static System.Collections.Immutable.ImmutableArray<Term> Terms(FieldReader f, string name) =>
        f.Objects(name, t => new Term(t.Text("slug"), t.Text("name"), t.OptionalText("description")));

    public static Programme Programme(ParsedDocument document)
    {
        var f = new FieldReader(document.Fields);
        var call = f.Object("call")!.Value;
        return new Programme(
            new OpenCall(call.Integer("year") ?? 0, call.OptionalText("season"), call.Integer("proposals") ?? 0, call.Integer("selected") ?? 0,
                call.Objects("by_sector", s => new SectorShare(s.Text("sector"), s.Text("label"), s.Integer("percent") ?? 0)),
                call.Objects("by_topic", t => new TopicCount(t.Text("slug"), t.Text("label"), t.Integer("proposals") ?? 0)),
                call.OptionalText("by_sector_note"), call.OptionalText("by_topic_note")),
            f.Objects("evidence", e => new Count(e.Text("label"), e.Integer("count") ?? 0)),
            f.Objects("funders", o => new Organisation(o.Text("name"), o.Text("url"))),
            f.Objects("organisers", o => new Organisation(o.Text("name"), o.Text("url"))));
    }

    public static Matrices Matrices(ParsedDocument document)
    {
        var f = new FieldReader(document.Fields);
        var cw = f.Object("capacity_willingness")!.Value;
        var nabatchi = f.Object("nabatchi")!.Value;
        var beneficiaries = f.Object("beneficiaries")!.Value;
        return new Matrices(
            new CapacityWillingness(cw.Integer("figure"), cw.Text("source"), cw.Text("description"),
                cw.Objects("cells", c => new CapacityCell(c.Text("capacity"), c.Text("willingness"), c.Text("outcome"), c.Text("description"))), cw.OptionalText("note")),
            new NabatchiTypology(nabatchi.Text("source"), nabatchi.Text("description"), Definitions(nabatchi, "levels"), Definitions(nabatchi, "phases"), nabatchi.OptionalText("levels_note")),
            beneficiaries.Text("direct"), beneficiaries.Text("indirect"));
    }

    static System.Collections.Immutable.ImmutableArray<Definition> Definitions(FieldReader f, string name) =>
        f.Objects(name, d => new Definition(d.Text("slug"), d.Text("name"), d.Text("definition")));
}
