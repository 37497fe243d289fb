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

    public static IEnumerable<string> Candidates(string word)
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

        return ranked.OrderBy(r => r.Rank).Select(r => r.Word).Distinct(StringComparer.Ordinal)
            .Where(candidate => candidate.Length > 1)
            .Select(candidate => capital ? char.ToUpperInvariant(candidate[0]) + candidate[1..] : candidate);
    }
}
