namespace RecruiterLiaison.Application.Etiquette.Lexicons;

/// <summary>What denies the words just after it ("I am not upset"): one notion for the lexicons and the tone model.</summary>
public static class Negation
{
    /// <summary>How many words after a negation it reaches.</summary>
    public const int Reach = 3;

    private static readonly HashSet<string> Words = new(StringComparer.Ordinal) { "not", "never", "no", "hardly", "without", "nor", "neither", "nothing", "none" };

    // "I couldn't resist sketching you", "I can't help thinking", "I can't wait to show you": the
    // negation belongs to an idiom that affirms what follows it.
    private static readonly HashSet<string> Affirming = new(StringComparer.Ordinal) { "resist", "help", "wait" };

    /// <summary>Whether a lower-case word form is a negation ("not", "never", "don't").</summary>
    public static bool Is(string form) => Words.Contains(form) || form.EndsWith("n't", StringComparison.Ordinal);

    /// <summary>
    /// The last word a negation at <paramref name="at"/> denies: <see cref="Reach"/> words on, or only
    /// the next one where the two are an idiom that affirms ("couldn't resist sketching you").
    /// </summary>
    public static int ReachOf(NoteWord[] words, int at) =>
        at + 1 < words.Length && Affirming.Contains(words[at + 1].Form) ? at + 1 : at + Reach;
}
