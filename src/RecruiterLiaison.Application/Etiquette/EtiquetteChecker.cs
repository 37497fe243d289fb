using System.Text.RegularExpressions;
using RecruiterLiaison.Application.Etiquette.Rules;
using RecruiterLiaison.Domain.Notes;

namespace RecruiterLiaison.Application.Etiquette;

/// <summary>
/// Checks a draft against the etiquette recruiters preach (DOMAIN.md, "Etiquette checks").
/// The app, the API and the CLI all call this one checker.
/// </summary>
public sealed class EtiquetteChecker(IEnumerable<IEtiquetteRule> rules)
{
    private readonly IEtiquetteRule[] _rules = [.. rules];

    /// <summary>The standard rule set; spelling only when a speller is given.</summary>
    public static EtiquetteChecker Create(ISpeller? speller = null)
    {
        var rules = new List<IEtiquetteRule>
        {
            new PhraseRules(),
            new ShoutingRule(),
            new LengthRule(),
            new SenderRule(),
            new RecipientSeniorityRule(),
            new ContactFrequencyRule(),
            new TimingRules(),
        };
        if (speller is not null)
        {
            rules.Add(new SpellingRule(speller));
        }

        return new EtiquetteChecker(rules);
    }

    public IReadOnlyList<Finding> Check(string body, NoteCheckContext context)
    {
        var findings = new List<Finding>();
        foreach (var rule in _rules)
        {
            try
            {
                findings.AddRange(rule.Check(body ?? "", context).ToList());
            }
            catch (RegexMatchTimeoutException)
            {
                // The timeout guards against pathological text; a rule that runs out of time
                // reports nothing rather than failing the candidate's draft (or start-up).
            }
        }

        // Text-speak ("ur", "thx") is flagged once, as casual writing, not again as a misspelling.
        findings.RemoveAll(f => f.Rule == SpellingRule.Id && findings.Any(o => o.Rule == "tone.casual" && Overlaps(f, o)));
        findings.Sort(static (a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : string.CompareOrdinal(a.Rule, b.Rule));
        return findings;
    }

    private static bool Overlaps(Finding a, Finding b) => a.Start < b.Start + b.Length && b.Start < a.Start + a.Length;

    /// <summary>Whether the client's policy forbids submitting at all: the only findings that block a candidate.</summary>
    public static Finding? PolicyBlock(IEnumerable<Finding> findings) => findings.FirstOrDefault(f => f.Severity == FindingSeverity.Blocker);
}
