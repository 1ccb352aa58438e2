namespace Portfolio.Pipeline;

/// <summary>What a build reads and writes, and how strict it is.</summary>
public sealed record BuildOptions(
    string ContentDir,
    string ThemeDir,
    string OutputDir,
    string? BaseUrl = null,
    bool Strict = false,
    bool Drafts = false,
    DateOnly? BuildDate = null,
    string? DisplayRoot = null);
