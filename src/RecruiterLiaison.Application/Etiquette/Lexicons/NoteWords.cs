namespace RecruiterLiaison.Application.Etiquette.Lexicons;

/// <summary>One word of a note: where it is, its lower-case form, its family key and its sentence.</summary>
public readonly record struct NoteWord(int Start, int Length, string Form, string Family, int Sentence);

/// <summary>
/// A note cut into words once, for every lexicon to read: words are letters, digits and inner
/// apostrophes or hyphens; '.', '!', '?', ';', ':' and line breaks end a sentence, so no phrase
/// spans two thoughts.
/// </summary>
public sealed class NoteWords
{
    private NoteWords(NoteWord[] words) => Words = words;

    public NoteWord[] Words { get; }

    public static NoteWords Of(string body)
    {
        var words = new List<NoteWord>(body.Length / 5);
        var sentence = 0;
        var i = 0;
        while (i < body.Length)
        {
            var c = body[i];
            if (char.IsLetterOrDigit(c))
            {
                var start = i;
                while (i < body.Length && (char.IsLetterOrDigit(body[i]) || (IsJoiner(body[i]) && i + 1 < body.Length && char.IsLetter(body[i + 1]) && i > start)))
                {
                    i++;
                }

                var (form, family) = Forms(body.AsSpan(start, i - start));
                words.Add(new NoteWord(start, i - start, form, family, sentence));
                continue;
            }

            if (c is '.' or '!' or '?' or ';' or ':' && !(c is '.' or ':' && i + 1 < body.Length && char.IsLetterOrDigit(body[i + 1])))
            {
                sentence++;
            }
            else if (c == '\n')
            {
                sentence++;
            }

            i++;
        }

        return new NoteWords([.. words]);
    }

    // Notes reuse a small vocabulary: a word seen before costs one lookup, not its normalising and stemming.
    private const int RememberedWords = 100_000;
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, (string Form, string Family)> Remembered = new(StringComparer.Ordinal);
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, (string Form, string Family)>.AlternateLookup<ReadOnlySpan<char>> RememberedBySpan = Remembered.GetAlternateLookup<ReadOnlySpan<char>>();

    private static int _remembered;

    private static (string Form, string Family) Forms(ReadOnlySpan<char> word)
    {
        if (RememberedBySpan.TryGetValue(word, out var known))
        {
            return known;
        }

        var text = word.ToString();
        var form = WordFamily.Normalize(text);
        var forms = (form, WordFamily.Key(form));

        // Counted apart: ConcurrentDictionary.Count takes every lock. Long "words" are not remembered.
        if (text.Length <= 64 && Volatile.Read(ref _remembered) < RememberedWords && Remembered.TryAdd(text, forms))
        {
            Interlocked.Increment(ref _remembered);
        }

        return forms;
    }

    private static bool IsJoiner(char c) => c is '\'' or '’' or '-';
}
