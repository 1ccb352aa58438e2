using Markdig.Extensions.Tables;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace Portfolio.Rendering;

/// <summary>
/// Renders a Markdown table the way the theme's own tables are written, so that it fits a phone: in a
/// <c>table-wrap</c>, marked <c>stack</c>, header cells scoped to their column, and each body cell carrying its
/// column's name (<c>data-label</c>), which the style sheet shows above the cell when a narrow column stacks the
/// table. A column's alignment is a class (<c>align-right</c>), never an inline style, which the site's
/// Content-Security-Policy would refuse.
/// </summary>
public sealed class LabelledTableRenderer : HtmlObjectRenderer<Table>
{
    protected override void Write(HtmlRenderer renderer, Table table)
    {
        if (!renderer.EnableHtmlForBlock)
        {
            foreach (var cell in table.OfType<TableRow>().SelectMany(row => row.OfType<TableCell>()))
            {
                renderer.Write(cell);
                renderer.Write(' ');
            }

            return;
        }

        var labels = Labels(table);
        renderer.EnsureLine();
        renderer.WriteLine("<div class=\"table-wrap\">");
        renderer.Write("<table class=\"stack\"").WriteAttributes(table).WriteLine('>');
        var section = "";
        foreach (var row in table.OfType<TableRow>())
        {
            var wanted = row.IsHeader && section != "tbody" ? "thead" : "tbody";
            if (wanted != section)
            {
                if (section.Length > 0)
                {
                    renderer.WriteLine($"</{section}>");
                }

                renderer.WriteLine($"<{wanted}>");
                section = wanted;
            }

            renderer.Write("<tr").WriteAttributes(row).WriteLine('>');
            for (var i = 0; i < row.Count; i++)
            {
                WriteCell(renderer, table, (TableCell)row[i], i, row.IsHeader && section == "thead", labels);
            }

            renderer.WriteLine("</tr>");
        }

        if (section.Length > 0)
        {
            renderer.WriteLine($"</{section}>");
        }

        renderer.WriteLine("</table>");
        renderer.WriteLine("</div>");
    }

    static void WriteCell(HtmlRenderer renderer, Table table, TableCell cell, int position, bool header, List<string> labels)
    {
        var column = cell.ColumnIndex >= 0 ? cell.ColumnIndex : position;
        renderer.EnsureLine();
        renderer.Write(header ? "<th scope=\"col\"" : "<td");
        if (cell.ColumnSpan != 1)
        {
            renderer.Write($" colspan=\"{cell.ColumnSpan}\"");
        }

        if (cell.RowSpan != 1)
        {
            renderer.Write($" rowspan=\"{cell.RowSpan}\"");
        }

        var alignment = column < table.ColumnDefinitions.Count ? table.ColumnDefinitions[column].Alignment : null;
        if (alignment is TableColumnAlign.Center or TableColumnAlign.Right)
        {
            renderer.Write(alignment == TableColumnAlign.Center ? " class=\"align-center\"" : " class=\"align-right\"");
        }

        if (!header && column < labels.Count && labels[column].Length > 0)
        {
            renderer.Write(" data-label=\"").WriteEscape(labels[column]).Write('"');
        }

        renderer.WriteAttributes(cell).Write('>');
        var implicitParagraph = renderer.ImplicitParagraph;
        renderer.ImplicitParagraph = cell.Count == 1;
        renderer.Write(cell);
        renderer.ImplicitParagraph = implicitParagraph;
        renderer.WriteLine(header ? "</th>" : "</td>");
    }

    /// <summary>The plain text of each cell of the table's first header row, by column; none when the table has no header.</summary>
    static List<string> Labels(Table table)
    {
        var labels = new List<string>();
        if (table.Count == 0 || table[0] is not TableRow { IsHeader: true } header)
        {
            return labels;
        }

        using var writer = new StringWriter();
        var plain = new HtmlRenderer(writer) { EnableHtmlForInline = false, EnableHtmlEscape = false };
        foreach (var cell in header.OfType<TableCell>())
        {
            writer.GetStringBuilder().Clear();
            foreach (var leaf in cell.Descendants<LeafBlock>().Where(l => l.Inline is not null))
            {
                plain.Render(leaf.Inline!);
            }

            writer.Flush();
            labels.Add(writer.ToString().Trim());
        }

        return labels;
    }
}
