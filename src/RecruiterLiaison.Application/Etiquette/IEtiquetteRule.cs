using RecruiterLiaison.Domain.Notes;

namespace RecruiterLiaison.Application.Etiquette;

/// <summary>One family of checks. Rules are pure: same text and context, same findings.</summary>
public interface IEtiquetteRule
{
    IEnumerable<Finding> Check(string body, NoteCheckContext context);
}

/// <summary>A dictionary the spelling rule asks; Hunspell in production (Infrastructure/Spelling).</summary>
public interface ISpeller
{
    bool IsCorrect(string word);

    IReadOnlyList<string> Suggest(string word);

    /// <summary>
    /// Words one slip (a letter added, dropped, changed, or two swapped) from this one: the cheap
    /// first step of <see cref="Suggest"/>, enough to tell a typo from a coined word.
    /// </summary>
    IReadOnlyList<string> OneSlipAway(string word) => Suggest(word);

    /// <summary>
    /// <see cref="IsCorrect"/> for a word made up to test another ("tomorrow" for "tommorow"):
    /// answered without being remembered, since most such candidates are not words and would crowd
    /// out the verdicts on the words notes use.
    /// </summary>
    bool IsCandidateCorrect(string word) => IsCorrect(word);
}
