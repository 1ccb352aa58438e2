using System.Globalization;

namespace Portfolio.Bench;

/// <summary>How many cases to write, where to, from which real content folder, and the random seed.</summary>
sealed record CorpusOptions(int Cases, string Out, string From, int Seed)
{
    public static CorpusOptions Parse(string[] args)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Length; i++)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal) || i + 1 >= args.Length)
            {
                throw new ArgumentException($"unexpected argument '{args[i]}'");
            }

            values[args[i]] = args[++i];
        }

        var unknown = values.Keys.Except(["--cases", "--out", "--from", "--seed"]).FirstOrDefault();
        if (unknown is not null)
        {
            throw new ArgumentException($"unknown option '{unknown}'");
        }

        var cases = Number(values.GetValueOrDefault("--cases") ?? throw new ArgumentException("--cases is required"), "--cases");
        var output = values.GetValueOrDefault("--out") ?? throw new ArgumentException("--out is required");
        return new CorpusOptions(cases, output, values.GetValueOrDefault("--from", "content"), Number(values.GetValueOrDefault("--seed", "1"), "--seed"));
    }

    static int Number(string text, string name) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0
            ? n
            : throw new ArgumentException($"{name} must be a positive whole number; got '{text}'");
}
