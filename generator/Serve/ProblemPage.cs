using System.Globalization;
using System.Text;
using Portfolio.Diagnostics;
using Portfolio.Rendering;

namespace Portfolio.Serve;

/// <summary>The page served while no build has succeeded yet: the errors, readable without script.</summary>
public static class ProblemPage
{
    public static byte[] Render(IEnumerable<Diagnostic> errors)
    {
        var text = new StringBuilder();
        text.Append("<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        text.Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        text.Append("<title>The site could not be built · portfolio serve</title>\n");
        text.Append(CultureInfo.InvariantCulture, $"<link rel=\"stylesheet\" href=\"{ServeAssets.StylePath}\">\n");
        text.Append(ServeAssets.ScriptTag(0)).Append("\n</head>\n<body>\n<main class=\"pfs-panel\">\n");
        text.Append("<h1 class=\"pfs-title\">The site could not be built</h1>\n");
        text.Append("<p class=\"pfs-note\">Fix the problems below and save the file: this page reloads by itself.</p>\n<ol class=\"pfs-list\">\n");
        foreach (var error in errors)
        {
            text.Append("<li class=\"pfs-item\">")
                .Append(CultureInfo.InvariantCulture, $"<code class=\"pfs-where\">{Html.Escape(error.Position.ToString())}</code>")
                .Append(CultureInfo.InvariantCulture, $"<span class=\"pfs-code\">{Html.Escape(error.Code.Id)}</span>")
                .Append(CultureInfo.InvariantCulture, $"<p class=\"pfs-message\">{Html.Escape(error.Message)}</p>");
            if (error.Hint is { } hint)
            {
                text.Append(CultureInfo.InvariantCulture, $"<p class=\"pfs-hint\">Hint: {Html.Escape(hint)}</p>");
            }

            text.Append("</li>\n");
        }

        text.Append("</ol>\n</main>\n</body>\n</html>\n");
        return Encoding.UTF8.GetBytes(text.ToString());
    }
}
