using System.Text.RegularExpressions;
using Portfolio.Content.Schema;
using Portfolio.Schema;
using Portfolio.Tests.Support;

namespace Portfolio.Tests.Cli;

public sealed partial class NewCaseCommandTests : IDisposable
{
    readonly FixtureSite site = new();

    public void Dispose() => site.Dispose();

    CliRun New(string title) => CliRun.Of("new", "case", title, "--content", site.ContentDir);

    [Fact]
    public void New_case_writes_a_file_named_after_the_title_and_says_what_to_do_next()
    {
        var run = New("Mapa del Agua: Paraguay");

        Assert.Equal(0, run.ExitCode);
        var path = Path.Combine(site.ContentDir, "cases", "mapa-del-agua-paraguay.md");
        Assert.True(File.Exists(path));
        Assert.Contains("cases/mapa-del-agua-paraguay.md", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("portfolio check", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("http://127.0.0.1:8080/cases/mapa-del-agua-paraguay/", run.Stdout, StringComparison.Ordinal);
        var lines = File.ReadAllLines(path);
        Assert.Equal("---", lines[0]);
        Assert.Equal(CaseJsonSchema.EditorComment, lines[1]);
        Assert.Contains("title: \"Mapa del Agua: Paraguay\"", lines);
    }

    [Fact]
    public void Scaffold_has_every_schema_field_marked_required_or_optional_with_its_allowed_values()
    {
        New("Río Claro");
        var text = site.Read("content/cases/rio-claro.md");

        CheckFields(text, CaseSchema.Root, "", 0);

        // The site's own vocabulary is listed where a field refers to it.
        Assert.Matches(@"# \(required\) public-policy themes.*\(now: health, water\)", text);
        Assert.Matches(@"# \(optional\) guide steps.*\(now: first-step, second-step\)", text);
        Assert.Equal(["The public problem", "Who co-produced it, and how", "The data", "What the tool does", "What happened", "Lessons we draw"],
            text.Split('\n').Where(l => l.StartsWith("## ", StringComparison.Ordinal)).Select(l => l[3..]));
    }

    [Fact]
    public void Unfilled_scaffold_fails_the_check_at_each_required_field_still_empty()
    {
        New("Empty Project");

        var run = CliRun.Of("check", "--content", site.ContentDir, "--theme", Path.Combine(site.Root, "themes", "default"));

        Assert.Equal(1, run.ExitCode);
        var errors = run.Stderr.Split('\n').Where(l => l.Contains(": error ", StringComparison.Ordinal)).ToList();
        Portfolio.Tests.Shared.Every.Item(errors, e => Assert.Contains("content/cases/empty-project.md:", e, StringComparison.Ordinal));
        Portfolio.Tests.Shared.Every.Item(errors, e => Assert.Matches("error PF100[26]:", e));
        foreach (var field in new[] { "'summary'", "'countries'", "'themes'", "'partners[1].name'", "'partners[1].sector'", "'coproduction.level'",
                     "'coproduction.phases'", "'beneficiaries.direct'", "'sources[1].label'", "'sources[1].url'" })
        {
            Assert.Contains(errors, e => e.Contains(field, StringComparison.Ordinal));
        }

        Assert.Equal(10, errors.Count);
    }

    [Fact]
    public void Scaffold_with_every_placeholder_filled_builds_into_a_case_page()
    {
        New("Filled Project");
        site.Write("content/cases/filled-project.md", Fill(site.Read("content/cases/filled-project.md")));

        var result = site.Build(strict: true);

        Assert.True(result.Diagnostics.IsEmpty, string.Join('\n', result.Diagnostics));
        var page = site.Page("/cases/filled-project/");
        Assert.Equal("Filled Project", page.QuerySelector("h1")!.TextContent);
        Assert.NotNull(page.QuerySelector("main h2#the-public-problem"));
        Assert.NotNull(page.QuerySelector("main a[href='https://example.org/filled']"));
    }

    [Fact]
    public void Existing_case_is_never_overwritten()
    {
        const string original = "---\ntitle: Mine\n---\n";
        site.Write("content/cases/alpha.md", original);

        var run = New("Alpha");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("already exists", run.Stderr, StringComparison.Ordinal);
        Assert.Equal(original, site.Read("content/cases/alpha.md"));
        Assert.Equal("", run.Stdout);
    }

    [Theory]
    [InlineData("new")]
    [InlineData("new", "page", "About")]
    [InlineData("new", "case")]
    [InlineData("new", "case", "!!!")]
    [InlineData("new", "case", "Title", "--contnet", "x")]
    public void Incomplete_new_command_is_a_usage_error(params string[] args)
    {
        var run = CliRun.Of(args);

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("portfolio: ", run.Stderr, StringComparison.Ordinal);
    }

    /// <summary>Fills every empty value and uncomments every optional list item, as a contributor would.</summary>
    static string Fill(string scaffold)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["summary"] = "It maps water for farmers.",
            ["countries"] = "[PY]",
            ["year"] = "2024",
            ["programme"] = "Fixture",
            ["status"] = "active",
            ["themes"] = "[water]",
            ["techniques"] = "[nlp]",
            ["name"] = "Water agency",
            ["sector"] = "government",
            ["role"] = "runs it",
            ["level"] = "collective",
            ["phases"] = "[co-design, co-delivery]",
            ["note"] = "Farmers and the agency designed it together.",
            ["direct"] = "[Farmers]",
            ["indirect"] = "[Residents]",
            ["publisher"] = "Water agency",
            ["standard"] = "None",
            ["update_frequency"] = "Daily",
            ["gaps"] = "Rural wells.",
            ["harms"] = "None known.",
            ["capacity"] = "high",
            ["willingness"] = "high",
            ["illustrates"] = "[first-step]",
            ["label"] = "Project site",
            ["url"] = "https://example.org/filled",
            ["last_reviewed"] = "2026-02-01",
            ["draft"] = "false",
        };
        var lines = scaffold.Split('\n').Select(line =>
        {
            var uncommented = CommentedItemLine().Replace(line, "$1");
            var match = EmptyKey().Match(uncommented);
            return match.Success && values.TryGetValue(match.Groups["key"].Value, out var value)
                ? $"{match.Groups["lead"].Value}{match.Groups["key"].Value}: {value}"
                : uncommented;
        });
        return string.Join('\n', lines);
    }

    /// <summary>Each field has a key line after its parent's and its previous sibling's, with a comment above it (or beside it, in a commented-out item).</summary>
    static void CheckFields(string text, ObjectType type, string prefix, int from)
    {
        foreach (var field in type.Fields)
        {
            var key = KeyLine(field.Name).Match(text, from);
            Assert.True(key.Success, $"no line for '{prefix}{field.Name}'");
            from = key.Index; // fields follow one another in schema order
            var line = text[key.Index..].Split('\n')[0];
            var comment = line.Contains("# (", StringComparison.Ordinal) ? line : text[..key.Index].TrimEnd().Split('\n')[^1];
            Assert.Contains(field.Required ? "(required)" : "(optional)", comment, StringComparison.Ordinal);
            Assert.Contains(field.Description, comment, StringComparison.Ordinal);
            if (field.Type is EnumType choices)
            {
                Portfolio.Tests.Shared.Every.Item(choices.Values, value => Assert.Contains(value, comment, StringComparison.Ordinal));
            }

            switch (field.Type)
            {
                case ObjectType group:
                    CheckFields(text, group, prefix + field.Name + ".", key.Index);
                    break;
                case ListType { Item: ObjectType item }:
                    CheckFields(text, item, prefix + field.Name + ".", key.Index);
                    break;
            }
        }
    }

    static Regex KeyLine(string name) => new($"^[ #-]*{Regex.Escape(name)}:", RegexOptions.Multiline);

    /// <summary>"    # - name:   # (required) …" becomes "    - name:".</summary>
    [GeneratedRegex(@"^(\s*)# ((- |  )\w+:)\s+# \((required|optional)\).*$")]
    private static partial Regex CommentedItemLine();

    [GeneratedRegex(@"^(?<lead>\s*(- )?)(?<key>\w+):( \[\])?$")]
    private static partial Regex EmptyKey();
}
