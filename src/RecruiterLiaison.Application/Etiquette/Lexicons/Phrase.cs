namespace RecruiterLiaison.Application.Etiquette.Lexicons;

/// <summary>
/// One lexicon phrase, compiled: a sequence of word slots (a word family, an exact form, or
/// alternatives of either) and gaps (<c>*</c> one word, <c>**</c> up to three). Optional words
/// (<c>word?</c>) are expanded at compile time into the phrase with and without them.
/// </summary>
public sealed class Phrase
{
    private readonly Slot[] _slots;

    private Phrase(string text, Slot[] slots)
    {
        Text = text;
        _slots = slots;
    }

    public string Text { get; }

    /// <summary>The keys (families or exact forms) a note's word must have for this phrase to start there.</summary>
    public IEnumerable<string> FirstKeys => _slots[0].Keys;

    public static IReadOnlyList<Phrase> Compile(string text)
    {
        var variants = new List<List<Slot>> { new() };
        foreach (var part in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var optional = part.EndsWith('?');
            var slot = Slot.Parse(optional ? part[..^1] : part);
            var next = new List<List<Slot>>();
            foreach (var variant in variants)
            {
                next.Add([.. variant, slot]);
                if (optional)
                {
                    next.Add(variant);
                }
            }

            variants = next;
        }

        var phrases = new List<Phrase>();
        foreach (var slots in variants)
        {
            // A gap at either end would only blur the span; it is dropped.
            while (slots.Count > 0 && slots[0].IsGap)
            {
                slots.RemoveAt(0);
            }

            while (slots.Count > 0 && slots[^1].IsGap)
            {
                slots.RemoveAt(slots.Count - 1);
            }

            if (slots.Count == 0)
            {
                throw new FormatException($"'{text}' has no words.");
            }

            phrases.Add(new Phrase(text, [.. slots]));
        }

        return phrases;
    }

    /// <summary>The index just past the phrase when it matches at <paramref name="start"/>, else -1.</summary>
    public int MatchAt(NoteWord[] words, int start) => Match(words, start, 0, words[start].Sentence);

    private int Match(NoteWord[] words, int at, int slot, int sentence)
    {
        if (slot == _slots.Length)
        {
            return at;
        }

        var s = _slots[slot];
        if (s.IsGap)
        {
            for (var skip = s.MinGap; skip <= s.MaxGap; skip++)
            {
                if (at + skip > words.Length || (skip > 0 && words[at + skip - 1].Sentence != sentence))
                {
                    break;
                }

                var end = Match(words, at + skip, slot + 1, sentence);
                if (end >= 0)
                {
                    return end;
                }
            }

            return -1;
        }

        return at < words.Length && words[at].Sentence == sentence && s.Accepts(words[at]) ? Match(words, at + 1, slot + 1, sentence) : -1;
    }

    private sealed class Slot
    {
        private readonly HashSet<string> _families = new(StringComparer.Ordinal);
        private readonly HashSet<string> _forms = new(StringComparer.Ordinal);

        public bool IsGap { get; private init; }

        public int MinGap { get; private init; }

        public int MaxGap { get; private init; }

        public IEnumerable<string> Keys => _families.Concat(_forms);

        public bool Accepts(NoteWord word) => _forms.Contains(word.Form) || _families.Contains(word.Family);

        public static Slot Parse(string part)
        {
            if (part == "*")
            {
                return new Slot { IsGap = true, MinGap = 1, MaxGap = 1 };
            }

            if (part == "**")
            {
                return new Slot { IsGap = true, MinGap = 0, MaxGap = 3 };
            }

            var slot = new Slot();
            foreach (var alternative in part.Split('|', StringSplitOptions.RemoveEmptyEntries))
            {
                var word = alternative.StartsWith('=') ? alternative[1..] : alternative;
                if (word.Length == 0 || word.Any(c => !(char.IsLetterOrDigit(c) || c is '\'' or '’' or '-')))
                {
                    throw new FormatException($"'{part}': a word has letters, digits, apostrophes and hyphens only.");
                }

                if (alternative.StartsWith('='))
                {
                    slot._forms.Add(WordFamily.Normalize(word));
                }
                else
                {
                    slot._families.Add(WordFamily.Key(word));
                }
            }

            if (slot._families.Count + slot._forms.Count == 0)
            {
                throw new FormatException($"'{part}' is empty.");
            }

            return slot;
        }
    }
}
