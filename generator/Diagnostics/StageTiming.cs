namespace Portfolio.Diagnostics;

/// <summary>How long one stage took, for <c>--verbose</c> and the benchmark.</summary>
public sealed record StageTiming(string Stage, TimeSpan Elapsed);
