using System.Collections.Immutable;
using Portfolio.Content.Documents;

namespace Portfolio.Rendering.Views;

/// <summary>Builds the home page's figures: the open call in two charts with their tables, and the evidence behind the guide.</summary>
public sealed class ProgrammeFigures(ViewFactory views, UiText text)
{
    public ProgrammeView Build(Programme programme)
    {
        var call = programme.Call;
        var sectors = call.BySector.Select(s => new Stat(string.Format(views.Culture, text["programme.percent"], views.Number(s.Percent)), s.Label)).ToImmutableArray();
        var topics = call.ByTopic.Select(t => new Stat(views.Number(t.Proposals), t.Label)).ToImmutableArray();
        ImmutableArray<ChartView> charts =
        [
            Chart("chart-sector", "programme.by_sector", Format("programme.by_sector_desc", views.Number(call.Proposals)),
                "programme.sector", "programme.share", [.. call.BySector.Select(s => (double)s.Percent)], sectors, call.BySectorNote),
            Chart("chart-topic", "programme.by_topic", Format("programme.by_topic_desc", views.Number(call.Proposals)),
                "programme.topic", "programme.proposals", [.. call.ByTopic.Select(t => (double)t.Proposals)], topics, call.ByTopicNote),
        ];
        var intro = string.Format(views.Culture, text["programme.call_intro"],
            call.Year.ToString(views.Culture), views.Number(call.Proposals), views.Number(call.Selected));
        return new ProgrammeView(intro, charts, [.. programme.Evidence.Select(e => new Stat(views.Number(e.Value), e.Label))],
            programme.Funders, programme.Organisers);
    }

    ChartView Chart(string id, string titleKey, string description, string labelKey, string valueKey, double[] values, ImmutableArray<Stat> rows, string? note)
    {
        var title = text[titleKey];
        var bars = rows.Select((row, i) => new BarChart.Bar(row.Label, values[i], row.Number)).ToList();
        return new ChartView(id, title, BarChart.Draw(id, title, description, bars), text[labelKey], text[valueKey], rows, note);
    }

    string Format(string key, string value) => string.Format(views.Culture, text[key], value);
}
