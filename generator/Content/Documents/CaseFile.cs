using System.Collections.Immutable;
using Markdig.Syntax;
using Portfolio.Content.Schema;
using Portfolio.Content.Yaml;

namespace Portfolio.Content.Documents;

/// <summary>
/// One co-production project, as written in <c>content/cases/&lt;slug&gt;.md</c> and validated, bound field by field
/// from <see cref="CaseSchema"/>. <see cref="BodyLine"/> is the file line the body starts on; <see cref="Fields"/> keeps the validated front matter itself, which the open-data
/// writers walk with the schema.
/// </summary>
public sealed record CaseFile(
    string Slug,
    string SourcePath,
    string Title,
    string Summary,
    ImmutableArray<string> Countries,
    int? Year,
    string? Programme,
    Choice? Status,
    ImmutableArray<string> Themes,
    ImmutableArray<string> Techniques,
    ImmutableArray<Partner> Partners,
    Coproduction Coproduction,
    Beneficiaries Beneficiaries,
    CaseData? Data,
    Partnership? Partnership,
    ImmutableArray<string> Illustrates,
    ImmutableArray<Link> Links,
    ImmutableArray<Link> Sources,
    DateOnly? LastReviewed,
    bool Draft,
    MarkdownDocument Body,
    int BodyLine,
    YamlMapping Fields)
{
    /// <summary>The language of the text when it comes from a translation (<c>ia2.es.md</c>); null for the original.</summary>
    public string? Language { get; init; }

    /// <summary>A translation that follows an earlier version of its original (its <c>translated_from</c> is out of date).</summary>
    public bool Behind { get; init; }
}
