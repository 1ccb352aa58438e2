using System.Collections.Immutable;
using Markdig.Syntax;
using Portfolio.Content.Schema;

namespace Portfolio.Content.Documents;

/// <summary>One of the guide's steps, from <c>content/guide/NN-slug.md</c>.</summary>
public sealed record GuideStep(
    int Number,
    string Slug,
    string SourcePath,
    string Title,
    string? KeyQuestion,
    string Summary,
    ImmutableArray<GuideBox> Boxes,
    ImmutableArray<Choice> Matrices,
    DateOnly? LastReviewed,
    MarkdownDocument Body,
    int BodyLine)
{
    /// <summary>The language of the text when it comes from a translation (<c>01-identify-the-problem.es.md</c>); null for the original.</summary>
    public string? Language { get; init; }

    /// <summary>A translation that follows an earlier version of its original.</summary>
    public bool Behind { get; init; }
}

/// <summary>A question box on a guide step; <see cref="Figure"/> names the source guide's figure.</summary>
public sealed record GuideBox(string Title, int? Figure, Choice Kind, string? Case, ImmutableArray<string> Items, ImmutableArray<WorkedAnswer> Answers);

/// <summary>A question answered for a case, in a worked example.</summary>
public sealed record WorkedAnswer(string Question, string Answer);
