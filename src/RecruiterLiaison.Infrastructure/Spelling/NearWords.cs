namespace RecruiterLiaison.Infrastructure.Spelling;

/// <summary>
/// The dictionary's words within two edits of a misspelling ("tommorow", "definetly"), found
/// in a fraction of a millisecond: forms are grouped by first letter and length, so a search
/// compares a word with the few thousand that could be near it, and each comparison stops as
/// soon as it is more than two edits apart; a letter's words are read at the first search that needs them. Hunspell's own search for these scores every word
/// of the dictionary and takes tens of milliseconds a word.
/// </summary>
public sealed class NearWords
{
    public const int MaxEdits = 2;
    private const int MaxLength = 40;

    private readonly Func<char, IEnumerable<string>> _formsStartingWith;

    // By first letter (read on first need), then by length: the lower-case form and the dictionary's own spelling.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<char, Lazy<List<(string Key, string Word)>?[]>> _forms = new();

    /// <param name="formsStartingWith">The dictionary's forms that start with a lower-case letter, in either case.</param>
    public NearWords(Func<char, IEnumerable<string>> formsStartingWith) => _formsStartingWith = formsStartingWith;

    public static NearWords Of(string affPath, string dicPath)
    {
        var forms = DictionaryForms.Open(affPath, dicPath);
        return new NearWords(forms.StartingWith);
    }

    private List<(string Key, string Word)>?[] ByLength(char letter) =>
        _forms.GetOrAdd(letter, l => new Lazy<List<(string, string)>?[]>(() => Index(_formsStartingWith(l)))).Value;

    private static List<(string Key, string Word)>?[] Index(IEnumerable<string> words)
    {
        var byLength = new List<(string, string)>?[MaxLength + 1];
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var word in words)
        {
            if (word.Length is < 2 or > MaxLength || !IsLetters(word))
            {
                continue;
            }

            var key = HasCapital(word) ? word.ToLowerInvariant() : word;
            if (seen.Add(key))
            {
                (byLength[key.Length] ??= []).Add((key, word));
            }
        }

        return byLength;
    }

    private static bool IsLetters(string word)
    {
        foreach (var c in word)
        {
            if (!char.IsAsciiLetter(c))
            {
                return false;
            }
        }

        return true;
    }

    private static bool HasCapital(string word)
    {
        foreach (var c in word)
        {
            if (char.IsAsciiLetterUpper(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Up to <paramref name="count"/> words nearest <paramref name="word"/>: fewest edits, then the
    /// letters in common (a slip keeps the letters and muddles them: "definetly" gives "definitely",
    /// not "definably"), then the most neighbouring pairs in common and the longest common start.
    /// Misspellings
    /// seldom change the first letter, so only words that share it are searched.
    /// </summary>
    public IReadOnlyList<string> Nearest(string word, int count)
    {
        if (word.Length is < 3 or > MaxLength || !IsLetters(word))
        {
            return [];
        }

        var key = word.ToLowerInvariant();
        var byLength = ByLength(key[0]);

        var near = new List<(int Edits, int Letters, int Pairs, int Prefix, string Word)>();
        var pairs = LetterPairs(key);
        for (var length = Math.Max(2, key.Length - MaxEdits); length <= Math.Min(MaxLength, key.Length + MaxEdits); length++)
        {
            foreach (var (candidate, spelling) in byLength[length] ?? [])
            {
                var edits = Edits(key, candidate, MaxEdits);
                if (edits is > 0 and <= MaxEdits)
                {
                    near.Add((edits, SharedLetters(key, candidate), LetterPairs(candidate).Count(pairs.Contains), CommonPrefix(key, candidate), spelling));
                }
            }
        }

        var capital = char.IsUpper(word[0]) && word.Skip(1).All(char.IsLower);
        return near
            .OrderBy(n => n.Edits).ThenByDescending(n => n.Letters).ThenByDescending(n => n.Pairs).ThenByDescending(n => n.Prefix).ThenBy(n => n.Word, StringComparer.Ordinal)
            .Select(n => capital && n.Word.All(char.IsLower) ? char.ToUpperInvariant(n.Word[0]) + n.Word[1..] : n.Word)
            .Take(count)
            .ToList();
    }

    private static int SharedLetters(string a, string b)
    {
        Span<int> counts = stackalloc int[26];
        foreach (var letter in a)
        {
            counts[letter - 'a']++;
        }

        var shared = 0;
        foreach (var letter in b)
        {
            if (counts[letter - 'a']-- > 0)
            {
                shared++;
            }
        }

        return shared;
    }

    private static int CommonPrefix(string a, string b)
    {
        var length = 0;
        while (length < a.Length && length < b.Length && a[length] == b[length])
        {
            length++;
        }

        return length;
    }

    private static HashSet<int> LetterPairs(string word)
    {
        var pairs = new HashSet<int>();
        for (var i = 0; i + 1 < word.Length; i++)
        {
            pairs.Add(word[i] << 16 | word[i + 1]);
        }

        return pairs;
    }

    /// <summary>
    /// Edits between two words (insertions, deletions, substitutions and swaps of neighbours:
    /// the optimal-string-alignment distance), or <c>bound + 1</c> as soon as it must exceed the bound.
    /// </summary>
    public static int Edits(string a, string b, int bound)
    {
        if (Math.Abs(a.Length - b.Length) > bound)
        {
            return bound + 1;
        }

        Span<int> before = stackalloc int[b.Length + 1];
        Span<int> previous = stackalloc int[b.Length + 1];
        Span<int> current = stackalloc int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowBest = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var value = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    value = Math.Min(value, before[j - 2] + 1);
                }

                current[j] = value;
                rowBest = Math.Min(rowBest, value);
            }

            if (rowBest > bound)
            {
                return bound + 1;
            }

            var spare = before;
            before = previous;
            previous = current;
            current = spare;
        }

        return Math.Min(previous[b.Length], bound + 1);
    }
}
