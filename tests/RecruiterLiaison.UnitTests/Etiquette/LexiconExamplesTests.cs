using RecruiterLiaison.Application.Etiquette;
using RecruiterLiaison.Application.Etiquette.Lexicons;

namespace RecruiterLiaison.UnitTests.Etiquette;

/// <summary>
/// Each shipped lexicon's own examples (<c>Lexicons/&lt;rule&gt;.examples.txt</c>, written with the
/// lexicon): "+" lines must raise the rule, "-" lines (hard negatives) must not.
/// </summary>
public sealed class LexiconExamplesTests
{
    public static TheoryData<string, string, bool> Examples()
    {
        var data = new TheoryData<string, string, bool>();
        foreach (var file in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Etiquette", "Lexicons"), "*.examples.txt").Order(StringComparer.Ordinal))
        {
            var rule = Path.GetFileName(file)[..^".examples.txt".Length];
            foreach (var line in File.ReadLines(file).Where(l => l.StartsWith("+ ", StringComparison.Ordinal) || l.StartsWith("- ", StringComparison.Ordinal)))
            {
                data.Add(rule, line[2..], line[0] == '+');
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void An_example_raises_its_rule_and_a_hard_negative_does_not(string rule, string sentence, bool raised) =>
        LexiconRules.Shipped.Check(sentence, new NoteCheckContext()).Any(f => f.Rule == rule).ShouldBe(raised, sentence);

    [Fact]
    public void Every_shipped_lexicon_has_examples_both_ways()
    {
        foreach (var lexicon in LexiconRules.Shipped.Lexicons)
        {
            var examples = Examples().Where(row => (string)row[0] == lexicon.Rule).ToList();
            examples.Count(row => (bool)row[2]).ShouldBeGreaterThanOrEqualTo(10, lexicon.Rule);
            examples.Count(row => !(bool)row[2]).ShouldBeGreaterThanOrEqualTo(10, lexicon.Rule);
        }
    }
}
