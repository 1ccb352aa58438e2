using System.Collections.Immutable;
using Markdig.Syntax;

namespace Portfolio.Model;

/// <summary>One co-production project, as written in <c>content/cases/&lt;slug&gt;.md</c> and validated.</summary>
public sealed record CaseFile(
    string Slug,
    string SourcePath,
    string Language,
    string Title,
    string Summary,
    ImmutableArray<string> Countries,
    int? Year,
    string? Programme,
    string? Status,
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
    MarkdownDocument Body);
