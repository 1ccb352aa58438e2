using System.Collections.Immutable;
using Portfolio.Model;

namespace Portfolio.Rendering.Views;

/// <summary>What every page's templates can read as <c>site</c>.</summary>
public sealed record SiteGlobals(SiteSettings Settings, ImmutableArray<NavLink> Sections, int CaseCount, string Year);
