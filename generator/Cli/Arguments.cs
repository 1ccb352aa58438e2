using System.Collections.Immutable;

namespace Portfolio.Cli;

/// <summary>
/// A parsed command line: the command words, options with values and flags. Each command declares
/// which options it takes, so an unknown or misspelt option is a usage error with a suggestion.
/// </summary>
public sealed record Arguments(ImmutableArray<string> Words, ImmutableDictionary<string, string> Values, ImmutableHashSet<string> Flags)
{
    public static Arguments Parse(IReadOnlyList<string> args, IReadOnlySet<string> valueOptions, IReadOnlySet<string> flagOptions)
    {
        var words = ImmutableArray.CreateBuilder<string>();
        var values = ImmutableDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        var flags = ImmutableHashSet.CreateBuilder<string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (!arg.StartsWith("--", StringComparison.Ordinal) || arg == "--")
            {
                words.Add(arg);
                continue;
            }

            var equals = arg.IndexOf('=', StringComparison.Ordinal);
            var name = equals > 0 ? arg[..equals] : arg;
            if (flagOptions.Contains(name))
            {
                flags.Add(name);
            }
            else if (valueOptions.Contains(name))
            {
                string value;
                if (equals > 0)
                {
                    value = arg[(equals + 1)..];
                }
                else if (i + 1 < args.Count && !args[i + 1].StartsWith("--", StringComparison.Ordinal))
                {
                    value = args[++i];
                }
                else
                {
                    var next = i + 1 < args.Count ? $"; '{args[i + 1]}' is an option, not its value" : "";
                    throw new UsageException($"{name} needs a value{next}");
                }

                if (string.IsNullOrWhiteSpace(value) || value.Contains('\0', StringComparison.Ordinal))
                {
                    throw new UsageException($"{name} needs a value; you gave {(value.Length == 0 ? "an empty one" : "one that is not usable")}");
                }

                values[name] = value;
            }
            else
            {
                var known = valueOptions.Concat(flagOptions).ToList();
                var suggestion = Content.Schema.Suggestions.Closest(name, known);
                throw new UsageException($"unknown option '{name}'" + (suggestion is null ? "" : $"; did you mean '{suggestion}'?"));
            }
        }

        return new Arguments(words.ToImmutable(), values.ToImmutable(), flags.ToImmutable());
    }

    public string Value(string name, string fallback) => Values.GetValueOrDefault(name, fallback);

    public string? Value(string name) => Values.GetValueOrDefault(name);

    public bool Has(string flag) => Flags.Contains(flag);
}
