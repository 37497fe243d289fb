namespace RecruiterLiaison.Application.Etiquette.Lexicons;

/// <summary>
/// A light English stemmer: the lexicon's word and the note's word meet at one key when they are
/// of one family ("waste", "wasted", "wasting", "wastes"). Both sides are stemmed by the same
/// function, so the key need not be a real word; irregular forms are listed in the lexicon.
/// </summary>
public static class WordFamily
{
    public static string Key(string word)
    {
        var w = Normalize(word);
        if (w.EndsWith("'s", StringComparison.Ordinal))
        {
            w = w[..^2];
        }

        if (w.Length <= 3)
        {
            return w;
        }

        w = StripSuffix(w);
        if (w.Length > 3 && w[^1] == 'e')
        {
            w = w[..^1];
        }

        // "note", "noted" and "noting" are not "not": the family that would read as the negation is "note".
        return w == "not" ? "note" : w;
    }

    /// <summary>Lower case, one kind of apostrophe.</summary>
    public static string Normalize(string word) => word.ToLowerInvariant().Replace('’', '\'').Replace('‘', '\'');

    private static string StripSuffix(string w)
    {
        if (w.EndsWith("ies", StringComparison.Ordinal) && w.Length > 4)
        {
            return w[..^3] + "y";
        }

        if (w.EndsWith("ied", StringComparison.Ordinal) && w.Length > 4)
        {
            return w[..^3] + "y";
        }

        if (w.EndsWith("iest", StringComparison.Ordinal) && w.Length > 5)
        {
            return w[..^4] + "y";
        }

        if (w.EndsWith("ier", StringComparison.Ordinal) && w.Length > 4)
        {
            return w[..^3] + "y";
        }

        if (w.EndsWith("ily", StringComparison.Ordinal) && w.Length > 5)
        {
            return w[..^3] + "y";
        }

        foreach (var (suffix, shortest) in Suffixes)
        {
            if (w.EndsWith(suffix, StringComparison.Ordinal) && w.Length - suffix.Length >= shortest && HasVowel(w.AsSpan(0, w.Length - suffix.Length)))
            {
                return Undouble(w[..^suffix.Length]);
            }
        }

        if (w.EndsWith("sses", StringComparison.Ordinal) || w.EndsWith("shes", StringComparison.Ordinal) || w.EndsWith("ches", StringComparison.Ordinal) || w.EndsWith("xes", StringComparison.Ordinal))
        {
            return w[..^2];
        }

        if (w[^1] == 's' && !w.EndsWith("ss", StringComparison.Ordinal) && !w.EndsWith("us", StringComparison.Ordinal) && !w.EndsWith("is", StringComparison.Ordinal))
        {
            return w[..^1];
        }

        return w;
    }

    // The shortest stem each suffix may leave: "offer" is not "off" + "er", "reply" not "rep" + "ly".
    private static readonly (string Suffix, int Shortest)[] Suffixes = [("ingly", 3), ("edly", 3), ("ing", 3), ("ed", 3), ("ly", 4), ("est", 4), ("er", 4)];

    private static bool HasVowel(ReadOnlySpan<char> stem) => stem.IndexOfAny("aeiouy") >= 0;

    /// <summary>"begging" → "beg", "stopped" → "stop"; "falling" and "passed" keep their double letters' family by the same rule.</summary>
    private static string Undouble(string stem) =>
        stem.Length > 3 && stem[^1] == stem[^2] && !"aeiou".Contains(stem[^1], StringComparison.Ordinal) ? stem[..^1] : stem;
}
