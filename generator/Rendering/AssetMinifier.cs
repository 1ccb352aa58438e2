using System.Text;
using NUglify;
using NUglify.Css;
using NUglify.JavaScript;

namespace Portfolio.Rendering;

/// <summary>
/// Minifies the theme's style sheets and scripts (NUglify) as the theme is loaded, so the files the site publishes,
/// and the content hashes in their names, are those of the minified text; the theme keeps its readable sources.
/// Other assets pass unchanged. The same source always gives the same bytes. A file NUglify cannot read is published
/// as written, with the reason, so a build never fails on it (<c>--strict</c> does, as for every warning).
/// </summary>
public static class AssetMinifier
{
    static readonly CssSettings Css = new() { CommentMode = CssComment.Important };

    // The scripts are ES modules, which NUglify reads as classic scripts: renaming top-level names or dropping code it
    // takes for unused loses a module's own functions (the worksheet's start-up vanished). Whitespace, comments and
    // safe rewrites only.
    static readonly CodeSettings Script = new()
    {
        PreserveImportantComments = true,
        LocalRenaming = LocalRenaming.KeepAll,
        RemoveUnneededCode = false,
        RemoveFunctionExpressionNames = false,
    };

    /// <summary>The bytes to publish for the asset at <paramref name="path"/>, and why they are the source's own, if they are.</summary>
    public static (byte[] Bytes, string? Problem) Minify(string path, byte[] source)
    {
        var extension = Path.GetExtension(path);
        if (extension is not (".css" or ".js"))
        {
            return (source, null);
        }

        var text = Encoding.UTF8.GetString(source).TrimStart('\uFEFF');
        UglifyResult result;
        try
        {
            result = extension == ".css" ? Uglify.Css(text, Css) : Uglify.Js(text, Script);
        }
        catch (Exception e) when (e is InvalidOperationException or NullReferenceException or IndexOutOfRangeException or ArgumentException)
        {
            // NUglify throws on some inputs it does not understand instead of reporting them.
            return (source, e.Message);
        }

        if (result.HasErrors || result.Code is null)
        {
            var first = result.Errors.FirstOrDefault(e => e.IsError);
            return (source, first is null ? "the minifier gave no output" : $"{first.StartLine}:{first.StartColumn}: {first.Message}");
        }

        return (Encoding.UTF8.GetBytes(result.Code), null);
    }
}
