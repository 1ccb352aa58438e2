using System.Collections.Immutable;

namespace Portfolio.Cli;

/// <summary>An option of a command: its name, the value it takes (null for a flag) and what it does.</summary>
public sealed record OptionSpec(string Name, string? Value, string Help);

/// <summary>A command: its words, the arguments it takes after them, what it does and its options.</summary>
public sealed record CommandSpec(string Name, string Arguments, string Summary, ImmutableArray<OptionSpec> Options)
{
    public ImmutableHashSet<string> ValueOptions => [.. Options.Where(o => o.Value is not null).Select(o => o.Name)];

    public ImmutableHashSet<string> FlagOptions => [.. Options.Where(o => o.Value is null).Select(o => o.Name)];

    /// <summary>The synopsis: <c>portfolio build [--content DIR] … [--strict]</c>.</summary>
    public string Synopsis => string.Join(' ', new[] { "portfolio", Name, Arguments }.Where(w => w.Length > 0)
        .Concat(Options.Select(o => o.Value is null ? $"[{o.Name}]" : $"[{o.Name} {o.Value}]")));
}

/// <summary>
/// The command line, defined once: the parser takes each command's options from here, <c>--help</c> prints it,
/// and a test holds the README's command reference to it.
/// </summary>
public static class CommandSpecs
{
    static readonly OptionSpec Content = new("--content", "DIR", "the content folder (default: content)");
    static readonly OptionSpec Theme = new("--theme", "DIR", "the theme folder (default: themes/default beside the content folder, else in this folder)");
    static readonly OptionSpec Format = new("--format", "text|github", "how problems are printed: file:line:col lines, or GitHub Actions annotations");
    static readonly OptionSpec Strict = new("--strict", null, "warnings fail the build too");
    static readonly OptionSpec Drafts = new("--drafts", null, "include cases marked draft: true");
    static readonly OptionSpec Verbose = new("--verbose", null, "print the time each stage took");
    static readonly OptionSpec Quiet = new("--quiet", null, "print problems only: no progress, no summary of a build that succeeded");

    public static readonly CommandSpec Build = new("build", "", "build the site into the output folder",
    [
        Content, Theme,
        new("--output", "DIR", "the folder to build into (default: output); only a folder the build made is ever replaced"),
        new("--base-url", "URL", "the address the site is published at, instead of base_url in site.yml"),
        Strict, Drafts,
        new("--build-date", "YYYY-MM-DD", "the date written into the open data (default: the latest last_reviewed)"),
        Format, Verbose, Quiet,
    ]);

    public static readonly CommandSpec Check = new("check", "", "validate the content and every page, writing nothing",
        [Content, Theme, Format, Strict, Drafts, Verbose, Quiet]);

    public static readonly CommandSpec Serve = new("serve", "", "preview on 127.0.0.1 with live reload",
        [new("--port", "N", "the port (default: 8080)"), Content, Theme, Drafts]);

    public static readonly CommandSpec New = new("new", "case \"Title\"", "write a new case file from the schema, or with --lang the start of a translation of an existing case",
        [Content, new("--lang", "es|pt", "write content/cases/<slug>.<lang>.md, a translation of the existing case <slug> (or titled \"Title\")")]);

    public static readonly CommandSpec Schema = new("schema", "", "print the case schema as JSON Schema, or write or check the generated files",
        [new("--write", null, "rewrite schema/case.schema.json and the field reference in CONTRIBUTING.md"),
            new("--check", null, "fail when either is out of date"),
            new("--root", "DIR", "the repository root (default: here)")]);

    public static ImmutableArray<CommandSpec> All { get; } = [Build, Check, Serve, New, Schema];

    /// <summary>One line per command: its synopsis.</summary>
    public static string Synopses() => string.Concat(All.Select(c => c.Synopsis + "\n"));

    /// <summary>Each option once, with what it does.</summary>
    public static string OptionList() => string.Concat(All.SelectMany(c => c.Options).DistinctBy(o => o.Name)
        .Select(o => "  " + (o.Value is null ? o.Name : $"{o.Name} {o.Value}").PadRight(26) + o.Help + "\n"));

    /// <summary>The command reference the README shows: the synopses, then the options.</summary>
    public static string Reference() => Synopses() + "\n" + OptionList();
}
