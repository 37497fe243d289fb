using System.Text.RegularExpressions;
using RecruiterLiaison.Application.Etiquette.Rules;
using RecruiterLiaison.Domain.Notes;

namespace RecruiterLiaison.Application.Etiquette;

/// <summary>
/// Checks a draft against the etiquette recruiters preach (DOMAIN.md, "Etiquette checks").
/// The app, the API and the CLI all call this one checker.
/// </summary>
public sealed class EtiquetteChecker(IEnumerable<IEtiquetteRule> rules, Tone.ToneModelRule? trained = null)
{
    private readonly IEtiquetteRule[] _rules = [.. rules];

    /// <summary>
    /// The standard rule set; spelling only when a speller is given. The trained tone model is
    /// left out only to measure the rules without it (tools/RecruiterLiaison.ToneTraining).
    /// </summary>
    public static EtiquetteChecker Create(ISpeller? speller = null, SpellingVariety? variety = null, bool withToneModel = true)
    {
        var rules = new List<IEtiquetteRule>
        {
            Lexicons.LexiconRules.Shipped,
            new PhraseRules(),
            new GimmickRule(),
            new ShoutingRule(speller),
            new LengthRule(),
            new SenderRule(),
            new RecipientSeniorityRule(),
            new ContactFrequencyRule(),
            new TimingRules(),
        };
        if (speller is not null)
        {
            rules.Add(new SpellingRule(speller, variety));
        }

        return new EtiquetteChecker(rules, withToneModel ? Tone.ToneModelRule.Shipped : null);
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

        // A listed phrase says more precisely what is wrong than a whole sentence the model scored:
        // where both found one rule in one stretch, the phrase's finding stands alone.
        if (trained is not null)
        {
            findings.AddRange(trained.Check(body ?? "", context).Where(t => !findings.Any(f => f.Rule == t.Rule && Overlaps(f, t))).ToList());
        }

        // Text-speak ("ur", "thx") is flagged once, as casual writing, not again as a misspelling.
        findings.RemoveAll(f => f.Rule == SpellingRule.Id && findings.Any(o => o.Rule == "tone.casual" && Overlaps(f, o)));

        // Code quoted in a note ("def has_duplicate(ids):", "for i in ids") is not casual writing.
        findings.RemoveAll(f => f.Rule == "tone.casual" && f.Length > 0 && QuotedCode.IsInCodeLine(body ?? "", f.Start));

        // A note dressed up as a press release, a contract or a film's commentary uses capitals as
        // its headings: the gimmick is what a recruiter raises, not shouting.
        if (findings.Any(f => f.Rule == "tone.quirky"))
        {
            findings.RemoveAll(f => f.Rule == "tone.aggressive" && f.Message == ShoutingRule.Message);
        }
        findings.Sort(static (a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : string.CompareOrdinal(a.Rule, b.Rule));
        return WithoutRepeats(findings);
    }

    /// <summary>One finding per rule and stretch of text: a lexicon phrase and a pattern that both catch "ASAP" say it once.</summary>
    private static List<Finding> WithoutRepeats(List<Finding> sorted)
    {
        // In start order, a finding overlaps one kept of its rule exactly when it starts before the
        // furthest end of those: one pass, not a scan of all kept per finding (20,000 emoji, 20,000 findings).
        var kept = new List<Finding>(sorted.Count);
        var furthestEnd = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var finding in sorted)
        {
            if (finding.Length == 0)
            {
                kept.Add(finding);
                continue;
            }

            if (furthestEnd.TryGetValue(finding.Rule, out var end) && finding.Start < end)
            {
                continue;
            }

            kept.Add(finding);
            furthestEnd[finding.Rule] = Math.Max(end, finding.Start + finding.Length);
        }

        return kept;
    }

    private static bool Overlaps(Finding a, Finding b) => a.Start < b.Start + b.Length && b.Start < a.Start + a.Length;

    /// <summary>Whether the client's policy forbids submitting at all: the only findings that block a candidate.</summary>
    public static Finding? PolicyBlock(IEnumerable<Finding> findings) => findings.FirstOrDefault(f => f.Severity == FindingSeverity.Blocker);
}
