using System.Text.RegularExpressions;
using RecruiterLiaison.Domain.Notes;

namespace RecruiterLiaison.Application.Etiquette.Rules;

/// <summary>
/// spelling: words the dictionary does not know. Names from the note's context, e-mail
/// addresses, URLs, numbers and capitalised words inside a sentence (likely names) are skipped.
/// </summary>
public sealed partial class SpellingRule(ISpeller speller) : IEtiquetteRule
{
    public const string Id = "spelling";

    private static readonly HashSet<string> Offensive = new(StringComparer.OrdinalIgnoreCase) { "damn", "hell", "crap", "bloody", "sexy", "stupid", "idiot" };

    public IEnumerable<Finding> Check(string body, NoteCheckContext context)
    {
        var known = new HashSet<string>(context.KnownNames.SelectMany(n => Words().Matches(n).Select(m => m.Value)), StringComparer.OrdinalIgnoreCase);
        known.UnionWith(context.AgencyWords);
        var skipped = Skipped().Matches(body).Select(m => (m.Index, End: m.Index + m.Length)).ToList();
        foreach (Match match in Words().Matches(body))
        {
            var word = match.Value.Trim('\'', '’', '-');
            var afterDigit = match.Index > 0 && char.IsDigit(body[match.Index - 1]);
            if (word.Length < 2 || afterDigit || known.Contains(word) || word.Any(char.IsDigit) || skipped.Any(s => match.Index >= s.Index && match.Index < s.End)
                || (char.IsUpper(word[0]) && !StartsSentence(body, match.Index)) || word.All(char.IsUpper))
            {
                continue;
            }

            if (!speller.IsCorrect(word))
            {
                var suggestions = speller.Suggest(word).Where(s => !Offensive.Contains(s)).Take(3).ToList();
                yield return new Finding(Id, FindingSeverity.Warning, match.Index, match.Length,
                    $"\"{match.Value}\" looks misspelt.", suggestions.Count > 0 ? string.Join(", ", suggestions) : null);
            }
        }
    }

    private static bool StartsSentence(string body, int index)
    {
        for (var i = index - 1; i >= 0; i--)
        {
            var c = body[i];
            if (char.IsWhiteSpace(c) || c is '"' or '“' or '(')
            {
                continue;
            }

            return c is '.' or '!' or '?';
        }

        return true;
    }

    [GeneratedRegex(@"\p{L}[\p{L}'’]*")]
    private static partial Regex Words();

    [GeneratedRegex(@"\S+@\S+|https?://\S+|www\.\S+")]
    private static partial Regex Skipped();
}
