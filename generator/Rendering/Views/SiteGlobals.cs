using System.Collections.Immutable;
using Portfolio.Content.Documents;

namespace Portfolio.Rendering.Views;

/// <summary>What every page's templates can read as <c>site</c>: settings, the main sections and the footer's links.</summary>
public sealed record SiteGlobals(SiteSettings Settings, ImmutableArray<NavLink> Sections, ImmutableArray<NavLink> FooterLinks, int CaseCount, string Year);
