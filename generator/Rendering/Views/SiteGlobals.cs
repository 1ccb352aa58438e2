using System.Collections.Immutable;
using Portfolio.Content.Documents;

namespace Portfolio.Rendering.Views;

/// <summary>
/// What every page's templates can read as <c>site</c>: settings, the main sections and the footer's links, and, in an
/// edition other than the original's, the original's language (<see cref="NeutralLanguage"/>), which the fields every
/// edition shares as written (source titles, link labels) are in, so templates can mark them with <c>lang</c>.
/// </summary>
public sealed record SiteGlobals(SiteSettings Settings, ImmutableArray<NavLink> Sections, ImmutableArray<NavLink> FooterLinks, int CaseCount, string Year)
{
    public string? NeutralLanguage { get; init; }
}
