using System.Globalization;
using System.Text;

namespace Portfolio.Rendering;

/// <summary>
/// Draws a horizontal bar chart as inline SVG at build time: no script, no library. The SVG carries
/// a title and description for screen readers; pages also show the numbers as a table.
/// Colours come from CSS classes, so the chart follows the light and dark schemes.
/// </summary>
public static class BarChart
{
    const int Width = 640;
    const int BarHeight = 26;
    const int Gap = 10;
    const int LabelWidth = 300;
    const int ValueWidth = 56;

    public sealed record Bar(string Label, double Value, string ValueText);

    public static HtmlString Draw(string id, string title, string description, IReadOnlyList<Bar> bars)
    {
        var max = bars.Count == 0 ? 1 : Math.Max(bars.Max(b => b.Value), 1e-9);
        var height = (bars.Count * (BarHeight + Gap)) + Gap;
        var plot = Width - LabelWidth - ValueWidth;
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture,
            $"<svg class=\"chart\" id=\"{id}\" viewBox=\"0 0 {Width} {height}\" role=\"img\" aria-labelledby=\"{id}-title {id}-desc\" preserveAspectRatio=\"xMinYMin meet\">");
        svg.Append(CultureInfo.InvariantCulture, $"<title id=\"{id}-title\">{Html.Escape(title)}</title>");
        svg.Append(CultureInfo.InvariantCulture, $"<desc id=\"{id}-desc\">{Html.Escape(description)}</desc>");
        for (var i = 0; i < bars.Count; i++)
        {
            var bar = bars[i];
            var y = Gap + (i * (BarHeight + Gap));
            var length = Math.Max(2, bar.Value / max * plot);
            var middle = y + (BarHeight / 2);
            svg.Append(CultureInfo.InvariantCulture,
                $"<text class=\"chart-label\" x=\"{LabelWidth - 8}\" y=\"{middle}\" text-anchor=\"end\" dominant-baseline=\"middle\">{Html.Escape(bar.Label)}</text>");
            svg.Append(CultureInfo.InvariantCulture,
                $"<rect class=\"chart-bar\" x=\"{LabelWidth}\" y=\"{y}\" width=\"{length:0.#}\" height=\"{BarHeight}\" rx=\"3\"></rect>");
            svg.Append(CultureInfo.InvariantCulture,
                $"<text class=\"chart-value\" x=\"{LabelWidth + length + 6:0.#}\" y=\"{middle}\" dominant-baseline=\"middle\">{Html.Escape(bar.ValueText)}</text>");
        }

        svg.Append("</svg>");
        return new HtmlString(svg.ToString());
    }
}
