using System.Globalization;
using System.Text;

namespace Portfolio.Rendering;

/// <summary>
/// Draws a horizontal bar chart as inline SVG at build time: no script, no library. Each bar has its
/// label above it and its value at its end, so long labels fit and the chart stays legible when it is
/// scaled down to a phone's width. The SVG is an image to assistive technology, named by its title and
/// described by a text that states every value; pages also give the numbers as a table.
/// Colours come from CSS classes, so the chart follows the light and dark schemes.
/// </summary>
public static class BarChart
{
    const int Width = 400;
    const int ValueWidth = 52;
    const int LabelHeight = 20;
    const int BarHeight = 18;
    const int Gap = 14;
    const int Row = LabelHeight + BarHeight + Gap;

    public sealed record Bar(string Label, double Value, string ValueText);

    public static HtmlString Draw(string id, string title, string description, IReadOnlyList<Bar> bars)
    {
        var max = bars.Count == 0 ? 1 : Math.Max(bars.Max(b => b.Value), 1e-9);
        var height = (bars.Count * Row) - Gap + 2;
        var plot = Width - ValueWidth;
        var svg = new StringBuilder();
        var values = string.Join("; ", bars.Select(b => $"{b.Label}: {b.ValueText}"));
        svg.Append(CultureInfo.InvariantCulture,
            $"<svg class=\"chart\" id=\"{id}\" viewBox=\"0 0 {Width} {height}\" role=\"img\" aria-labelledby=\"{id}-title {id}-desc\">");
        svg.Append(CultureInfo.InvariantCulture, $"<title id=\"{id}-title\">{Html.Escape(title)}</title>");
        svg.Append(CultureInfo.InvariantCulture, $"<desc id=\"{id}-desc\">{Html.Escape(description)} {Html.Escape(values)}.</desc>");
        for (var i = 0; i < bars.Count; i++)
        {
            var bar = bars[i];
            var top = i * Row;
            var length = Math.Max(2, bar.Value / max * plot);
            var barTop = top + LabelHeight;
            svg.Append(CultureInfo.InvariantCulture,
                $"<text class=\"chart-label\" x=\"0\" y=\"{top + LabelHeight - 5}\">{Html.Escape(bar.Label)}</text>");
            svg.Append(CultureInfo.InvariantCulture,
                $"<rect class=\"chart-bar\" x=\"0\" y=\"{barTop}\" width=\"{length:0.#}\" height=\"{BarHeight}\" rx=\"3\"></rect>");
            svg.Append(CultureInfo.InvariantCulture,
                $"<text class=\"chart-value\" x=\"{length + 6:0.#}\" y=\"{barTop + (BarHeight / 2)}\" dominant-baseline=\"central\">{Html.Escape(bar.ValueText)}</text>");
        }

        svg.Append("</svg>");
        return new HtmlString(svg.ToString());
    }
}
