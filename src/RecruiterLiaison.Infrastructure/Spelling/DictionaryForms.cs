namespace RecruiterLiaison.Infrastructure.Spelling;

/// <summary>
/// Every word form a Hunspell dictionary spells: each stem of the <c>.dic</c> file with the
/// prefixes and suffixes its flags allow (the <c>PFX</c>/<c>SFX</c> tables of the <c>.aff</c>
/// file), as Hunspell's own <c>unmunch</c> lists them. Hunspell cannot enumerate its words,
/// and finding words near a misspelling needs them. Stems marked NOSUGGEST (offensive words)
/// are left out; compound rules and continuation classes are not followed, so a few rare forms
/// are missing, which only means they are not suggested.
/// </summary>
public sealed class DictionaryForms
{
    private readonly Affixes _affixes;
    private readonly List<(string Stem, string Flags)> _stems;

    private DictionaryForms(Affixes affixes, List<(string Stem, string Flags)> stems)
    {
        _affixes = affixes;
        _stems = stems;
    }

    public static DictionaryForms Open(string affPath, string dicPath)
    {
        var affixes = Affixes.Read(affPath);
        var stems = new List<(string, string)>();
        foreach (var line in File.ReadLines(dicPath).Skip(1))
        {
            // "stem/flags", then morphological fields after a tab that spelling does not need.
            var tab = line.IndexOf('\t');
            var entry = tab < 0 ? line : line[..tab];
            if (entry.Length == 0)
            {
                continue;
            }

            var slash = IndexOfFlags(entry);
            var flags = slash < 0 ? "" : entry[(slash + 1)..];
            if (affixes.NoSuggest is not { } noSuggest || !flags.Contains(noSuggest))
            {
                stems.Add((slash < 0 ? entry : entry[..slash], flags));
            }
        }

        return new DictionaryForms(affixes, stems);
    }

    /// <summary>Every form.</summary>
    public List<string> All()
    {
        var forms = new List<string>();
        foreach (var (stem, flags) in _stems)
        {
            _affixes.AddForms(stem, flags, forms);
        }

        return forms;
    }

    /// <summary>
    /// The forms that start with a letter (either case): a search for words near a misspelling
    /// needs only those, and expanding a twenty-sixth of the dictionary is quick enough to do
    /// at the first misspelling that asks. Suffixes keep a stem's first letter; only stems that
    /// take a prefix can start with another.
    /// </summary>
    public List<string> StartingWith(char letter)
    {
        var forms = new List<string>();
        var scratch = new List<string>();
        foreach (var (stem, flags) in _stems)
        {
            var same = char.ToLowerInvariant(stem[0]) == letter;
            if (!same && !_affixes.TakesPrefix(flags))
            {
                continue;
            }

            scratch.Clear();
            _affixes.AddForms(stem, flags, scratch);
            foreach (var form in scratch)
            {
                if (char.ToLowerInvariant(form[0]) == letter)
                {
                    forms.Add(form);
                }
            }
        }

        return forms;
    }

    // A slash escaped as "\/" is part of the word ("km\/h"), not the start of its flags.
    private static int IndexOfFlags(string entry)
    {
        for (var i = 1; i < entry.Length; i++)
        {
            if (entry[i] == '/' && entry[i - 1] != '\\')
            {
                return i;
            }
        }

        return -1;
    }

    private sealed record Affix(string Strip, string Add, Condition Condition);

    /// <summary>
    /// An affix's condition: the letters the stem must start with (a prefix) or end with (a suffix),
    /// each a letter, a class ("[aeiou]", "[^aeiou]") or any letter ("."). Matched by hand: a
    /// regular expression per test made reading a dictionary ten times slower.
    /// </summary>
    private sealed class Condition
    {
        private readonly List<(string Letters, bool Negated)> _positions = [];

        public static Condition Parse(string text)
        {
            var condition = new Condition();
            for (var i = 0; i < text.Length; i++)
            {
                if (text[i] == '[')
                {
                    var close = text.IndexOf(']', i);
                    if (close < 0)
                    {
                        // A class left open is a fault of the affix file: the condition then
                        // holds for any stem rather than stopping every search.
                        return new Condition();
                    }

                    var negated = i + 1 < close && text[i + 1] == '^';
                    condition._positions.Add((text[(i + (negated ? 2 : 1))..close], negated));
                    i = close;
                }
                else
                {
                    condition._positions.Add(text[i] == '.' ? ("", true) : (text[i].ToString(), false));
                }
            }

            return condition;
        }

        public bool Matches(string stem, bool prefix)
        {
            if (stem.Length < _positions.Count)
            {
                return false;
            }

            var offset = prefix ? 0 : stem.Length - _positions.Count;
            for (var i = 0; i < _positions.Count; i++)
            {
                var (letters, negated) = _positions[i];
                if (letters.Contains(stem[offset + i]) == negated)
                {
                    return false;
                }
            }

            return true;
        }
    }

    private sealed record AffixClass(bool IsPrefix, bool CrossProduct, List<Affix> Entries);

    private sealed class Affixes
    {
        private readonly Dictionary<char, AffixClass> _classes = [];

        public char? NoSuggest { get; private set; }

        public static Affixes Read(string path)
        {
            var affixes = new Affixes();
            foreach (var line in File.ReadLines(path))
            {
                var fields = line.Split(' ', '\t', StringSplitOptions.RemoveEmptyEntries);
                if (fields.Length >= 2 && fields[0] == "NOSUGGEST" && fields[1].Length == 1)
                {
                    affixes.NoSuggest = fields[1][0];
                    continue;
                }

                if (fields.Length < 4 || fields[0] is not ("PFX" or "SFX") || fields[1].Length != 1)
                {
                    continue;
                }

                var isPrefix = fields[0] == "PFX";
                var flag = fields[1][0];
                if (fields.Length == 4 && fields[2] is "Y" or "N" && int.TryParse(fields[3], out _))
                {
                    affixes._classes[flag] = new AffixClass(isPrefix, fields[2] == "Y", []);
                }
                else if (fields.Length >= 5 && affixes._classes.TryGetValue(flag, out var affixClass))
                {
                    var (strip, add, condition) = (fields[2], fields[3], fields[4]);
                    affixClass.Entries.Add(new Affix(strip == "0" ? "" : strip, (add == "0" ? "" : add).Split('/')[0], Condition.Parse(condition)));
                }
            }

            return affixes;
        }

        public bool TakesPrefix(string flags)
        {
            foreach (var flag in flags)
            {
                if (_classes.TryGetValue(flag, out var c) && c.IsPrefix)
                {
                    return true;
                }
            }

            return false;
        }

        public void AddForms(string stem, string flags, List<string> forms)
        {
            forms.Add(stem);
            List<(Affix Affix, bool Cross)>? prefixes = null;
            foreach (var flag in flags)
            {
                if (_classes.TryGetValue(flag, out var c) && c.IsPrefix)
                {
                    foreach (var affix in c.Entries)
                    {
                        if (Applies(affix, stem, prefix: true))
                        {
                            (prefixes ??= []).Add((affix, c.CrossProduct));
                            forms.Add(affix.Add + stem[affix.Strip.Length..]);
                        }
                    }
                }
            }

            foreach (var flag in flags)
            {
                if (!_classes.TryGetValue(flag, out var c) || c.IsPrefix)
                {
                    continue;
                }

                foreach (var affix in c.Entries)
                {
                    if (!Applies(affix, stem, prefix: false))
                    {
                        continue;
                    }

                    var form = stem[..^affix.Strip.Length] + affix.Add;
                    forms.Add(form);
                    if (c.CrossProduct && prefixes is not null)
                    {
                        foreach (var (prefix, cross) in prefixes)
                        {
                            if (cross && form.StartsWith(prefix.Strip, StringComparison.Ordinal))
                            {
                                forms.Add(prefix.Add + form[prefix.Strip.Length..]);
                            }
                        }
                    }
                }
            }
        }

        private static bool Applies(Affix affix, string stem, bool prefix) =>
            stem.Length > affix.Strip.Length
            && (prefix ? stem.StartsWith(affix.Strip, StringComparison.Ordinal) : stem.EndsWith(affix.Strip, StringComparison.Ordinal))
            && affix.Condition.Matches(stem, prefix);
    }
}
