using System.Collections.Immutable;
using Portfolio.Diagnostics;

namespace Portfolio.Content.Yaml;

/// <summary>A YAML node that remembers where it was written. Built by <see cref="YamlReader"/>.</summary>
public abstract record YamlValue(SourceRange Position)
{
    /// <summary>How the value reads in a message: "a list", "a mapping", or the text itself.</summary>
    public abstract string Describe();
}

/// <summary>A scalar. <see cref="IsPlain"/> is false for quoted and block scalars, which are always text.</summary>
public sealed record YamlScalar(string Value, bool IsPlain, SourceRange Position) : YamlValue(Position)
{
    /// <summary>A plain <c>~</c>, <c>null</c> or nothing at all.</summary>
    public bool IsNull => IsPlain && Value is "" or "~" or "null" or "Null" or "NULL";

    public override string Describe() => IsNull ? "nothing" : $"'{Value}'";
}

/// <summary>A YAML list.</summary>
public sealed record YamlSequence(ImmutableArray<YamlValue> Items, SourceRange Position) : YamlValue(Position)
{
    public override string Describe() => "a list";
}

/// <summary>A YAML mapping, in the order written. Keys are unique (duplicates are reported while reading).</summary>
public sealed record YamlMapping(ImmutableArray<YamlEntry> Entries, SourceRange Position) : YamlValue(Position)
{
    public override string Describe() => "a mapping";

    public YamlValue? this[string key] => Entries.FirstOrDefault(e => e.Key.Value == key)?.Value;
}

/// <summary>One key and its value.</summary>
public sealed record YamlEntry(YamlScalar Key, YamlValue Value);
