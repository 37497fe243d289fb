namespace RecruiterLiaison.Application.Etiquette.Lexicons;

/// <summary>What denies the words just after it ("I am not upset"): one notion for the lexicons and the tone model.</summary>
public static class Negation
{
    /// <summary>How many words after a negation it reaches.</summary>
    public const int Reach = 3;

    private static readonly HashSet<string> Words = new(StringComparer.Ordinal) { "not", "never", "no", "hardly", "without", "nor", "neither", "nothing", "none" };

    /// <summary>Whether a lower-case word form is a negation ("not", "never", "don't").</summary>
    public static bool Is(string form) => Words.Contains(form) || form.EndsWith("n't", StringComparison.Ordinal);
}
