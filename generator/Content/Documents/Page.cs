using Markdig.Syntax;

namespace Portfolio.Content.Documents;

/// <summary>A free page from <c>content/pages/slug.md</c>: about, references, …</summary>
public sealed record Page(string Slug, string SourcePath, string Title, string Summary, DateOnly? LastReviewed, MarkdownDocument Body, int BodyLine);
