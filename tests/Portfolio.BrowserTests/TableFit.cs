using Microsoft.Playwright;

namespace Portfolio.BrowserTests;

/// <summary>
/// What keeps a table from being read on the page as it is now: the page or a table's container scrolling sideways,
/// a body cell hidden, cut off or outside the screen, or, where the column headers are hidden because the table is
/// stacked, a cell that does not show its column's name. Folded sections (<c>details</c>) are opened first.
/// </summary>
public static class TableFit
{
    const string Script = """
        () => {
          for (const d of document.querySelectorAll('main details')) d.open = true;
          const problems = [];
          const root = document.documentElement;
          const screen = root.clientWidth;
          if (root.scrollWidth > screen) problems.push(`the page is ${root.scrollWidth - screen}px wider than the screen`);
          const text = (e) => e.textContent.replace(/\s+/g, ' ').trim().slice(0, 50);
          document.querySelectorAll('main table').forEach((table, t) => {
            const name = `table ${t + 1} (${table.className || 'no class'}, "${text(table.querySelector('caption') || table)}")`;
            const box = table.closest('.table-wrap') || table.parentElement;
            if (box.scrollWidth > box.clientWidth + 1) problems.push(`${name}: its container scrolls sideways by ${box.scrollWidth - box.clientWidth}px`);
            const r = table.getBoundingClientRect();
            if (r.left < -0.5 || r.right > screen + 0.5) problems.push(`${name}: it runs off the screen (${Math.round(r.left)} to ${Math.round(r.right)})`);
            const heads = [...table.querySelectorAll('thead th')];
            const firstRow = table.querySelector('tbody tr');
            const stacked = firstRow !== null && getComputedStyle(firstRow).display === 'block';
            for (const cell of table.querySelectorAll('tbody th, tbody td')) {
              const c = cell.getBoundingClientRect();
              const style = getComputedStyle(cell);
              if (style.display === 'none' || style.visibility === 'hidden' || c.width < 2 || c.height < 2) { problems.push(`${name}: cell "${text(cell)}" is not shown`); continue; }
              if (c.left < -0.5 || c.right > screen + 0.5) problems.push(`${name}: cell "${text(cell)}" runs off the screen`);
              if (cell.scrollWidth > cell.clientWidth + 1) problems.push(`${name}: the text of cell "${text(cell)}" is cut off`);
              if (stacked && cell.localName === 'td') {
                const head = heads[[...cell.parentElement.children].indexOf(cell)];
                const label = getComputedStyle(cell, '::before').content;
                if (head && !label.includes(text(head))) problems.push(`${name}: cell "${text(cell)}" does not show its column's name "${text(head)}" (${label})`);
              }
            }
            if (!stacked) for (const head of heads) {
              const h = head.getBoundingClientRect();
              if (h.width < 2 || h.left < -0.5 || h.right > screen + 0.5) problems.push(`${name}: column header "${text(head)}" is not on the screen`);
            }
          });
          return problems;
        }
        """;

    public static async Task<List<string>> ProblemsAsync(IPage page) => [.. await page.EvaluateAsync<string[]>(Script)];
}
