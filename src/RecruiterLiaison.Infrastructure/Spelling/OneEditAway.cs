namespace RecruiterLiaison.Infrastructure.Spelling;

/// <summary>
/// The words one edit from a misspelling, likeliest slip first: two letters swapped
/// ("recieve"), a doubled letter dropped or added ("begining", "accomodate"), a vowel for a
/// vowel ("definately"), then any other letter added, dropped or replaced.
/// </summary>
public static class OneEditAway
{
    private const string Letters = "abcdefghijklmnopqrstuvwxyz";
    private const string Vowels = "aeiou";

    /// <summary>
    /// Up to <paramref name="count"/> words the dictionary knows, from the likeliest kind of slip
    /// that yields any: a word two letters from a swap is not passed over for a rarer edit.
    /// </summary>
    public static List<string> Likeliest(string word, Func<string, bool> isWord, int count)
    {
        var found = new List<string>(count);
        foreach (var rank in Candidates(word).GroupBy(c => c.Rank).OrderBy(g => g.Key))
        {
            foreach (var (_, candidate) in rank)
            {
                if (!found.Contains(candidate) && isWord(candidate))
                {
                    found.Add(candidate);
                    if (found.Count == count)
                    {
                        return found;
                    }
                }
            }

            if (found.Count > 0)
            {
                return found;
            }
        }

        return found;
    }

    /// <summary>Every word one edit away, with the rank of its kind of slip (0 likeliest).</summary>
    public static IEnumerable<(int Rank, string Word)> Candidates(string word)
    {
        if (word.Length is < 3 or > 30 || !word.All(char.IsAsciiLetter))
        {
            return [];
        }

        var capital = char.IsUpper(word[0]) && word.Skip(1).All(char.IsLower);
        var w = word.ToLowerInvariant();
        var ranked = new List<(int Rank, string Word)>();
        for (var i = 0; i + 1 < w.Length; i++)
        {
            if (w[i] != w[i + 1])
            {
                ranked.Add((0, w[..i] + w[i + 1] + w[i] + w[(i + 2)..]));
            }
        }

        for (var i = 0; i < w.Length; i++)
        {
            var deleted = w[..i] + w[(i + 1)..];
            ranked.Add((i > 0 && w[i - 1] == w[i] ? 1 : 3, deleted));
            ranked.Add((1, w[..i] + w[i] + w[i..]));
            foreach (var c in Letters)
            {
                if (c != w[i])
                {
                    ranked.Add((Vowels.Contains(c) && Vowels.Contains(w[i]) ? 2 : 4, w[..i] + c + w[(i + 1)..]));
                }
            }
        }

        for (var i = 0; i <= w.Length; i++)
        {
            foreach (var c in Letters)
            {
                ranked.Add((3, w[..i] + c + w[i..]));
            }
        }

        return ranked.Where(r => r.Word.Length > 1)
            .Select(r => (r.Rank, capital ? char.ToUpperInvariant(r.Word[0]) + r.Word[1..] : r.Word));
    }
}
