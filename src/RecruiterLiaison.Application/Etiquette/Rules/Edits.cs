namespace RecruiterLiaison.Application.Etiquette.Rules;

/// <summary>Whether two words are one slip apart: a letter added, dropped or changed, or two neighbours swapped (case aside).</summary>
public static class Edits
{
    public static bool AtMostOne(string a, string b)
    {
        if (Math.Abs(a.Length - b.Length) > 1)
        {
            return false;
        }

        var (x, y) = (a.ToLowerInvariant(), b.ToLowerInvariant());
        var same = 0;
        while (same < x.Length && same < y.Length && x[same] == y[same])
        {
            same++;
        }

        if (x.Length != y.Length)
        {
            var (longer, shorter) = x.Length > y.Length ? (x, y) : (y, x);
            return longer.AsSpan(same + 1).SequenceEqual(shorter.AsSpan(same));
        }

        return same == x.Length
            || x.AsSpan(same + 1).SequenceEqual(y.AsSpan(same + 1))
            || (same + 1 < x.Length && x[same] == y[same + 1] && x[same + 1] == y[same] && x.AsSpan(same + 2).SequenceEqual(y.AsSpan(same + 2)));
    }

    /// <summary>
    /// Whether <paramref name="slip"/> is <paramref name="word"/> with a letter dropped ("wich")
    /// or two neighbours swapped ("teh"): the slips a short word suffers. A changed letter is
    /// not counted, since so many short words of other languages are one letter from an
    /// English one ("boet", "atau").
    /// </summary>
    public static bool DroppedOrSwapped(string word, string slip)
    {
        var (x, y) = (word.ToLowerInvariant(), slip.ToLowerInvariant());
        return (x.Length == y.Length + 1 || (x.Length == y.Length && x != y && x.Order().SequenceEqual(y.Order()))) && AtMostOne(x, y);
    }

    /// <summary>Whether the slip is the word with one of its letters written twice ("writting").</summary>
    public static bool Doubled(string word, string slip)
    {
        var (x, y) = (word.ToLowerInvariant(), slip.ToLowerInvariant());
        if (y.Length != x.Length + 1)
        {
            return false;
        }

        for (var i = 0; i + 1 < y.Length; i++)
        {
            if (y[i] == y[i + 1] && string.CompareOrdinal(y.Remove(i, 1), x) == 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The slips between two words: letters added, dropped, changed or swapped with a neighbour (case aside).</summary>
    public static int Distance(string a, string b)
    {
        var (x, y) = (a.ToLowerInvariant(), b.ToLowerInvariant());

        // Three rows of the table (two back, the last, this one), on the stack for words of the
        // usual length: the spelling rule measures each unknown word against hundreds of others.
        var width = y.Length + 1;
        Span<int> rows = width <= 128 ? stackalloc int[3 * width] : new int[3 * width];
        var (twoBack, last, current) = (0, width, 2 * width);
        for (var j = 0; j < width; j++)
        {
            rows[last + j] = j;
        }

        for (var i = 1; i <= x.Length; i++)
        {
            rows[current] = i;
            for (var j = 1; j <= y.Length; j++)
            {
                var cost = x[i - 1] == y[j - 1] ? 0 : 1;
                var d = Math.Min(Math.Min(rows[last + j] + 1, rows[current + j - 1] + 1), rows[last + j - 1] + cost);
                if (i > 1 && j > 1 && x[i - 1] == y[j - 2] && x[i - 2] == y[j - 1])
                {
                    d = Math.Min(d, rows[twoBack + j - 2] + 1);
                }

                rows[current + j] = d;
            }

            (twoBack, last, current) = (last, current, twoBack);
        }

        return rows[last + y.Length];
    }
}
