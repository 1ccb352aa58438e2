using System.Collections.Immutable;
using Portfolio.Content;
using Portfolio.Content.Schema;
using Portfolio.Model;

namespace Portfolio.Rendering.Views;

/// <summary>Builds the worksheet's view from the guide, the schema's vocabularies and the site's taxonomies.</summary>
public sealed class WorksheetPage(Site site, ViewFactory views, UiText text, GuidePages guide)
{
    /// <summary>
    /// The fields each of the guide's eight steps gathers, in order; the layout has a part of the form for each
    /// (<c>layouts/partials/worksheet-&lt;part&gt;.scriban</c>).
    /// </summary>
    public static readonly ImmutableArray<string> Parts = ["problem", "partners", "data", "experts", "prototype", "development", "engagement", "evaluation"];

    /// <summary>
    /// The longest GitHub new-file address the worksheet opens; past it the file is downloaded instead. Browsers take
    /// far longer addresses, but GitHub's servers refuse those much over 8 KB.
    /// </summary>
    public const int MaxUrlLength = 8000;

    public const string CasesFolder = "content/cases";

    public WorksheetView Build()
    {
        var steps = site.Guide.Select((step, i) => new WorksheetStep($"step-{step.Number}",
            string.Format(views.Culture, text["guide.step"], views.Number(step.Number)),
            step, Urls.GuideStep(step.Slug), guide.Boxes(step, $"step-{step.Number}-"), i < Parts.Length ? Parts[i] : null)).ToImmutableArray();
        ImmutableArray<NavLink> outline =
        [
            new("#project", text["worksheet.project_title"]),
            .. steps.Select(s => new NavLink("#" + s.Anchor, s.Step.Title, Extra: views.Number(s.Step.Number))),
            new("#sources", text["worksheet.sources_title"]),
            new("#export", text["worksheet.export_title"]),
        ];
        var settings = site.Settings;
        var newFile = settings.RepositoryUrl is { } repository ? $"{repository}/new/{settings.DefaultBranch}/{CasesFolder}" : null;
        return new WorksheetView(steps, outline, Choices(), views.Matrix(), new WorksheetExport("/schema/case.schema.json", CasesFolder, newFile, MaxUrlLength));
    }

    WorksheetChoices Choices()
    {
        var language = site.Settings.Language;
        var byName = StringComparer.Create(views.Culture, System.Globalization.CompareOptions.IgnoreCase);
        return new WorksheetChoices(
            [.. Countries.Codes.Select(code => new Facet(code, Countries.NameOf(code, language))).OrderBy(f => f.Name, byName).ThenBy(f => f.Slug, StringComparer.Ordinal)],
            [.. site.Themes.Select(t => ViewFactory.Facet(t.Term))],
            [.. site.Techniques.Select(t => ViewFactory.Facet(t.Term))],
            [.. Vocabularies.Sector.Choices.Select(c => views.Labelled(c))],
            [.. Vocabularies.Status.Choices.Select(c => views.Labelled(c))],
            [.. Vocabularies.Rating.Choices.Select(c => views.Labelled(c, "capacity"))],
            [.. Vocabularies.Rating.Choices.Select(c => views.Labelled(c, "willingness"))],
            CaseSchema.SummaryMaxLength,
            ContentLimits.MaxSlugLength);
    }
}
