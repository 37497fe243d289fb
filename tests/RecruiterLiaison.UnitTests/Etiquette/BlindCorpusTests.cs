using System.Security.Cryptography;
using System.Text;
using Xunit.Abstractions;

namespace RecruiterLiaison.UnitTests.Etiquette;

/// <summary>
/// The blind corpus (Etiquette/Blind, see its README): notes written and labelled without sight
/// of the rule code. Rules are tuned on the development parts only; the figures that count, and
/// the README's table, come from the test part, written by two further blind writers once the
/// tuning was done and scored once.
/// </summary>
public sealed class BlindCorpusTests(ITestOutputHelper output)
{
    // Issue 11's bar is 0.92 overall and 0.85 for every rule on the test part, with no finding on
    // a clean note. It is not met (README, "How good it is"): these are the figures the test part
    // scored, as floors, so that no change makes the checker worse on notes it was not tuned on.
    private const double OverallPrecisionFloor = 0.94;
    private const double OverallRecallFloor = 0.92;
    private const int CleanNotesWithFindingsAtMost = 1;

    // The twenty-third test part's figures, scored once (README), rounded down.
    private static readonly Dictionary<string, (double Precision, double Recall)> RuleFloors = new()
    {
        ["spelling"] = (0.83, 1.00), ["tone.angry"] = (0.87, 0.79), ["tone.aggressive"] = (0.96, 0.88), ["tone.casual"] = (0.91, 0.94),
        ["tone.quirky"] = (0.96, 0.76), ["tone.desperate"] = (0.91, 0.94), ["content.personal"] = (0.96, 0.90), ["content.revisits-answers"] = (1.00, 0.91),
        ["length.long-winded"] = (1.00, 1.00), ["sender.unprofessional"] = (0.96, 0.84), ["recipient.senior"] = (1.00, 1.00), ["contact.frequency"] = (1.00, 1.00),
        ["timing.thank-you"] = (1.00, 1.00), ["timing.before-window"] = (0.94, 0.97), ["timing.off-hours"] = (0.97, 1.00),
    };

    private static readonly IReadOnlyList<CorpusNote> Development = CorpusScoring.Load(Path.Combine("Etiquette", "Blind", "development.jsonl"));
    private static readonly IReadOnlyList<CorpusNote> Test = CorpusScoring.Load(Path.Combine("Etiquette", "Blind", "test.jsonl"));

    // Written later by other blind writers, and the first test part once it had been looked at; for tuning only (README).
    private static readonly IReadOnlyList<CorpusNote> LaterDevelopment =
        [.. Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Etiquette", "Blind"), "development-*.jsonl").Order(StringComparer.Ordinal)
            .SelectMany(f => CorpusScoring.Load(Path.GetRelativePath(AppContext.BaseDirectory, f)))];

    [Fact]
    public void The_corpus_is_large_its_parts_apart_and_its_test_part_covers_every_rule()
    {
        (Development.Count + LaterDevelopment.Count + Test.Count).ShouldBeGreaterThanOrEqualTo(400);
        Development.Concat(LaterDevelopment).Select(n => n.Id).Intersect(Test.Select(n => n.Id)).ShouldBeEmpty();
        Development.ShouldAllBe(n => InDevelopmentPart(n.Id)); // the first split, by a hash of the id
        Test.ShouldAllBe(n => n.Id.StartsWith("bd-") || n.Id.StartsWith("be-")); // the test part's own two writers
        Test.Count.ShouldBeGreaterThanOrEqualTo(300);
        Test.Count(n => n.Expected.Count == 0).ShouldBeGreaterThanOrEqualTo(90);
        foreach (var rule in Rules.All)
        {
            Test.Count(n => n.Expected.Contains(rule)).ShouldBeGreaterThanOrEqualTo(12, $"positive examples of {rule} in the test part");
        }
    }

    [Fact]
    public void On_the_test_part_precision_and_recall_stay_at_least_at_the_figures_the_README_reports()
    {
        var checker = CorpusTests.Checker();
        var test = CorpusScoring.Score(checker, Test);
        var table = $"Test part ({Test.Count} notes):\n\n{CorpusScoring.Table(test)}\nDevelopment part ({Development.Count} notes):\n\n{CorpusScoring.Table(CorpusScoring.Score(checker, Development))}"
            + $"\nLater development sets ({LaterDevelopment.Count} notes):\n\n{CorpusScoring.Table(CorpusScoring.Score(checker, LaterDevelopment))}";
        output.WriteLine(table);
        CorpusScoring.WriteArtifact("etiquette-blind.md", table);

        var overall = test.Single(s => s.Rule == "overall");
        overall.Precision.ShouldBeGreaterThanOrEqualTo(OverallPrecisionFloor, table);
        overall.Recall.ShouldBeGreaterThanOrEqualTo(OverallRecallFloor, table);
        foreach (var score in test.Where(s => s.Rule != "overall"))
        {
            score.Precision.ShouldBeGreaterThanOrEqualTo(RuleFloors[score.Rule].Precision, $"{score.Rule} precision\n{table}");
            score.Recall.ShouldBeGreaterThanOrEqualTo(RuleFloors[score.Rule].Recall, $"{score.Rule} recall\n{table}");
        }
    }

    [Fact]
    public void Clean_notes_of_the_test_part_get_no_more_findings_than_the_README_reports()
    {
        var checker = CorpusTests.Checker();
        var alarms = Test.Where(n => n.Expected.Count == 0)
            .Select(n => (n.Id, Findings: checker.Check(n.Body, n.ToContext())))
            .Where(x => x.Findings.Count > 0)
            .Select(x => $"{x.Id}: {string.Join(", ", x.Findings.Select(f => $"{f.Rule} \"{Span(Test, x.Id, f)}\""))}")
            .ToList();

        alarms.Count.ShouldBeLessThanOrEqualTo(CleanNotesWithFindingsAtMost, string.Join("\n", alarms));
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
