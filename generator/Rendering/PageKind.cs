namespace Portfolio.Rendering;

/// <summary>The kinds of page the site has; each is laid out by its layout (<see cref="PageKinds.Layout"/>).</summary>
public enum PageKind
{
    Home,
    GuideIndex,
    GuideStep,
    StepExamples,
    CaseIndex,
    Case,
    Framework,
    Beneficiaries,
    TaxonomyIndex,
    Taxonomy,
    Page,
    Data,
    Search,
    NotFound,
    GuideWorksheet,
    GuidePrint,
}
