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

    // Two or more consecutive all-caps words of three or more letters (one short acronym is fine).
    [GeneratedRegex(@"\b[A-Z]{3,}(?:[\s,]+[A-Z]{2,})+\b|\b[A-Z]{7,}\b", RegexOptions.CultureInvariant)]
    private static partial Regex ShoutedWords();
}
