using Markdig.Syntax;
using Portfolio.Content.Yaml;

namespace Portfolio.Content;

/// <summary>
/// A content file after the parse stage: its front matter (or whole data file) as a positioned YAML
/// mapping and its Markdown body as a Markdig syntax tree. Not yet checked against any schema.
/// Markdig trees are mutable objects; no stage after parse changes them.
/// </summary>
public sealed record ParsedDocument(SourceFile Source, YamlMapping Fields, MarkdownDocument? Body, int BodyLine);
