namespace RecruiterLiaison.Infrastructure.Spelling;

/// <summary>
/// Terms of specialist fields the general dictionaries lack: Debian's medical word list
/// (hunspell-en-med, from OpenMedSpel), for the nurses, doctors and allied health staff an
/// agency places. Read once, at the first word the general dictionaries reject.
/// </summary>
public static class SpecialistTerms
{
    public const string MedicalDictionary = HunspellSpeller.DictionaryDirectory + "/en_med_glut.dic";

    private static readonly Lazy<HashSet<string>> Terms = new(Load);

    public static bool Contains(string word) => Terms.Value.Contains(word);

    private static HashSet<string> Load()
    {
        var terms = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        if (!File.Exists(MedicalDictionary))
        {
            return terms;
        }

        // Hunspell's .dic format: a count, then one word per line with optional "/flags".
        foreach (var line in File.ReadLines(MedicalDictionary).Skip(1))
        {
            var word = line.Split('/')[0].Trim();
            if (word.Length > 2 && !word.Contains(' '))
            {
                terms.Add(word);
            }
        }

        return terms;
    }
}
