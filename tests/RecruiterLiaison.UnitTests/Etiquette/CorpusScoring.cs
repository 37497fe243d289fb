using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using RecruiterLiaison.Application.Etiquette;

namespace RecruiterLiaison.UnitTests.Etiquette;

/// <summary>Precision and recall of the checker on a labelled corpus, per rule and overall.</summary>
public static class CorpusScoring
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    /// <summary>A corpus file copied beside the tests, one labelled note per line.</summary>
    public static IReadOnlyList<CorpusNote> Load(string relativePath) =>
        File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, relativePath))
            .Where(line => !string.IsNullOrWhiteSpace(line))
            .Select(line => CorpusNote.Parse(line, Json))
            .ToList();

    public static IReadOnlyList<RuleScore> Score(EtiquetteChecker checker, IReadOnlyList<CorpusNote> corpus)
    {
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

    /// <summary>Fails, with the whole table, when the overall figures or any rule's fall below the bar.</summary>
    public static void ShouldMeet(IReadOnlyList<RuleScore> scores, double overallThreshold, double ruleThreshold, string table)
    {
        var overall = scores.Single(s => s.Rule == "overall");
        overall.Precision.ShouldBeGreaterThanOrEqualTo(overallThreshold, table);
        overall.Recall.ShouldBeGreaterThanOrEqualTo(overallThreshold, table);
        foreach (var score in scores.Where(s => s.Rule != "overall"))
        {
            score.Precision.ShouldBeGreaterThanOrEqualTo(ruleThreshold, $"{score.Rule} precision\n{table}");
            score.Recall.ShouldBeGreaterThanOrEqualTo(ruleThreshold, $"{score.Rule} recall\n{table}");
        }
    }

    public static string Table(IReadOnlyList<RuleScore> scores)
    {
        var table = new StringBuilder("| rule | true pos. | false pos. | false neg. | precision | recall |\n|---|---:|---:|---:|---:|---:|\n");
        foreach (var score in scores)
        {
            table.Append(CultureInfo.InvariantCulture, $"| `{score.Rule}` | {score.TruePositive} | {score.FalsePositive} | {score.FalseNegative} | {score.Precision:0.00} | {score.Recall:0.00} |\n");
        }

        return table.ToString();
    }

    /// <summary>The table, for the README, under artifacts/ (not committed).</summary>
    public static void WriteArtifact(string name, string table)
    {
        if (RepositoryRoot() is { } root)
        {
            Directory.CreateDirectory(Path.Combine(root, "artifacts"));
            File.WriteAllText(Path.Combine(root, "artifacts", name), table);
        }
    }

    /// <summary>The checkout the tests were built from, or null when they run outside one.</summary>
    public static string? RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "RecruiterLiaison.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName;
    }

}
