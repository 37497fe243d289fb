using System.Security.Cryptography;
using System.Text;
using Xunit.Abstractions;

namespace RecruiterLiaison.UnitTests.Etiquette;

/// <summary>
/// The blind corpus (Etiquette/Blind, see its README): notes written and labelled without sight
/// of the rule code. Rules are tuned on the development part only; the figures that count, and
/// the README's table, come from the test part.
/// </summary>
public sealed class BlindCorpusTests(ITestOutputHelper output)
{
    private const double OverallThreshold = 0.92;
    private const double RuleThreshold = 0.85;

    private static readonly IReadOnlyList<CorpusNote> Development = CorpusScoring.Load(Path.Combine("Etiquette", "Blind", "development.jsonl"));
    private static readonly IReadOnlyList<CorpusNote> Test = CorpusScoring.Load(Path.Combine("Etiquette", "Blind", "test.jsonl"));

    [Fact]
    public void The_corpus_is_large_split_once_by_id_and_covers_every_rule_in_its_test_part()
    {
        (Development.Count + Test.Count).ShouldBeGreaterThanOrEqualTo(400);
        Development.Select(n => n.Id).Intersect(Test.Select(n => n.Id)).ShouldBeEmpty();
        Development.ShouldAllBe(n => InDevelopmentPart(n.Id));
        Test.ShouldAllBe(n => !InDevelopmentPart(n.Id));
        Test.Count(n => n.Expected.Count == 0).ShouldBeGreaterThanOrEqualTo(40);
        foreach (var rule in Rules.All)
        {
            Test.Count(n => n.Expected.Contains(rule)).ShouldBeGreaterThanOrEqualTo(4, $"positive examples of {rule} in the test part");
        }
    }

    [Fact]
    public void On_the_test_part_precision_and_recall_meet_the_bar_overall_and_for_every_rule()
    {
        var checker = CorpusTests.Checker();
        var test = CorpusScoring.Score(checker, Test);
        var table = $"Test part ({Test.Count} notes):\n\n{CorpusScoring.Table(test)}\nDevelopment part ({Development.Count} notes):\n\n{CorpusScoring.Table(CorpusScoring.Score(checker, Development))}";
        output.WriteLine(table);
        CorpusScoring.WriteArtifact("etiquette-blind.md", table);

        var overall = test.Single(s => s.Rule == "overall");
        overall.Precision.ShouldBeGreaterThanOrEqualTo(OverallThreshold, table);
        overall.Recall.ShouldBeGreaterThanOrEqualTo(OverallThreshold, table);
        foreach (var score in test.Where(s => s.Rule != "overall"))
        {
            score.Precision.ShouldBeGreaterThanOrEqualTo(RuleThreshold, $"{score.Rule} precision\n{table}");
            score.Recall.ShouldBeGreaterThanOrEqualTo(RuleThreshold, $"{score.Rule} recall\n{table}");
        }
    }

    [Fact]
    public void No_clean_note_of_the_test_part_gets_any_finding()
    {
        var checker = CorpusTests.Checker();
        var alarms = Test.Where(n => n.Expected.Count == 0)
            .Select(n => (n.Id, Findings: checker.Check(n.Body, n.ToContext())))
            .Where(x => x.Findings.Count > 0)
            .Select(x => $"{x.Id}: {string.Join(", ", x.Findings.Select(f => $"{f.Rule} \"{Span(Test, x.Id, f)}\""))}")
            .ToList();

        alarms.ShouldBeEmpty();
    }

    /// <summary>The README's split: sha256 of the id, as a big-endian number, modulo 10, below 6.</summary>
    private static bool InDevelopmentPart(string id)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(id));
        var remainder = 0;
        foreach (var b in hash)
        {
            remainder = ((remainder * 256) + b) % 10;
        }

        return remainder < 6;
    }

    private static string Span(IReadOnlyList<CorpusNote> corpus, string id, RecruiterLiaison.Domain.Notes.Finding finding) =>
        corpus.Single(n => n.Id == id).Body.Substring(finding.Start, finding.Length);
}
