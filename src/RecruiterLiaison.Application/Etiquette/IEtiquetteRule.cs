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
}
