using System.Collections.Immutable;
using Portfolio.Content.Documents;

namespace Portfolio.Rendering.Views;

/// <summary>
/// The Data page (<c>/data/</c>): the files to download, the columns of the CSV file, the licence and
/// how to cite the portfolio. Every value is computed here; the layout only lays it out.
/// </summary>
public sealed record DataPageView(
    int CaseCount,
    ImmutableArray<DataDownload> Downloads,
    string? CaseFileExample,
    string SchemaUrl,
    ImmutableArray<DataColumn> Columns,
    Link Licence,
    string? BuildDate,
    string Citation) : IPageView;

/// <summary>A file to download: its site path, its name, its format and what it holds.</summary>
public sealed record DataDownload(string Url, string Name, string Format, string Description);

/// <summary>A column of <c>cases.csv</c> and what it holds.</summary>
public sealed record DataColumn(string Name, string Description);
