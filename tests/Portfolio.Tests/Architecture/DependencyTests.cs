using Portfolio.Tests.Shared;
using System.Reflection;
using NetArchTest.Rules;

namespace Portfolio.Tests.Architecture;

/// <summary>
/// The generator's folders point one way (docs/architecture.md): each may use only the folders below it, so the
/// stages stay a pipeline and no stage reaches downstream. A back-reference fails here with the types that make it.
/// </summary>
public sealed class DependencyTests
{
    static readonly Assembly Generator = typeof(Portfolio.Pipeline.BuildPipeline).Assembly;

    /// <summary>Each top folder (namespace) and the folders it may use. Peers on one line may not use each other.</summary>
    public static readonly Dictionary<string, string[]> Allowed = new(StringComparer.Ordinal)
    {
        ["Diagnostics"] = [],
        ["FileSystem"] = [],
        ["Content"] = ["Diagnostics", "FileSystem"],
        ["Model"] = ["Diagnostics", "FileSystem", "Content"],
        ["Output"] = ["Diagnostics", "FileSystem"],
        ["Rendering"] = ["Diagnostics", "FileSystem", "Content", "Model", "Output"],
        ["Checks"] = ["Diagnostics", "FileSystem", "Content", "Model", "Output", "Rendering"],
        ["OpenData"] = ["Diagnostics", "FileSystem", "Content", "Model", "Output", "Rendering"],
        ["Plumbing"] = ["Diagnostics", "FileSystem", "Content", "Model", "Output", "Rendering"],
        ["Schema"] = ["Diagnostics", "FileSystem", "Content", "Model", "Output", "Rendering"],
        ["Search"] = ["Diagnostics", "FileSystem", "Content", "Model", "Output", "Rendering"],
        ["Pipeline"] = ["Diagnostics", "FileSystem", "Content", "Model", "Output", "Rendering", "Checks", "OpenData", "Plumbing", "Schema", "Search"],
        ["Serve"] = ["Diagnostics", "FileSystem", "Content", "Model", "Output", "Rendering", "Pipeline"],
        ["Cli"] = ["Diagnostics", "FileSystem", "Content", "Model", "Output", "Rendering", "Schema", "Pipeline", "Serve"],
    };

    public static TheoryData<string> Folders => [.. Allowed.Keys];

    [Theory]
    [MemberData(nameof(Folders))]
    public void A_folder_uses_only_the_folders_below_it(string folder)
    {
        var forbidden = Allowed.Keys.Where(other => other != folder && !Allowed[folder].Contains(other)).Select(other => "Portfolio." + other).ToArray();
        var types = Types.InAssembly(Generator).That().ResideInNamespace("Portfolio." + folder).GetTypes().ToList();
        Assert.NotEmpty(types);

        var result = Types.InAssembly(Generator).That().ResideInNamespace("Portfolio." + folder)
            .ShouldNot().HaveDependencyOnAny(forbidden).GetResult();

        Assert.True(result.IsSuccessful, $"Portfolio.{folder} reaches a folder it may not use: " + string.Join(", ", result.FailingTypeNames ?? []));
    }

    [Fact]
    public void Every_type_lives_in_a_folder_the_rules_know()
    {
        var unplaced = Generator.GetTypes()
            .Where(t => t.Namespace is { } ns && ns.StartsWith("Portfolio", StringComparison.Ordinal))
            .Select(t => t.Namespace!.Split('.')).Where(parts => parts.Length < 2 || !Allowed.ContainsKey(parts[1]))
            .Select(parts => string.Join('.', parts)).Distinct().ToList();

        Assert.Empty(unplaced);
    }

    [Fact]
    public void Every_folder_is_on_the_architecture_map_for_newcomers()
    {
        var map = File.ReadAllText(Path.Combine(Shared.TestFolders.RepositoryRoot, "docs", "architecture.md"));

        Every.Item(Allowed.Keys, folder => Assert.Contains($"`{folder}/`", map, StringComparison.Ordinal));
    }

    [Fact]
    public void The_rule_catches_a_back_reference()
    {
        // The check itself must be able to fail: Pipeline uses Rendering, so Rendering may not use Pipeline, and
        // asking the opposite of Pipeline (that it never uses Rendering) must fail.
        var result = Types.InAssembly(Generator).That().ResideInNamespace("Portfolio.Pipeline")
            .ShouldNot().HaveDependencyOnAny("Portfolio.Rendering").GetResult();

        Assert.False(result.IsSuccessful);
    }
}
