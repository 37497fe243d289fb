using System.Text.RegularExpressions;
using RecruiterLiaison.Domain.Notes;

namespace RecruiterLiaison.Application.Etiquette.Rules;

/// <summary>tone.aggressive: runs of capital letters read as shouting; acronyms do not.</summary>
public sealed partial class ShoutingRule : IEtiquetteRule
{
    public IEnumerable<Finding> Check(string body, NoteCheckContext context)
    {
        foreach (Match match in ShoutedWords().Matches(body))
        {
            yield return new Finding("tone.aggressive", FindingSeverity.Warning, match.Index, match.Length,
                "Capital letters read as shouting.", match.Value.ToLowerInvariant());
        }
    }

    // Three or more consecutive all-caps words, two long ones, or one long word: "PCI DSS" or
    // "AWS SQL" are acronyms side by side, "I AM STILL WAITING" and "URGENT RESPONSE" are shouting.
    [GeneratedRegex(@"\b[A-Z]{2,}(?:[\s,]+[A-Z]{1,}){2,}\b|\b[A-Z]{4,}[\s,]+[A-Z]{5,}\b|\b[A-Z]{5,}[\s,]+[A-Z]{4,}\b|\b[A-Z]{7,}\b", RegexOptions.CultureInvariant)]
    private static partial Regex ShoutedWords();
}
