using RecruiterLiaison.Domain.Notes;

namespace RecruiterLiaison.Application.Etiquette.Lexicons;

/// <summary>
/// The tone and content rules, read from the lexicon files that ship inside this assembly
/// (<c>Etiquette/Lexicons/*.txt</c>). The note is cut into words once; every phrase that can
/// start at a word is found through one index, so the cost grows with the note, not the lexicons.
/// </summary>
public sealed class LexiconRules : IEtiquetteRule
{
    // The reader and theirs: a word like "frustrating" is angry only when aimed at them.
    private static readonly HashSet<string> ReaderWords = new(StringComparer.Ordinal) { "you", "your", "yours", "yourself", "yourselves", "you're", "you've", "you'd", "you'll", "y'all", "u", "ur" };

    private readonly Dictionary<string, List<(Lexicon Lexicon, PhraseGroup Group, Phrase Phrase)>> _byFirstWord = new(StringComparer.Ordinal);

    public LexiconRules(IEnumerable<Lexicon> lexicons)
    {
        Lexicons = [.. lexicons];
        foreach (var lexicon in Lexicons)
        {
            foreach (var group in lexicon.Groups)
            {
                foreach (var phrase in group.Phrases)
                {
                    foreach (var key in phrase.FirstKeys)
                    {
                        if (!_byFirstWord.TryGetValue(key, out var list))
                        {
                            _byFirstWord[key] = list = [];
                        }

                        list.Add((lexicon, group, phrase));
                    }
                }
            }
        }
    }

    public IReadOnlyList<Lexicon> Lexicons { get; }

    /// <summary>The lexicons shipped with the product.</summary>
    public static LexiconRules Shipped { get; } = new(Load());

    /// <summary>
    /// The findings in the note, not in its signature: a side-business line under the name
    /// ("Order your Christmas gift sets now") is the sender rule's, not a gift or a joke.
    /// </summary>
    public IEnumerable<Finding> Check(string body, NoteCheckContext context)
    {
        var findings = Check(NoteWords.Of(body).Words);
        var signature = Rules.SignOff.SignatureStart(body);
        if (signature >= body.Length)
        {
            return findings;
        }

        var end = Rules.SignOff.SignatureEnd(body, signature);
        return findings.Where(f => f.Start < signature || f.Start >= end);
    }

    public List<Finding> Check(NoteWord[] words)
    {
        var findings = new List<Finding>();
        var weak = new List<(Lexicon Lexicon, PhraseGroup Group, Finding Finding)>();
        var yielding = new List<(string YieldsTo, Finding Finding)>();
        for (var i = 0; i < words.Length; i++)
        {
            // A phrase reached through both the word's form and its family is tried twice at
            // most; the second match starts where the first did, and is dropped in Try.
            Try(words, i, words[i].Form, findings, weak, yielding);
            if (!string.Equals(words[i].Family, words[i].Form, StringComparison.Ordinal))
            {
                Try(words, i, words[i].Family, findings, weak, yielding);
            }
        }

        // Weak signs combine: two different ones of a rule in one note ("frankly" and "I expect an
        // explanation") say what neither says alone.
        foreach (var rule in weak.GroupBy(w => w.Lexicon.Rule).Where(TwoSeparateKinds))
        {
            foreach (var (_, _, finding) in rule)
            {
                if (!findings.Any(f => f.Rule == finding.Rule && f.Start < finding.Start + finding.Length && finding.Start < f.Start + f.Length))
                {
                    findings.Add(finding);
                }
            }
        }

        // A group that yields to another rule ("this is my third email" in a note that pleads)
        // stands down when that rule is found and nothing else of its own rule is, weak signs
        // combined above included.
        foreach (var (yieldsTo, finding) in yielding)
        {
            if (findings.Any(f => f.Rule == yieldsTo) && findings.All(f => f.Rule != finding.Rule || yielding.Any(y => y.Finding == f)))
            {
                findings.Remove(finding);
            }
        }

        return findings;
    }

    /// <summary>Two weak signs of different groups on different words: one stretch of text matching two groups is one sign.</summary>
    private static bool TwoSeparateKinds(IEnumerable<(Lexicon Lexicon, PhraseGroup Group, Finding Finding)> signs)
    {
        var list = signs.ToList();
        return list.Any(a => list.Any(b => a.Group != b.Group && !Overlaps(a.Finding, b.Finding)));
    }

    private static bool Overlaps(Finding a, Finding b) => a.Start < b.Start + b.Length && b.Start < a.Start + a.Length;

    private void Try(NoteWord[] words, int i, string key, List<Finding> findings, List<(Lexicon, PhraseGroup, Finding)> weak, List<(string, Finding)> yielding)
    {
        if (!_byFirstWord.TryGetValue(key, out var candidates))
        {
            return;
        }

        foreach (var candidate in candidates)
        {
            var (lexicon, group, phrase) = candidate;
            var end = phrase.MatchAt(words, i);
            if (end < 0 || (group.Negatable && IsNegated(words, i)) || (group.AimedAtReader && !InSentence(words, i, ReaderWords, w => w.Form))
                || (group.Unless.Count > 0 && InSentence(words, i, group.Unless, w => w.Form)))
            {
                continue;
            }

            var start = words[i].Start;
            var length = words[end - 1].Start + words[end - 1].Length - start;
            if (findings.Any(f => f.Rule == lexicon.Rule && f.Start < start + length && start < f.Start + f.Length)
                || weak.Any(w => w.Item2 == group && w.Item3.Start == start))
            {
                continue;
            }

            var finding = new Finding(lexicon.Rule, group.Severity, start, length, group.Text, null);
            if (group.Weak && !(group.Heading && IsWholeSentence(words, i, end)))
            {
                weak.Add((lexicon, group, finding));
            }
            else
            {
                findings.Add(finding);
                if (group.YieldsTo is { } yieldsTo)
                {
                    yielding.Add((yieldsTo, finding));
                }
            }
        }
    }

    private static bool IsWholeSentence(NoteWord[] words, int first, int end) =>
        (first == 0 || words[first - 1].Sentence != words[first].Sentence) && (end == words.Length || words[end].Sentence != words[end - 1].Sentence);

    private static bool IsNegated(NoteWord[] words, int start)
    {
        for (var j = start - 1; j >= 0 && j >= start - Negation.Reach && words[j].Sentence == words[start].Sentence; j--)
        {
            if (Negation.Is(words[j].Form) && start <= Negation.ReachOf(words, j))
            {
                return true;
            }
        }

        return false;
    }

    private static bool InSentence(NoteWord[] words, int at, HashSet<string> wanted, Func<NoteWord, string> key)
    {
        var sentence = words[at].Sentence;
        for (var j = at; j >= 0 && words[j].Sentence == sentence; j--)
        {
            if (wanted.Contains(key(words[j])))
            {
                return true;
            }
        }

        for (var j = at + 1; j < words.Length && words[j].Sentence == sentence; j++)
        {
            if (wanted.Contains(key(words[j])))
            {
                return true;
            }
        }

        return false;
    }

    private static IEnumerable<Lexicon> Load()
    {
        var assembly = typeof(LexiconRules).Assembly;
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith("Lexicons/", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using var reader = new StreamReader(assembly.GetManifestResourceStream(name)!);
            yield return Lexicon.Parse(Path.GetFileNameWithoutExtension(name), reader.ReadToEnd());
        }
    }
}
