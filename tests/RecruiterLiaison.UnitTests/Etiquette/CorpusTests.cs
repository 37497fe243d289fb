using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using RecruiterLiaison.Application.Etiquette;
using RecruiterLiaison.Domain.Notes;
using RecruiterLiaison.Infrastructure.Spelling;
using Xunit.Abstractions;

namespace RecruiterLiaison.UnitTests.Etiquette;

/// <summary>
/// The labelled corpus (Etiquette/Corpus/notes.jsonl) through the real checker with the real
/// Hunspell dictionary: precision and recall per rule and overall.
/// </summary>
public sealed class CorpusTests(ITestOutputHelper output)
{
    private const double OverallThreshold = 0.9;
    private const double RuleThreshold = 0.75;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    [Fact]
    public void The_corpus_is_large_and_covers_every_rule()
    {
        var corpus = Load();

        corpus.Count.ShouldBeGreaterThanOrEqualTo(150);
        corpus.Count(n => n.Expected.Count == 0).ShouldBeGreaterThanOrEqualTo(40);
        foreach (var rule in Rules.All)
        {
            corpus.Count(n => n.Expected.Contains(rule)).ShouldBeGreaterThanOrEqualTo(5, $"positive examples of {rule}");
        }
    }

    [Fact]
    public void Precision_and_recall_meet_the_bar_overall_and_for_every_rule()
    {
        var scores = Score(Load());
        var table = Table(scores);
        output.WriteLine(table);
        WriteArtifact(table);

        var overall = scores.Single(s => s.Rule == "overall");
        overall.Precision.ShouldBeGreaterThanOrEqualTo(OverallThreshold, table);
        overall.Recall.ShouldBeGreaterThanOrEqualTo(OverallThreshold, table);
        foreach (var score in scores.Where(s => s.Rule != "overall"))
        {
            score.Precision.ShouldBeGreaterThanOrEqualTo(RuleThreshold, $"{score.Rule} precision\n{table}");
            score.Recall.ShouldBeGreaterThanOrEqualTo(RuleThreshold, $"{score.Rule} recall\n{table}");
        }
    }

    [Fact]
    public void Clean_professional_notes_raise_no_warnings()
    {
        var checker = Checker();
        var alarms = Load().Where(n => n.Expected.Count == 0)
            .Select(n => (n.Id, Findings: checker.Check(n.Body, n.ToContext()).Where(f => f.Severity != FindingSeverity.Info).ToList()))
            .Where(x => x.Findings.Count > 0)
            .Select(x => $"{x.Id}: {string.Join(", ", x.Findings.Select(f => f.Rule))}")
            .ToList();

        alarms.ShouldBeEmpty();
    }

    public static IReadOnlyList<RuleScore> Score(IReadOnlyList<CorpusNote> corpus)
    {
        var checker = Checker();
        var counts = Rules.All.ToDictionary(r => r, _ => (TruePositive: 0, FalsePositive: 0, FalseNegative: 0));
        foreach (var note in corpus)
        {
            var raised = checker.Check(note.Body, note.ToContext()).Select(f => f.Rule).ToHashSet();
            foreach (var rule in Rules.All)
            {
                var (tp, fp, fn) = counts[rule];
                var expected = note.Expected.Contains(rule);
                counts[rule] = (expected && raised.Contains(rule) ? tp + 1 : tp, !expected && raised.Contains(rule) ? fp + 1 : fp, expected && !raised.Contains(rule) ? fn + 1 : fn);
            }
        }

        var scores = counts.Select(c => RuleScore.From(c.Key, c.Value.TruePositive, c.Value.FalsePositive, c.Value.FalseNegative)).ToList();
        scores.Add(RuleScore.From("overall", counts.Values.Sum(c => c.TruePositive), counts.Values.Sum(c => c.FalsePositive), counts.Values.Sum(c => c.FalseNegative)));
        return scores;
    }

    private static string Table(IReadOnlyList<RuleScore> scores)
    {
        var table = new StringBuilder("| rule | true pos. | false pos. | false neg. | precision | recall |\n|---|---:|---:|---:|---:|---:|\n");
        foreach (var score in scores)
        {
            table.Append(CultureInfo.InvariantCulture, $"| `{score.Rule}` | {score.TruePositive} | {score.FalsePositive} | {score.FalseNegative} | {score.Precision:0.00} | {score.Recall:0.00} |\n");
        }

        return table.ToString();
    }

    /// <summary>The table, for the README, under artifacts/ (not committed).</summary>
    private static void WriteArtifact(string table)
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "RecruiterLiaison.sln")))
        {
            directory = directory.Parent;
        }

        if (directory is not null)
        {
            Directory.CreateDirectory(Path.Combine(directory.FullName, "artifacts"));
            File.WriteAllText(Path.Combine(directory.FullName, "artifacts", "etiquette-quality.md"), table);
        }
    }

    private static EtiquetteChecker Checker() => EtiquetteChecker.Create(HunspellSpeller.Open("en_US"));

    public static IReadOnlyList<CorpusNote> Load() =>
        File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Etiquette", "Corpus", "notes.jsonl"))
            .Where(line => !string.IsNullOrWhiteSpace(line))
            .Select(line => CorpusNote.Parse(line, Json))
            .ToList();
}

/// <summary>One labelled note: the checker's input, as `rl check-note --jsonl` reads it, and the rule ids it must raise.</summary>
public sealed record CorpusNote(NoteCheckInput Input, IReadOnlyList<string> Expected)
{
    public string Id => Input.Id ?? "";

    public string Body => Input.Body;

    public NoteCheckContext ToContext() => Input.ToContext();

    public static CorpusNote Parse(string line, JsonSerializerOptions options) =>
        new(JsonSerializer.Deserialize<NoteCheckInput>(line, options)!, JsonSerializer.Deserialize<Labels>(line, options)!.Expected);

    private sealed record Labels(IReadOnlyList<string> Expected);
}

public sealed record RuleScore(string Rule, int TruePositive, int FalsePositive, int FalseNegative, double Precision, double Recall)
{
    public static RuleScore From(string rule, int tp, int fp, int fn) =>
        new(rule, tp, fp, fn, tp + fp == 0 ? 1 : (double)tp / (tp + fp), tp + fn == 0 ? 1 : (double)tp / (tp + fn));
}

/// <summary>The rule ids of DOMAIN.md, "Etiquette checks".</summary>
public static class Rules
{
    public static readonly IReadOnlyList<string> All =
    [
        "spelling", "tone.angry", "tone.aggressive", "tone.casual", "tone.quirky", "tone.desperate", "content.personal", "content.revisits-answers",
        "length.long-winded", "sender.unprofessional", "recipient.senior", "contact.frequency", "timing.thank-you", "timing.before-window", "timing.off-hours",
    ];
}
