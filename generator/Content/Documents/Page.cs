using Markdig.Syntax;

namespace Portfolio.Content.Documents;

/// <summary>A free page from <c>content/pages/slug.md</c>: about, references, …</summary>
public sealed record Page(string Slug, string SourcePath, string Title, string Summary, DateOnly? LastReviewed, MarkdownDocument Body, int BodyLine)
{
    /// <summary>The language of the text when it comes from a translation (<c>about.es.md</c>); null for the original.</summary>
    public string? Language { get; init; }

    /// <summary>A translation that follows an earlier version of its original.</summary>
    public bool Behind { get; init; }
}
