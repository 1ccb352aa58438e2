using Portfolio.Bench;

// Writes a content folder with N case files for benchmarks: the real cases, then synthetic ones.
//   dotnet run --project bench/CorpusGenerator -c Release -- --cases 1000 --out /tmp/corpus-1000 [--from content] [--seed 1]
try
{
    var options = CorpusOptions.Parse(args);
    var written = new Corpus(options).Write();
    Console.WriteLine($"Wrote {written} case files (and the data, guide and pages of {options.From}/) into {options.Out}/");
    return 0;
}
catch (ArgumentException e)
{
    Console.Error.WriteLine($"corpus-generator: {e.Message}");
    Console.Error.WriteLine("Usage: --cases N --out DIR [--from content] [--seed N]");
    return 2;
}
