using System.Text;

namespace Portfolio.Bench;

/// <summary>
/// Markdown bodies of the shapes that are slow or crash in Markdown parsers (or were, in ours), each filled up
/// to a given size. Some stay under every limit and must build; the others must be refused fast.
/// </summary>
static class Shapes
{
    public static IEnumerable<(string Name, string Body)> All(int size)
    {
        string Fill(string unit) => Repeat(unit, size);
        yield return ("plain paragraphs", Fill("Co-production brings public servants and civil society together around a shared problem. "));
        yield return ("link openers without spaces '[a]('", Fill("[a]("));
        yield return ("link openers with spaces '[a]( '", Fill("[a]( "));
        yield return ("image openers '![a]('", Fill("![a]( "));
        yield return ("unclosed brackets '[ '", Fill("[ "));
        yield return ("angle openers '[a](<'", Fill("[a](< "));
        yield return ("backtick runs of growing length", BacktickRuns(size));
        yield return ("emphasis '*a **b '", Fill("*a **b "));
        yield return ("underscores '_a '", Fill("_a "));
        yield return ("strikethrough '~~a '", Fill("~~a "));
        yield return ("autolink openers '<a '", Fill("<a "));
        yield return ("closed brackets '[] '", Fill("[] "));
        yield return ("reference links '[a] '", Fill("[a] "));
        yield return ("smart quotes '\"a '", Fill("\"a 'b "));
        yield return ("entities '&#1234; '", Fill("&#1234; "));
        yield return ("link titles '[a](b \"'", Fill("[a](b \" "));
        yield return ("setext headings", Fill("a\n=\n"));
        yield return ("ATX headings '## a'", Fill("## a\n\n"));
        yield return ("empty headings '#'", Fill("#\n"));
        yield return ("link definitions", Fill("[a]: /b\n"));
        yield return ("list items", Fill("- a\n"));
        yield return ("ordered list items", Fill("1. a\n"));
        yield return ("nested quotes and lists", Fill("> - "));
        yield return ("lazy quote lines", Fill("> a\nb\n"));
        yield return ("fenced code openers", Fill("```\n"));
        yield return ("indented code", Fill("    a\n"));
        yield return ("table rows", "| a | b |\n|---|---|\n" + Fill("| x | y |\n"));
        yield return ("wide table", WideTable(size));
        yield return ("pipes '|a '", Fill("|a "));
        yield return ("thematic breaks", Fill("***\n"));
        yield return ("http autolinks", Fill("https://example.org/a "));
        yield return ("www autolinks", Fill("www.a "));
        yield return ("escapes '\\['", Fill("\\[ "));
        yield return ("links inside links '[[a](b) '", Fill("[[a](b) "));
        yield return ("html-like text '<a href=\"'", Fill("<a href=\" "));
    }

    static string Repeat(string unit, int size)
    {
        var text = new StringBuilder(size + unit.Length);
        while (text.Length + unit.Length <= size)
        {
            text.Append(unit);
        }

        return text.ToString();
    }

    static string BacktickRuns(int size)
    {
        var text = new StringBuilder();
        for (var k = 1; text.Length + k + 2 <= size; k++)
        {
            text.Append('`', k).Append(" a ");
        }

        return text.ToString();
    }

    static string WideTable(int size)
    {
        var header = "| " + string.Join(" | ", Enumerable.Repeat("h", 200)) + " |\n";
        var rule = "|" + string.Join("|", Enumerable.Repeat("---", 200)) + "|\n";
        var row = "| " + string.Join(" | ", Enumerable.Repeat("c", 200)) + " |\n";
        return header + rule + Repeat(row, size - header.Length - rule.Length);
    }
}
