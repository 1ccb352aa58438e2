using System.Collections.Immutable;
using Portfolio.Content.Schema;

namespace Portfolio.Schema;

/// <summary>
/// The files in the repository that are generated from the case schema: <c>schema/case.schema.json</c>
/// and the field reference in <c>CONTRIBUTING.md</c>. <c>portfolio schema --write</c> rewrites them,
/// <c>portfolio schema --check</c> (and a test) fails when either is out of date.
/// </summary>
public sealed class GeneratedFiles(string repositoryRoot)
{
    public const string ContributingPath = "CONTRIBUTING.md";

    /// <summary>Each generated file that differs from what the schema produces, with the reason.</summary>
    public ImmutableArray<string> Stale()
    {
        var stale = ImmutableArray.CreateBuilder<string>();
        if (ReadOrNull(CaseJsonSchema.Path) != CaseJsonSchema.Text)
        {
            stale.Add($"{CaseJsonSchema.Path} does not match the case schema");
        }

        var contributing = ReadOrNull(ContributingPath);
        if (contributing is null)
        {
            stale.Add($"{ContributingPath} is missing");
        }
        else if (FieldReference.Replace(contributing, FieldReference.Table(CaseSchema.Root)) is not { } updated)
        {
            stale.Add($"{ContributingPath} has no field reference markers ({FieldReference.StartMarker} … {FieldReference.EndMarker})");
        }
        else if (updated != contributing)
        {
            stale.Add($"the field reference in {ContributingPath} does not match the case schema");
        }

        return stale.ToImmutable();
    }

    /// <summary>
    /// Rewrites both files. Returns null when done, or what stopped it: CONTRIBUTING.md must exist and
    /// hold the markers, since the rest of that file is written by people.
    /// </summary>
    public string? Write()
    {
        var contributing = ReadOrNull(ContributingPath);
        if (contributing is null)
        {
            return $"{ContributingPath} is missing";
        }

        if (FieldReference.Replace(contributing, FieldReference.Table(CaseSchema.Root)) is not { } updated)
        {
            return $"{ContributingPath} has no field reference markers; add the lines\n{FieldReference.StartMarker}\n{FieldReference.EndMarker}";
        }

        var schemaPath = Full(CaseJsonSchema.Path);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(schemaPath)!);
        File.WriteAllText(schemaPath, CaseJsonSchema.Text);
        File.WriteAllText(Full(ContributingPath), updated);
        return null;
    }

    string Full(string relative) => System.IO.Path.Combine(repositoryRoot, relative);

    string? ReadOrNull(string relative)
    {
        var path = Full(relative);
        return FileSystem.BoundedFile.Read(path, 16 * 1024 * 1024).Bytes is { } bytes ? Content.TextRules.Decode(bytes) : null;
    }
}
