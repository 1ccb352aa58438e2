namespace Portfolio.Content;

/// <summary>
/// Limits that keep hostile or broken input from hanging or exhausting the build.
/// They are documented in the README; a file over a limit is an error, never a crash.
/// </summary>
public static class ContentLimits
{
    /// <summary>Largest content file accepted: 1 MiB. The longest real case is under 10 KiB.</summary>
    public const int MaxFileBytes = 1024 * 1024;

    /// <summary>Deepest nesting of YAML mappings and lists. The schema needs 4.</summary>
    public const int MaxYamlDepth = 32;

    /// <summary>Most YAML nodes in one file.</summary>
    public const int MaxYamlNodes = 50_000;
}
