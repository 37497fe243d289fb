using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using RecruiterLiaison.Application.Etiquette;
using RecruiterLiaison.Domain.Agencies;
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
        var scores = CorpusScoring.Score(Checker(), Load());
        var table = CorpusScoring.Table(scores);
        output.WriteLine(table);
        CorpusScoring.WriteArtifact("etiquette-quality.md", table);

        CorpusScoring.ShouldMeet(scores, OverallThreshold, RuleThreshold, table);
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

    /// <summary>The checker a new agency gets: US and British spellings alike.</summary>
    public static EtiquetteChecker Checker() => Shipped.For(Agency.DefaultSpellingLocale);

    private static readonly EtiquetteCheckers Shipped = new(locale => HunspellSpeller.Open(locale));

    public static IReadOnlyList<CorpusNote> Load() => CorpusScoring.Load(Path.Combine("Etiquette", "Corpus", "notes.jsonl"));
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
