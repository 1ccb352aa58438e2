using System.Collections.Immutable;
using System.Globalization;
using Portfolio.Model;

namespace Portfolio.Rendering.Views;

/// <summary>
/// Writes the introduction of a country's or theme's page from what its cases have in common (<see cref="TermProfile"/>):
/// how many there are, the most common level and phase when one stands out, the years they started, and the counts
/// a reader can compare.
/// </summary>
public sealed class TermIntros(Site site, ViewFactory views, UiText text)
{
    /// <summary>The introduction of <paramref name="term"/>, whose taxonomy is named by <paramref name="key"/> (<c>countries</c> or <c>themes</c>).</summary>
    public TermIntroView Build(TaxonomyTerm term, string key)
    {
        var related = term.Term.Taxon == Taxon.Country ? Taxon.Theme : Taxon.Country;
        var profile = TermProfile.Of(term.Cases, site.Matrix, site.Guide, related);
        var count = term.Count;
        ImmutableArray<string> sentences =
        [
            string.Format(views.Culture, text[$"{key}.intro_{(count == 1 ? "one" : "other")}"], views.Number(count), term.Name),
            .. Commonest(profile, count),
        ];
        return new TermIntroView(
            sentences,
            Years(profile),
            text[related == Taxon.Country ? "nav.countries" : "nav.themes"],
            [.. profile.Related.Select(t => Counted(Urls.Of(t.Term), t.Term.Name, t.Count))],
            [.. profile.Levels.Select(t => Counted(null, t.Term.Name, t.Count))],
            [.. profile.Phases.Select(t => Counted(null, t.Term.Name, t.Count))],
            [.. profile.Steps.Select(s => Counted(Urls.GuideStep(s.Step.Slug),
                string.Format(views.Culture, text["guide.step_titled"], views.Number(s.Step.Number), s.Step.Title), s.Count))]);
    }

    /// <summary>"The most common level is Group, and the most common phase is Co-delivery.", when both stand out from the rest.</summary>
    IEnumerable<string> Commonest(TermProfile profile, int count)
    {
        if (count > 1 && Leader(profile.Levels) is { } level && Leader(profile.Phases) is { } phase)
        {
            yield return string.Format(views.Culture, text["term.commonest"], level.Name, phase.Name);
        }
    }

    /// <summary>The term with the most cases, if no other has as many.</summary>
    static Named? Leader(ImmutableArray<TermCount> counts)
    {
        var top = counts.OrderByDescending(c => c.Count).Take(2).ToList();
        return top.Count > 0 && top[0].Count > 0 && (top.Count == 1 || top[0].Count > top[1].Count) ? top[0].Term : null;
    }

    /// <summary>"2020", or "2019–2022"; null when no case says when it started.</summary>
    static string? Years(TermProfile profile) => profile switch
    {
        { FirstYear: { } first, LastYear: { } last } when first == last => first.ToString(CultureInfo.InvariantCulture),
        { FirstYear: { } first, LastYear: { } last } => $"{first.ToString(CultureInfo.InvariantCulture)}–{last.ToString(CultureInfo.InvariantCulture)}",
        _ => null,
    };

    CountedLink Counted(string? url, string name, int count) => new(url, name, views.Number(count), views.Count("cases.count", count));
}
