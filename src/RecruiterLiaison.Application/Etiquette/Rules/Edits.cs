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
}
