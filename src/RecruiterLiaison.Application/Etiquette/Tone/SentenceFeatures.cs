using RecruiterLiaison.Application.Etiquette.Lexicons;

namespace RecruiterLiaison.Application.Etiquette.Tone;

/// <summary>One feature of a stretch of words, and the words it came from (to quote as the reason).</summary>
public readonly record struct SentenceFeature(string Name, int FirstWord, int LastWord);

/// <summary>
/// What the tone model reads in a stretch of a note: each word's family ("w:wait" for "waited",
/// "waiting"), each pair of neighbouring families ("b:still_wait"), and a word in the reach of a
/// negation under its own name ("n:upset" in "I am not upset"), so denial is not read as the thing
/// denied. Training (tools/RecruiterLiaison.ToneTraining) and the checker both call this one
/// function, so the model sees at run time exactly what it was trained on.
/// </summary>
public static class SentenceFeatures
{
    /// <summary>The features of words[first..last] (inclusive), each once.</summary>
    public static List<SentenceFeature> Of(NoteWord[] words, int first, int last)
    {
        var features = new List<SentenceFeature>((last - first + 1) * 2);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var negatedUntil = -1;
        for (var i = first; i <= last; i++)
        {
            var family = words[i].Family;
            if (Negation.Is(words[i].Form))
            {
                negatedUntil = Negation.ReachOf(words, i);
            }
            else
            {
                Add(features, seen, (i <= negatedUntil ? "n:" : "w:") + family, i, i);
            }

            if (i < last && words[i + 1].Sentence == words[i].Sentence)
            {
                Add(features, seen, "b:" + family + "_" + words[i + 1].Family, i, i + 1);
            }
        }

        return features;
    }

    /// <summary>The features of a whole text, as training reads an example.</summary>
    public static List<SentenceFeature> Of(string text)
    {
        var words = NoteWords.Of(text).Words;
        return words.Length == 0 ? [] : Of(words, 0, words.Length - 1);
    }

    private static void Add(List<SentenceFeature> features, HashSet<string> seen, string name, int first, int last)
    {
        if (seen.Add(name))
        {
            features.Add(new SentenceFeature(name, first, last));
        }
    }
}
