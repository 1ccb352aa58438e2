using Portfolio.Tests.Shared;
using System.Text.Json.Nodes;
using Portfolio.Tests.Support;
using static Portfolio.Tests.Search.SearchFixture;

namespace Portfolio.Tests.Search;

/// <summary>Queries run by the site's own client (under node) over an index the generator built.</summary>
public sealed class RankingTests : IDisposable
{
    readonly FixtureSite site = new();

    public RankingTests()
    {
        site.Write("content/cases/flood-maps.md", Case("Flood Maps", "Maps that show where rivers overflow.", "## What it does\n\nIt draws maps for the flood office.", "UY", "water"));
        site.Write("content/cases/river-watch.md", Case("River Watch", "Sensors along the river.", "## What it does\n\nIt warns towns before a flood, and its data feed the flow model.", "BR", "water", "individual"));
        site.Write("content/cases/garden.md", Case("Garden Census", "Counting community gardens.", "## What it does\n\nVolunteers count flowers and vegetables.", "AR", "health"));
        site.Write("content/cases/control.md", Case("Control Cívico Fixture", "A bot that publishes contracts.", "## The data\n\nIt needs the anonimización de sentencias before publishing.", "PY", "health", "individual"));
        site.Write("content/cases/tender.md", Case("Tender Watch", "Reads public procurement notices.", "## The court\n\nThe court office anonymised its rulings for the programme.", "CL", "health", "collective"));
        site.Write("content/cases/blood.md", Case("Blood Drive", "Finds donors for hospitals.", "## What it does\n\nIt texts donors when blood runs short.", "CL", "health", "collective"));
    }

    public void Dispose() => site.Dispose();

    JsonArray Search(params object[] queries)
    {
        site.BuildClean();
        var manifest = Path.Combine(site.OutputDir, "search", "en", "index.json");
        return NodeEngine.Run(new { mode = "search", manifest, queries }).AsArray();
    }

    static List<string> Titles(JsonNode answer) => [.. answer["hits"]!.AsArray().Select(h => (string)h!["title"]!)];

    [SkippableFact]
    public void A_word_in_the_title_ranks_above_the_same_word_in_the_body()
    {
        Skip.If(NodeEngine.Unavailable is not null, NodeEngine.Unavailable);

        Assert.Equal(["Flood Maps", "River Watch"], Titles(Search(new { q = "flood" })[0]!));
    }

    [SkippableFact]
    public void Accent_free_queries_find_accented_words_and_mark_them()
    {
        Skip.If(NodeEngine.Unavailable is not null, NodeEngine.Unavailable);

        var answers = Search(new { q = "civico" }, new { q = "ANONIMIZACION" });

        Assert.Equal("Control Cívico Fixture", Titles(answers[0]!)[0]);
        var anonymisation = answers[1]!["hits"]![0]!;
        Assert.Equal("Control Cívico Fixture", (string)anonymisation["title"]!);
        Assert.Equal("the-data", (string)anonymisation["anchor"]!);
        Assert.Equal(["anonimización"], anonymisation["marks"]!.AsArray().Select(m => (string)m!));
    }

    [SkippableFact]
    public void A_word_finds_the_other_forms_of_its_stem_and_marks_them()
    {
        Skip.If(NodeEngine.Unavailable is not null, NodeEngine.Unavailable);

        var answers = Search(new { q = "ruling" }, new { q = "procure" }, new { q = "flooded" });

        Assert.Equal(["Tender Watch"], Titles(answers[0]!));
        Assert.Equal(["rulings"], answers[0]!["hits"]![0]!["marks"]!.AsArray().Select(m => (string)m!));
        Assert.Equal(["Tender Watch"], Titles(answers[1]!));
        Assert.Equal(["Flood Maps", "River Watch"], Titles(answers[2]!));
    }

    [SkippableFact]
    public void American_spellings_find_british_ones_and_the_other_way_round()
    {
        Skip.If(NodeEngine.Unavailable is not null, NodeEngine.Unavailable);

        var answers = Search(new { q = "anonymization" }, new { q = "anonymized rulings" }, new { q = "program" }, new { q = "programmes" });

        Assert.Equal(["Tender Watch"], Titles(answers[0]!));
        Assert.Equal(["Tender Watch"], Titles(answers[1]!));
        Assert.Equal(["anonymised"], answers[0]!["hits"]![0]!["marks"]!.AsArray().Select(m => (string)m!));
        // Tender Watch says "programme"; Alpha's page shows its "Programme" field.
        Assert.Equal(Titles(answers[2]!), Titles(answers[3]!));
        Assert.Contains("Tender Watch", Titles(answers[2]!));
    }

    [SkippableFact]
    public void A_word_typed_past_its_stem_is_still_found_while_typing()
    {
        Skip.If(NodeEngine.Unavailable is not null, NodeEngine.Unavailable);

        // "procurement" is filed under "procur": "procurem" starts no term, but starts the word.
        var answers = Search(new { q = "procurem" }, new { q = "procuremen" }, new { q = "procurement" });

        Every.Item(answers, a => Assert.Equal(["Tender Watch"], Titles(a!)));
        Assert.Equal(["procur"], answers[0]!["stems"]![0]!.AsArray().Select(s => (string)s!));
        Assert.Equal(["procurement"], answers[0]!["hits"]![0]!["marks"]!.AsArray().Select(m => (string)m!));
    }

    [SkippableFact]
    public void A_word_one_edit_away_finds_what_the_word_finds_in_the_same_order_and_scores_lower()
    {
        Skip.If(NodeEngine.Unavailable is not null, NodeEngine.Unavailable);

        // A letter missing, extra, swapped with the next (also the first two), and a wrong first letter.
        var answers = Search(new { q = "flood" }, new { q = "flod" }, new { q = "floood" }, new { q = "flodo" }, new { q = "lfood" }, new { q = "glood" });

        var exact = answers[0]!["hits"]!.AsArray();
        Assert.Equal(["Flood Maps", "River Watch"], Titles(answers[0]!));
        // "glood" is one letter from "blood" as well as from "flood"; the page is told which words were searched.
        Assert.Equal(["Blood Drive", "Flood Maps", "River Watch"], Titles(answers[5]!).Order());
        Assert.Equal(["blood", "flood"], answers[5]!["corrections"]![0]!.AsArray().Select(w => (string)w!));
        Assert.Empty(answers[0]!["corrections"]![0]!.AsArray());
        foreach (var typed in answers.Skip(1).SkipLast(1))
        {
            Assert.Equal(Titles(answers[0]!), Titles(typed!));
            var hits = typed!["hits"]!.AsArray();
            Every.Item(hits.Select((h, i) => (Typed: (double)h!["score"]!, Exact: (double)exact[i]!["score"]!)), s => Assert.True(s.Typed < s.Exact, $"{s.Typed} >= {s.Exact}"));
        }

        Assert.Equal(["flood"], answers[1]!["hits"]![0]!["marks"]!.AsArray().Select(m => (string)m!).Distinct().Select(m => m.ToLowerInvariant()));
    }

    [SkippableFact]
    public void Words_too_short_to_correct_are_not_corrected()
    {
        Skip.If(NodeEngine.Unavailable is not null, NodeEngine.Unavailable);

        // "flo" would match by prefix; "fld" is three letters, below the four a correction needs.
        Assert.Empty(Titles(Search(new { q = "fld" })[0]!));
    }

    [SkippableFact]
    public void A_real_word_that_matches_nothing_with_the_others_is_corrected()
    {
        Skip.If(NodeEngine.Unavailable is not null, NodeEngine.Unavailable);

        // "blood" is in the index (Blood Drive), but no page has both it and "maps": "flood" is one edit away.
        var answers = Search(new { q = "blood maps" }, new { q = "blood donors" });

        Assert.Equal(["Flood Maps"], Titles(answers[0]!));
        Assert.Equal(["Blood Drive"], Titles(answers[1]!));
    }

    [SkippableFact]
    public void Every_word_of_the_query_must_match()
    {
        Skip.If(NodeEngine.Unavailable is not null, NodeEngine.Unavailable);

        Assert.Equal(["River Watch"], Titles(Search(new { q = "flood towns" })[0]!));
    }

    [SkippableFact]
    public void Words_of_three_letters_or_more_match_as_prefixes_and_whole_words_rank_first()
    {
        Skip.If(NodeEngine.Unavailable is not null, NodeEngine.Unavailable);

        var answers = Search(new { q = "flo" }, new { q = "flow" }, new { q = "fl" });

        Assert.Equal(["Flood Maps", "River Watch", "Garden Census"], Titles(answers[0]!));
        Assert.Equal(["River Watch", "Garden Census"], Titles(answers[1]!));
        Assert.Empty(Titles(answers[2]!));
    }

    [SkippableFact]
    public void Stop_words_do_not_change_the_results()
    {
        Skip.If(NodeEngine.Unavailable is not null, NodeEngine.Unavailable);

        var answers = Search(new { q = "the flood" }, new { q = "flood" });

        Assert.Equal(Titles(answers[1]!), Titles(answers[0]!));
        Assert.Equal(["flood"], answers[0]!["terms"]!.AsArray().Select(t => (string)t!));
    }

    [SkippableFact]
    public void A_country_facet_narrows_the_results_and_counts_follow_the_query()
    {
        Skip.If(NodeEngine.Unavailable is not null, NodeEngine.Unavailable);

        var answers = Search(new { q = "flood" }, new { q = "flood", filters = new Dictionary<string, string[]> { ["country"] = ["uy"] } });

        Assert.Equal(["Flood Maps"], Titles(answers[1]!));
        var countries = answers[0]!["counts"]!["country"]!;
        Assert.Equal(1, (int)countries["uy"]!);
        Assert.Equal(1, (int)countries["br"]!);
        Assert.Equal(0, (int)countries["ar"]!);
        // Ticking Uruguay leaves the other countries' counts as they were: values of one facet combine with "or".
        Assert.Equal(1, (int)answers[1]!["counts"]!["country"]!["br"]!);
    }

    [SkippableFact]
    public void Filters_alone_list_every_matching_document_in_index_order()
    {
        Skip.If(NodeEngine.Unavailable is not null, NodeEngine.Unavailable);

        var answer = Search(new { q = "", filters = new Dictionary<string, string[]> { ["theme"] = ["water"], ["level"] = ["individual"] } })[0]!;

        Assert.Equal(["Beta", "River Watch"], Titles(answer));
    }

    [SkippableFact]
    public void Guide_steps_and_pages_are_found_with_their_type()
    {
        Skip.If(NodeEngine.Unavailable is not null, NodeEngine.Unavailable);

        var hits = Search(new { q = "fixture site" })[0]!["hits"]!.AsArray();

        Assert.Contains(hits, h => (string)h!["url"]! == "/about/" && (string)h["type"]! == "page");
    }
}
