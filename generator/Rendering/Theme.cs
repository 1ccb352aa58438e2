using System.Collections.Immutable;
using System.Security.Cryptography;
using Portfolio.Content;
using Portfolio.Content.Yaml;
using Portfolio.Diagnostics;
using Scriban;

namespace Portfolio.Rendering;

/// <summary>
/// A compiled theme: Scriban layouts by name (<c>base</c>, <c>case</c>, <c>partials/header</c>), the UI
/// text of each language, and the assets with their content-hashed output paths, style sheets and scripts
/// minified (<see cref="AssetMinifier"/>). Built once per build
/// (and cached by <c>serve</c>), then shared read-only by every page.
/// </summary>
public sealed class Theme
{
    Theme(ImmutableDictionary<string, Template> layouts, ImmutableDictionary<string, ImmutableDictionary<string, string>> texts,
        ImmutableDictionary<string, string> textFiles, ImmutableDictionary<string, Asset> assets)
    {
        Layouts = layouts;
        Texts = texts;
        TextFiles = textFiles;
        Assets = assets;
    }

    public ImmutableDictionary<string, Template> Layouts { get; }

    /// <summary>UI text by language, then by dotted key (<c>nav.cases</c>).</summary>
    public ImmutableDictionary<string, ImmutableDictionary<string, string>> Texts { get; }

    /// <summary>The language files by language, as their paths are shown in messages.</summary>
    public ImmutableDictionary<string, string> TextFiles { get; }

    /// <summary>Assets by their path under <c>assets/</c> (<c>css/site.css</c>).</summary>
    public ImmutableDictionary<string, Asset> Assets { get; }

    public static (Theme Theme, ImmutableArray<Diagnostic> Diagnostics) Load(ImmutableArray<ThemeFile> files)
    {
        var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
        var layouts = ImmutableDictionary.CreateBuilder<string, Template>(StringComparer.Ordinal);
        var texts = ImmutableDictionary.CreateBuilder<string, ImmutableDictionary<string, string>>(StringComparer.Ordinal);
        var textFiles = ImmutableDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        var assets = ImmutableDictionary.CreateBuilder<string, Asset>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            if (file.RelativePath.StartsWith("layouts/", StringComparison.Ordinal) && file.RelativePath.EndsWith(".scriban", StringComparison.Ordinal))
            {
                var name = file.RelativePath["layouts/".Length..^".scriban".Length];
                var template = Template.Parse(file.Text, file.DisplayPath);
                foreach (var message in template.Messages)
                {
                    diagnostics.Add(Diagnostic.Error(Codes.TemplateSyntax,
                        new SourceRange(file.DisplayPath, message.Span.Start.Line + 1, message.Span.Start.Column + 1, message.Span.End.Line + 1, message.Span.End.Column + 1), message.Message,
                        "fix the template syntax; see the Scriban language reference"));
                }

                layouts[name] = template;
            }
            else if (file.RelativePath.StartsWith("i18n/", StringComparison.Ordinal) && file.RelativePath.EndsWith(".yml", StringComparison.Ordinal))
            {
                var language = file.RelativePath["i18n/".Length..^".yml".Length];
                texts[language] = ReadTexts(file, diagnostics);
                textFiles[language] = file.DisplayPath;
            }
            else if (file.RelativePath.StartsWith("assets/", StringComparison.Ordinal))
            {
                var path = file.RelativePath["assets/".Length..];
                var (bytes, problem) = AssetMinifier.Minify(path, file.Bytes);
                if (problem is not null)
                {
                    diagnostics.Add(Diagnostic.Warning(Codes.AssetNotMinified, SourceRange.StartOf(file.DisplayPath), $"the file could not be minified and is published as written: {problem}",
                        "check the file's syntax; the browser may still read it"));
                }

                assets[path] = new Asset(path, HashedPath(path, bytes), bytes);
            }
        }

        return (new Theme(layouts.ToImmutable(), texts.ToImmutable(), textFiles.ToImmutable(), assets.ToImmutable()), diagnostics.ToImmutable());
    }

    static ImmutableDictionary<string, string> ReadTexts(ThemeFile file, ImmutableArray<Diagnostic>.Builder diagnostics)
    {
        var (root, problems) = YamlReader.Read(file.Text, file.DisplayPath);
        diagnostics.AddRange(problems);
        var texts = ImmutableDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        if (root is YamlMapping mapping)
        {
            Flatten(mapping, "", texts);
        }

        return texts.ToImmutable();
    }

    static void Flatten(YamlMapping mapping, string prefix, ImmutableDictionary<string, string>.Builder texts)
    {
        foreach (var entry in mapping.Entries)
        {
            var key = prefix + entry.Key.Value;
            switch (entry.Value)
            {
                case YamlMapping nested:
                    Flatten(nested, key + ".", texts);
                    break;
                case YamlScalar scalar:
                    texts[key] = scalar.Value;
                    break;
            }
        }
    }

    /// <summary><c>css/site.css</c> becomes <c>assets/css/site.1a2b3c4d5e.css</c>.</summary>
    static string HashedPath(string path, byte[] bytes)
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(bytes))[..10];
        var extension = Path.GetExtension(path);
        return $"assets/{path[..^extension.Length]}.{hash}{extension}";
    }
}

/// <summary>A theme asset and where it is published.</summary>
public sealed record Asset(string SourcePath, string OutputPath, byte[] Bytes);
