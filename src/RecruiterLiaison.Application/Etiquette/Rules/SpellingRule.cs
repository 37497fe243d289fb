using System.Text.RegularExpressions;
using RecruiterLiaison.Domain.Notes;

namespace RecruiterLiaison.Application.Etiquette.Rules;

/// <summary>
/// spelling: words the dictionary does not know. A candidate's legitimate words are not errors:
/// names from the note's context, the agency's own words, skill and trade terms and loanwords
/// (<c>Etiquette/Words/*.txt</c>), accented forms of known words ("résumé"), a known word in lower
/// case ("monday" is sloppy, not misspelt), regular plurals and verb forms of known words,
/// addresses, URLs, numbers and capitalised words inside a sentence (likely names).
/// </summary>
public sealed partial class SpellingRule(ISpeller speller, SpellingVariety? variety = null) : IEtiquetteRule
{
    public const string Id = "spelling";

    // Never offered as a correction: a name near one of these ("Ngozi", "Anjali") must not be answered with it.
    private static readonly HashSet<string> Offensive = new(StringComparer.OrdinalIgnoreCase)
    {
        "damn", "hell", "crap", "bloody", "sexy", "stupid", "idiot", "nazi", "nazis", "anal", "anus", "rape", "penis", "porn", "nude", "slut",
        "whore", "bitch", "bastard", "retard", "sex", "fag", "dumb", "moron",
    };

    // Two words run together that are errors all the same: each half a word, the whole not one.
    private static readonly HashSet<string> RunTogetherErrors = new(StringComparer.OrdinalIgnoreCase)
    {
        "eachother", "everytime", "eventhough", "alot", "aswell", "infact", "incase", "inspite", "atleast", "noone", "thankyou", "thankyous", "untill",
    };

    private const string LoanwordList = "Words/loanwords.txt";

    // Each shipped word list, read once at start-up.
    private static readonly (string List, string Word)[] Listed = [.. LoadListed("Words/")];

    /// <summary>The shipped word lists: trade and technology terms, loanwords.</summary>
    public static IReadOnlySet<string> ShippedWords { get; } = new HashSet<string>(Listed.Select(e => e.Word), StringComparer.OrdinalIgnoreCase);

    /// <summary>The loanwords alone: a sign that unknown words beside them are another language.</summary>
    private static readonly HashSet<string> ForeignWords = new(Listed.Where(e => e.List == LoanwordList).Select(e => e.Word), StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// The other lists' words, English ("ur", "roastery"): a slip beside one ("apreciate ur time")
    /// is a slip, not part of a foreign phrase. A word listed as a loanword too stays foreign.
    /// </summary>
    private static readonly HashSet<string> ListedEnglishWords = new(Listed.Where(e => e.List != LoanwordList && !ForeignWords.Contains(e.Word)).Select(e => e.Word), StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Hunspell takes tens of milliseconds to suggest for a word it has never seen; a draft of
    /// gibberish would take most of a minute. Past this many, words are flagged without suggestions.
    /// </summary>
    public const int MaxSuggestedWords = 10;

    /// <summary>The longest run of words English lacks that is taken for a phrase in another language.</summary>
    public const int MaxPhraseWords = 6;

    public IEnumerable<Finding> Check(string body, NoteCheckContext context)
    {
        HashSet<string>? known = null;
        List<(string Name, string Bare)>? knownBare = null;
        var suggested = new int[1]; // shared with the phrase test: Hunspell's suggestions are the costly part
        var matches = Words().Matches(body);
        for (var index = 0; index < matches.Count; index++)
        {
            var match = matches[index];
            var word = match.Value.Trim('\'', '’');

            // "Dear Kathryn" to Katherine, "Quarix" for Quarrix: a name the context knows, misspelt,
            // is the error a recruiter most wants caught, even where the dictionary knows the form.
            if (context.KnownNames.Count > 0 && word.Length >= 5 && char.IsUpper(word[0]) && NearKnownName(word, knownBare ??= Bare(known ??= Known(context)), context, index + 1 < matches.Count ? matches[index + 1].Value : null) is { } name)
            {
                yield return new Finding(Id, FindingSeverity.Warning, match.Index, match.Length,
                    $"\"{match.Value}\" is close to \"{name}\", a name in this note's context: check the spelling.", name);
                continue;
            }

            // Most words are in the dictionary: that answer, cached, comes first.
            if (word.Length < 2 || speller.IsCorrect(word))
            {
                continue;
            }

            known ??= Known(context);
            var afterDigit = match.Index > 0 && char.IsDigit(body[match.Index - 1]);

            // A line that quotes code ("ROW_NUMBER()") keeps its names, but not a prose word near one
            // writers often misspell ("knowlege") beside them.
            if (afterDigit || InAddress(body, match.Index) || (QuotedCode.IsInCodeLine(body, match.Index) && !NearOftenMisspelt(word))
                || (char.IsUpper(word[0]) && !word.All(char.IsUpper) && (!StartsSentence(body, match.Index) || StartsName(body, match.Index + match.Length, known)) && !(word.All(char.IsAscii) && NearOftenMisspelt(word, 1) && !AmongAccentedWords(matches, index)))
                || IsAcronym(word) || IsKnown(word, known))
            {
                continue;
            }

            if (variety is not null && variety.Other.IsCorrect(word))
            {
                var forms = suggested[0]++ < MaxSuggestedWords ? speller.Suggest(word).Take(2).ToList() : [];
                yield return new Finding(Id, FindingSeverity.Info, match.Index, match.Length,
                    $"\"{match.Value}\" is the {variety.OtherName} spelling; your agency writes {variety.AgencyName} English.", forms.Count > 0 ? string.Join(", ", forms) : null);
                continue;
            }

            // Two words of four letters or more made one ("packhouse", "callouts") are a compound,
            // even where one letter would turn them into a third word ("packhorse"), but not where
            // a typist's slip would: "writting" (writ, ting) is writing with a letter doubled,
            // "diffrent" (diff, rent) different with one dropped.
            if (IsCompound(word) && !IsTypistsSlip(word))
            {
                continue;
            }

            // A word no single slip away from a common word is coined, not mistyped: a name opening
            // a sentence ("Meera joined…"), a specialist's term ("thrombectomy", "estimand"), a word
            // of another language ("kanina", "whānau"). On the blind notes, such words were far more
            // often coined than misspelt; the misspellings among them are two slips from a word
            // writers often get wrong ("tommorow", "definetly"). The slip test needs only the words
            // one slip away; the full search for suggestions is left for the words flagged.
            var run = UnknownRun(body, matches, index);
            var gibberish = run.Last - run.First >= MaxPhraseWords;
            var bare = Possessive().Replace(word, ""); // "evryone's" is tested as "evryone"
            if (!gibberish && !RunTogetherErrors.Contains(word) && !speller.OneSlipAway(bare).Any(c => IsCommonWord(c) && IsSlipOf(c, bare)) && !NearOftenMisspelt(word) && !IsDoublingSlip(bare))
            {
                continue;
            }

            if (!gibberish && InForeignPhrase(matches, run, suggested))
            {
                continue;
            }

            var suggestions = suggested[0]++ < MaxSuggestedWords ? speller.Suggest(word).Where(s => !s.Split(' ').Any(Offensive.Contains)).Take(3).ToList() : [];
            yield return new Finding(Id, FindingSeverity.Warning, match.Index, match.Length,
                $"\"{match.Value}\" looks misspelt.", suggestions.Count > 0 ? string.Join(", ", suggestions) : null);
        }
    }

    /// <summary>
    /// Whether the word belongs to a phrase in another language ("Diolch yn fawr", "Terima kasih
    /// banyak", "Vinaka vakalevu"): side by side with other words English lacks, one of them a
    /// known foreign word or nothing like any English word. Typos rarely come in pairs, and a
    /// pair of slips ("realy apreciate") stays flagged.
    /// </summary>
    private bool InForeignPhrase(MatchCollection matches, (int First, int Last) run, int[] suggested)
    {
        var (first, last) = run;
        if (first == last)
        {
            return false;
        }

        for (var i = first; i <= last; i++)
        {
            if (LooksForeign(matches[i].Value.Trim('\'', '’'), suggested))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The known name a capitalised word is a slip or two from, when it is not itself a known
    /// name or an everyday word. A possessive, an accent or an inner capital ("PropertyMe") makes
    /// a word of its own, not a slip.
    /// </summary>
    private string? NearKnownName(string word, List<(string Name, string Bare)> known, NoteCheckContext context, string? nextWord)
    {
        // Most capitalised words are everyday words opening a sentence ("Thank", "Looking"): asked first, cached.
        if (speller.IsCorrect(word.ToLowerInvariant()))
        {
            return null;
        }

        var bare = Bare(word);
        // A known name in the plural is the family ("the Pettigrews from Asheville"), not a slip.
        if (bare.Length < 5 || known.Any(k => string.Equals(k.Bare, bare, StringComparison.OrdinalIgnoreCase) || string.Equals(k.Bare + "s", bare, StringComparison.OrdinalIgnoreCase))
            || bare.Skip(1).Any(char.IsUpper) || speller.IsCorrect(bare.ToLowerInvariant()))
        {
            return null;
        }

        // A name the dictionary knows ("Baltic" beside "Baltica") is taken for another name unless one slip away.
        var dictionaryName = speller.IsCorrect(bare);
        var allowed = bare.Length >= 7 && !dictionaryName ? 2 : 1;

        // An accented word beside a plain name is another language's word ("Université" beside "University of Northbridge"), not a slip.
        var accented = !word.All(char.IsAscii);
        foreach (var (name, plain) in known)
        {
            if (plain.Length >= 5 && char.IsUpper(plain[0]) && Math.Abs(plain.Length - bare.Length) <= allowed && !IsLenited(bare, plain)
                && (!accented || !name.All(char.IsAscii))
                && !(dictionaryName && (plain.StartsWith(bare, StringComparison.OrdinalIgnoreCase) || bare.StartsWith(plain, StringComparison.OrdinalIgnoreCase)))
                && (!dictionaryName || StandsForName(name, nextWord, context))
                && Edits.Distance(plain, bare) <= allowed)
            {
                return name;
            }
        }

        return null;
    }

    /// <summary>
    /// An Irish or Scottish Gaelic name with its first consonant lenited, as a greeting writes it
    /// ("a Phádraig" to Pádraig, "Mhairi" to Mairi): an h after the first letter is grammar, not a slip.
    /// </summary>
    private static bool IsLenited(string word, string name) =>
        word.Length == name.Length + 1 && word.Length > 2 && char.ToLowerInvariant(word[1]) == 'h' && char.ToLowerInvariant(word[0]) == char.ToLowerInvariant(name[0])
        && word.AsSpan(2).Equals(name.AsSpan(1), StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// A word the dictionary knows stands for a name's word when it would end the name (a surname)
    /// or is followed as in the name ("Tokyo Pacific" for Tokio Pacific); "our Tokyo office" beside
    /// Tokio Pacific is the city.
    /// </summary>
    private static bool StandsForName(string nameWord, string? nextWord, NoteCheckContext context)
    {
        foreach (var name in context.KnownNames)
        {
            var words = Words().Matches(name).Select(m => m.Value).ToList();
            for (var i = 0; i < words.Count; i++)
            {
                if (string.Equals(words[i], nameWord, StringComparison.OrdinalIgnoreCase)
                    && (i == words.Count - 1 || string.Equals(words[i + 1], nextWord, StringComparison.OrdinalIgnoreCase)))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static List<(string Name, string Bare)> Bare(HashSet<string> known) => [.. known.Select(k => (k, Bare(k)))];

    private static string Bare(string name) => PlainLetters.WithoutAccents(Possessive().Replace(name, ""));

    [GeneratedRegex(@"['’]s$", RegexOptions.IgnoreCase)]
    private static partial Regex Possessive();

    [GeneratedRegex(@"is(e|es|ed|ing|er|ers|ation|ations)$", RegexOptions.IgnoreCase)]
    private static partial Regex BritishIse();

    private bool IsEnglish(string word)
    {
        var bare = word.Trim('\'', '’');
        return speller.IsCorrect(bare) || ListedEnglishWords.Contains(bare);
    }

    /// <summary>A listed foreign word, or a long word no English word is within two slips of.</summary>
    private bool LooksForeign(string word, int[] suggested)
    {
        if (ForeignWords.Contains(word) || ForeignWords.Contains(PlainLetters.WithoutAccents(word)))
        {
            return true;
        }

        // A macron or a grave accent is not a typist's slip: "kaumātua", "dhùrachd".
        if (!word.All(char.IsAscii))
        {
            return true;
        }

        return word.Length >= 5 && suggested[0]++ < MaxSuggestedWords && !speller.Suggest(word).Any(c => IsCommonWord(c) && Edits.Distance(c, word) <= 2);
    }

    /// <summary>
    /// Whether a word of accented letters is within two words: "Título de Profesor de Educación"
    /// is a Spanish title, where "Profesor" is the Spanish word, not a professor misspelt.
    /// </summary>
    private static bool AmongAccentedWords(MatchCollection matches, int index)
    {
        for (var i = Math.Max(0, index - 2); i <= Math.Min(matches.Count - 1, index + 2); i++)
        {
            if (i != index && matches[i].ValueSpan.ContainsAnyExceptInRange('\u0000', '\u007F'))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Two words with only spaces (or a hyphen) between them, on one line.</summary>
    private static bool Adjacent(string body, Match left, Match right)
    {
        for (var i = left.Index + left.Length; i < right.Index; i++)
        {
            if (body[i] is not (' ' or '-'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The run of neighbouring words English lacks around one: a greeting or a sign-off in another
    /// language is a few words; a run of <see cref="MaxPhraseWords"/> or more is gibberish, or a note
    /// in another language, and both are worth flagging word by word.
    /// </summary>
    private (int First, int Last) UnknownRun(string body, MatchCollection matches, int index)
    {
        var (first, last) = (index, index);
        while (first > 0 && Adjacent(body, matches[first - 1], matches[first]) && !IsEnglish(matches[first - 1].Value))
        {
            first--;
        }

        while (last < matches.Count - 1 && Adjacent(body, matches[last], matches[last + 1]) && !IsEnglish(matches[last + 1].Value))
        {
            last++;
        }

        return (first, last);
    }

    /// <summary>Two known words of four letters or more, in lower case, written as one.</summary>
    private bool IsCompound(string word)
    {
        if (!word.All(char.IsLower) || RunTogetherErrors.Contains(word))
        {
            return false;
        }

        for (var split = 4; split <= word.Length - 4; split++)
        {
            if (speller.IsCorrect(word[..split]) && speller.IsCorrect(word[split..]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Capitals are an acronym ("HVAC", "SCADA"), unless a longer word is a typist's slip from a
    /// word the dictionaries know: "POSITON" in a heading is position misspelt.
    /// </summary>
    private bool IsAcronym(string word) => word.All(char.IsUpper) && !(word.Length >= 6 && IsTypistsSlip(word));

    /// <summary>
    /// The slips a typist makes without noticing, from a word the dictionaries know: a letter
    /// doubled or dropped, two letters swapped, or two slips from a word writers often misspell.
    /// </summary>
    private bool IsTypistsSlip(string word) =>
        NearOftenMisspelt(word) || speller.OneSlipAway(word).Any(c => IsCommonWord(c) && (Edits.DroppedOrSwapped(c, word) || Edits.Doubled(c, word)));

    /// <summary>
    /// A word whose only faults are its double letters, one or two of them ("unproffesional",
    /// "accomodate", "tommorow"): which letter doubles is the commonest way English is misspelt,
    /// so such a word is a misspelling even two slips from the word, not a coinage.
    /// </summary>
    private bool IsDoublingSlip(string word)
    {
        if (word.Length < 6 || !word.All(char.IsAsciiLetter))
        {
            return false;
        }

        var lower = word.ToLowerInvariant();
        var runs = Runs(lower);
        for (var a = 0; a < runs.Count; a++)
        {
            for (var b = a + 1; b < runs.Count; b++)
            {
                if (speller.IsCandidateCorrect(Toggled(lower, runs, a, b)))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Each run of one letter, once or twice in a row: where a doubling slip may be.</summary>
    private static List<(int Start, int Length)> Runs(string word)
    {
        var runs = new List<(int, int)>();
        for (var i = 0; i < word.Length;)
        {
            var length = i + 1 < word.Length && word[i + 1] == word[i] ? 2 : 1;
            if (i + length < word.Length && word[i + length] == word[i])
            {
                return []; // three in a row is not a doubling slip
            }

            runs.Add((i, length));
            i += length;
        }

        return runs;
    }

    /// <summary>The word with runs <paramref name="a"/> and <paramref name="b"/> each doubled or undoubled.</summary>
    private static string Toggled(string word, List<(int Start, int Length)> runs, int a, int b)
    {
        var text = new System.Text.StringBuilder(word.Length + 2);
        for (var r = 0; r < runs.Count; r++)
        {
            var (start, length) = runs[r];
            var count = r == a || r == b ? 3 - length : length;
            text.Append(word[start], count);
        }

        return text.ToString();
    }

    /// <summary>One slip from the candidate; for a word of four letters or fewer, only a dropped letter or a swap.</summary>
    private static bool IsSlipOf(string candidate, string word) =>
        word.Length <= 4 ? Edits.DroppedOrSwapped(candidate, word) : Edits.AtMostOne(candidate, word);

    /// <summary>
    /// At most two slips (or <paramref name="slips"/>) from a word English writers often misspell
    /// (Etiquette/Misspelt). A capitalised word inside a sentence is taken for a name unless one
    /// slip from such a word: "booked for Febuary" is the month misspelt.
    /// </summary>
    private static bool NearOftenMisspelt(string word, int slips = 2)
    {
        var lower = word.ToLowerInvariant();
        return lower.Length >= 5 && OftenMisspelt.Any(w => Math.Abs(w.Length - lower.Length) <= slips && (slips == 1 ? Edits.AtMostOne(w, lower) : Edits.Distance(w, lower) <= slips));
    }

    private static readonly string[] OftenMisspelt = [.. LoadList("Misspelt/")];

    private bool IsCommonWord(string candidate) => !candidate.Contains(' ') && speller.IsCorrect(candidate.ToLowerInvariant());

    private static HashSet<string> Known(NoteCheckContext context)
    {
        var known = new HashSet<string>(context.KnownNames.SelectMany(n => Words().Matches(n).Select(m => m.Value)), StringComparer.OrdinalIgnoreCase);
        known.UnionWith(context.AgencyWords);
        return known;
    }

    private bool IsKnown(string word, HashSet<string> known)
    {
        if (known.Contains(word) || ShippedWords.Contains(word))
        {
            return true;
        }

        // "memoisation", "containerised": the British -ise of a word the dictionaries know only with -ize.
        if (BritishIse().Match(word) is { Success: true } ise && speller.IsCorrect(word[..ise.Index] + "iz" + word[(ise.Index + 2)..]))
        {
            return true;
        }

        // "eMoney", "doTERRA", "PropertyMe": a capital inside a word marks a brand, spelt as its owner spells it.
        if (word.Length > 3 && word.Skip(1).Any(char.IsUpper) && word.Any(char.IsLower))
        {
            return true;
        }

        // "thankin'", "lookin'": a dropped g is written speech (the casual rule's business), not a misspelling.
        if (word.Length > 4 && word.EndsWith("in", StringComparison.OrdinalIgnoreCase) && speller.IsCorrect(word + "g"))
        {
            return true;
        }

        // "Brightwhisk's roadmap…": a known name's possessive is that name (the dictionary knows only its own words' possessives).
        if (word.Length > 2 && Possessive().IsMatch(word) && known.Contains(word[..^2]))
        {
            return true;
        }

        // "résumé", "naïve": the accents are right, and so is the word without them.
        var plain = PlainLetters.WithoutAccents(word);
        if (!ReferenceEquals(plain, word) && (speller.IsCorrect(plain) || ShippedWords.Contains(plain)))
        {
            return true;
        }

        // "wednesday", "uk": a proper noun or abbreviation in lower case is careless, not misspelt.
        if (word.All(char.IsLower) && (speller.IsCorrect(char.ToUpperInvariant(word[0]) + word[1..]) || speller.IsCorrect(word.ToUpperInvariant())))
        {
            return true;
        }

        return Inflection(word) is { } stem && (known.Contains(stem) || ShippedWords.Contains(stem) || speller.IsCorrect(stem));
    }

    /// <summary>
    /// The known word a regular plural or verb form is built on ("rigids", "rostered",
    /// "forklifted"), where the dictionary lacks the form. A stem that would need its last
    /// letter doubled ("stoped" for "stopped") is not offered: that is the misspelling, and so is
    /// a plain -s where English writes -es or -ies ("launchs", "boxs", "companys").
    /// </summary>
    private static string? Inflection(string word)
    {
        var w = word.ToLowerInvariant();
        if (w.Length > 4 && w.EndsWith('s') && !w.EndsWith("ss", StringComparison.Ordinal))
        {
            var stem = w[..^1];
            var wantsEs = stem.EndsWith("ch", StringComparison.Ordinal) || stem.EndsWith("sh", StringComparison.Ordinal) || stem[^1] is 'x' or 'z';
            var wantsIes = stem[^1] == 'y' && !IsVowel(stem[^2]);
            return wantsEs || wantsIes ? null : stem;
        }

        foreach (var suffix in (string[])["ed", "ing"])
        {
            if (w.Length > suffix.Length + 4 && w.EndsWith(suffix, StringComparison.Ordinal))
            {
                var stem = w[..^suffix.Length];
                if (stem.EndsWith("er", StringComparison.Ordinal) || (!IsVowel(stem[^1]) && !IsVowel(stem[^2])))
                {
                    return stem;
                }
            }
        }

        return null;
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';

    /// <summary>
    /// A capitalised word followed by another the dictionary does not know ("Battlestar
    /// Galactica") is a name, even first in a sentence; before a known word ("Dera Sarah",
    /// "Thnak You") it is a misspelling.
    /// </summary>
    private bool StartsName(string body, int end, HashSet<string> known)
    {
        if (!(end + 2 < body.Length && body[end] == ' ' && char.IsUpper(body[end + 1]) && char.IsLower(body[end + 2])))
        {
            return false;
        }

        var next = Words().Match(body, end + 1).Value;
        return !known.Contains(next) && !speller.IsCorrect(next);
    }

    /// <summary>Whether the word is part of an address, a link or a handle: the run of non-space text around it is one.</summary>
    private static bool InAddress(string body, int index)
    {
        var start = index;
        while (start > 0 && !char.IsWhiteSpace(body[start - 1]))
        {
            start--;
        }

        var end = index;
        while (end < body.Length && !char.IsWhiteSpace(body[end]))
        {
            end++;
        }

        var token = body.AsSpan(start, end - start);
        return token.IndexOfAny('@', '.', '/') >= 0 && Address().IsMatch(token);
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

            // "Mr. Das": the full stop of a title does not end a sentence.
            return c is '!' or '?' || (c == '.' && !AfterTitle(body, i));
        }

        return true;
    }

    private static bool AfterTitle(string body, int stop)
    {
        var start = stop;
        while (start > 0 && char.IsLetter(body[start - 1]))
        {
            start--;
        }

        return Titles.Contains(body[start..stop]);
    }

    private static readonly HashSet<string> Titles = new(StringComparer.OrdinalIgnoreCase) { "Mr", "Mrs", "Ms", "Mx", "Dr", "Prof", "St", "Sr", "Jr", "Rev", "Hon", "Capt", "Col", "Sgt", "Lt" };

    /// <summary>The words of the word lists shipped under one folder, one per line, '#' starting a comment.</summary>
    private static IEnumerable<string> LoadList(string folder) => LoadListed(folder).Select(e => e.Word);

    /// <summary>The words of the word lists shipped under one folder, each with the list it is on.</summary>
    private static IEnumerable<(string List, string Word)> LoadListed(string folder)
    {
        var assembly = typeof(SpellingRule).Assembly;
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(folder, StringComparison.Ordinal)))
        {
            using var reader = new StreamReader(assembly.GetManifestResourceStream(name)!);
            while (reader.ReadLine() is { } line)
            {
                var word = line.Split('#')[0].Trim();
                if (word.Length > 0)
                {
                    yield return (name, word);
                }
            }
        }
    }

    [GeneratedRegex(@"\p{L}[\p{L}'’]*")]
    private static partial Regex Words();

    // Addresses, links and handles: "jo@x.com", "https://…", "linkedin.com/in/jo", "jo.design/work", "@jo".
    [GeneratedRegex(@"@|^\W*https?://|^\W*www\.|\p{Ll}\.[a-z]{2,6}\W*$|\.(com|org|net|io|co|uk|dev|ai|me|app|biz|info|design|studio|tech|site|online|eu|de|fr|au|ca|nz|ie|in)\b|\.[a-z]{2,}/")]
    private static partial Regex Address();
}
