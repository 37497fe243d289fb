using System.Runtime.InteropServices;
using RecruiterLiaison.Application.Etiquette;

namespace RecruiterLiaison.Infrastructure.Spelling;

/// <summary>
/// The Hunspell engine (the one LibreOffice and Firefox use) through its C API. A handle is
/// not thread-safe, so each call borrows one of a few handles (one per core, four at most),
/// opened as needed: checks on different threads do not wait for each other.
/// </summary>
public sealed partial class HunspellSpeller : ISpeller, IDisposable
{
    public const string DictionaryDirectory = "/usr/share/hunspell";
    private const string Library = "libhunspell-1.7.so.0";

    /// <summary>Everyday workplace words the general dictionaries lack; agencies add their own on top.</summary>
    public static readonly IReadOnlyList<string> WorkplaceWords =
    [
        "ok", "okay", "backend", "frontend", "fullstack", "onboarding", "offboarding", "fintech", "healthtech", "devops", "microservices", "microservice",
        "startup", "startups", "scaleup", "stakeholder", "stakeholders", "upskilling", "teammates", "roadmap", "roadmaps", "SaaS", "workstream",
        "hybrid", "onsite", "offsite", "email", "emails", "e-mail", "LinkedIn", "GitHub", "Kubernetes", "PostgreSQL", "NetSuite",
    ];

    // Hunspell's suggest is slow (milliseconds per word) while spell is a microsecond: the same
    // misspellings recur across notes, so suggestions are remembered, up to a bound.
    private const int SuggestionCacheLimit = 10_000;

    private readonly string _aff;
    private readonly string _dic;
    private readonly System.Collections.Concurrent.ConcurrentBag<nint> _idle = [];
    private readonly List<nint> _opened = [];
    // Each handle holds a whole dictionary in memory: a few are enough to keep the cores busy.
    private readonly SemaphoreSlim _slots = new(Math.Min(Environment.ProcessorCount, 4));
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, IReadOnlyList<string>> _suggestions = new(StringComparer.Ordinal);
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, IReadOnlyList<string>> _slips = new(StringComparer.Ordinal);

    // Notes reuse a small vocabulary: a word already judged costs a hash lookup, not a lock and a native call.
    private const int VerdictCacheLimit = 200_000;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, bool> _verdicts = new(StringComparer.Ordinal);

    // Counted apart: ConcurrentDictionary.Count takes every lock, which would serialise the threads.
    private int _verdictCount;
    private int _suggestionCount;
    private int _slipCount;

    // A word longer than this is not a word a note repeats; it is not remembered.
    private const int RememberedLength = 64;
    private readonly HashSet<string> _extraWords;
    private readonly Lazy<NearWords> _nearWords;
    private HunspellSpeller(string aff, string dic, nint first, IEnumerable<string> extraWords)
    {
        _aff = aff;
        _dic = dic;
        _opened.Add(first);
        _idle.Add(first);
        _extraWords = new HashSet<string>(extraWords, StringComparer.OrdinalIgnoreCase);
        _nearWords = new Lazy<NearWords>(() => NearWords.Of(aff, dic));
    }

    /// <summary>The affix file the handles read: the dictionary's own, or its copy without number compounds.</summary>
    public string AffixFile => _aff;

    /// <summary>The etiquette checkers of every spelling setting, on the installed Hunspell dictionaries.</summary>
    public static EtiquetteCheckers Checkers() => new(locale => Open(locale));

    /// <summary>Opens the locale's dictionary (en_US, en_GB); fails with a clear message when it is missing.</summary>
    public static HunspellSpeller Open(string locale, IEnumerable<string>? extraWords = null) => Open(locale, extraWords, exactly: false);

    /// <summary>
    /// Opens the locale's dictionary; <paramref name="exactly"/> reads its own affix file, compound
    /// rules and all, rather than the quicker copy (to show the two judge words alike).
    /// </summary>
    public static HunspellSpeller Open(string locale, IEnumerable<string>? extraWords, bool exactly)
    {
        var aff = Path.Combine(DictionaryDirectory, locale + ".aff");
        var dic = Path.Combine(DictionaryDirectory, locale + ".dic");
        if (!File.Exists(aff) || !File.Exists(dic))
        {
            throw new SpellingUnavailableException($"The Hunspell dictionary {locale} is not installed in {DictionaryDirectory}; run script/bootstrap (packages hunspell-en-us, hunspell-en-gb).");
        }

        try
        {
            var words = exactly ? aff : WithoutNumberCompounds(aff);
            return new HunspellSpeller(words, dic, Hunspell_create(words, dic), WorkplaceWords.Concat(extraWords ?? []));
        }
        catch (DllNotFoundException exception)
        {
            throw new SpellingUnavailableException($"{Library} is not installed; run script/bootstrap (package libhunspell-1.7-0).", exception);
        }
    }

    // The compound directives of the English dictionaries: they serve only numbers ("1st", "22nd").
    private static readonly string[] NumberCompounding = ["COMPOUNDMIN", "COMPOUNDRULE", "ONLYINCOMPOUND"];

    /// <summary>
    /// The affix file without its compound rules, when those are all it compounds with. The English
    /// dictionaries compound only numbers, yet with the rules on Hunspell tries every word it lacks
    /// as a compound split at each letter: five times the cost of the look-up (2.8 µs against 0.5),
    /// paid hundreds of times for each unknown word when its one-slip neighbours are sought. The
    /// checker asks only about words of letters, so its handles read a copy without them, written
    /// once to the temp directory; where that cannot be written, the dictionary's own file.
    /// </summary>
    private static string WithoutNumberCompounds(string aff)
    {
        try
        {
            // Latin-1 maps each byte to one character and back: the file is copied byte for byte, BOM and all, whatever its SET.
            var lines = System.Text.Encoding.Latin1.GetString(File.ReadAllBytes(aff)).Split('\n');
            static bool IsCompounding(string line) => line.StartsWith("COMPOUND", StringComparison.Ordinal) || line.StartsWith("ONLYINCOMPOUND", StringComparison.Ordinal);
            var compounding = lines.Where(IsCompounding).ToList();

            // Compounding of words (COMPOUNDFLAG, COMPOUNDBEGIN…) must stay: then the file is read whole.
            if (compounding.Count == 0 || !compounding.All(l => NumberCompounding.Any(d => l.StartsWith(d + " ", StringComparison.Ordinal))))
            {
                return aff;
            }

            var source = new FileInfo(aff);
            var directory = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "recruiterliaison-hunspell"));
            var copy = Path.Combine(directory.FullName, $"{Path.GetFileNameWithoutExtension(aff)}-{source.Length}-{source.LastWriteTimeUtc.Ticks}.aff");
            if (!File.Exists(copy))
            {
                // Written aside and moved into place: processes starting together never read half a file.
                var partial = $"{copy}.{Environment.ProcessId}.{Guid.NewGuid():N}";
                File.WriteAllBytes(partial, System.Text.Encoding.Latin1.GetBytes(string.Join('\n', lines.Where(l => !IsCompounding(l)))));
                File.Move(partial, copy, overwrite: true);
            }

            return copy;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return aff;
        }
    }

    public bool IsCorrect(string word)
    {
        if (_verdicts.TryGetValue(word, out var known))
        {
            return known;
        }

        bool correct;
        if (_extraWords.Contains(word))
        {
            correct = true;
        }
        else
        {
            correct = With(word.Replace('’', '\''), static (handle, w) => Hunspell_spell(handle, w) != 0);
        }

        if (word.Length <= RememberedLength && Volatile.Read(ref _verdictCount) < VerdictCacheLimit && _verdicts.TryAdd(word, correct))
        {
            Interlocked.Increment(ref _verdictCount);
        }

        return correct;
    }

    /// <summary>A candidate's verdict, not remembered: hundreds of non-words would crowd the cache.</summary>
    public bool IsCandidateCorrect(string word)
    {
        if (_verdicts.TryGetValue(word, out var known))
        {
            return known;
        }

        return _extraWords.Contains(word) || With(word.Replace('’', '\''), static (handle, w) => Hunspell_spell(handle, w) != 0);
    }

    public IReadOnlyList<string> OneSlipAway(string word) =>
        _suggestions.TryGetValue(word, out var cached) ? cached : Slips(word);

    /// <summary>
    /// The dictionary's words one slip from a word, remembered up to a bound: finding them asks
    /// Hunspell about every edit of the word (hundreds of calls), and the spelling rule asks for
    /// them twice for a word it flags, once to tell a slip from a coined word and again to suggest.
    /// </summary>
    private IReadOnlyList<string> Slips(string word)
    {
        if (_slips.TryGetValue(word, out var known))
        {
            return known;
        }

        var slips = OneEditAway.Likeliest(word, IsCandidateCorrect, 3);
        if (word.Length <= RememberedLength && Volatile.Read(ref _slipCount) < SuggestionCacheLimit && _slips.TryAdd(word, slips))
        {
            Interlocked.Increment(ref _slipCount);
        }

        return slips;
    }

    public IReadOnlyList<string> Suggest(string word)
    {
        if (_suggestions.TryGetValue(word, out var cached))
        {
            return cached;
        }

        // Hunspell's own search scores every word of the dictionary (tens of milliseconds a word), so
        // the likelier answers are tried first: a capital ("i'm"), a slip one letter away
        // ("recieved", tried against the dictionary), two words run together ("greatfull"), then
        // words two edits away ("tommorow", from the dictionary's word list, read on first need).
        var suggestions = Likeliest(word);
        if (word.Length <= RememberedLength && Volatile.Read(ref _suggestionCount) < SuggestionCacheLimit && _suggestions.TryAdd(word, suggestions))
        {
            Interlocked.Increment(ref _suggestionCount);
        }

        return suggestions;
    }

    private IReadOnlyList<string> Likeliest(string word)
    {
        if (Recapitalised(word) is { } capital)
        {
            return [capital];
        }

        if (Slips(word) is { Count: > 0 } oneEdit)
        {
            return oneEdit;
        }

        if (RunTogether(word) is { } pair)
        {
            return [pair];
        }

        return _nearWords.Value.Nearest(word, 3) is { Count: > 0 } twoEdits ? twoEdits : SuggestUncached(word);
    }

    private string? Recapitalised(string word) =>
        word.Length > 0 && char.IsLower(word[0]) && char.ToUpperInvariant(word[0]) + word[1..] is var capital && IsCandidateCorrect(capital) ? capital : null;

    /// <summary>Two words written as one, each of at least three letters.</summary>
    private string? RunTogether(string word)
    {
        for (var split = 3; split <= word.Length - 3; split++)
        {
            if (char.IsAsciiLetter(word[split - 1]) && char.IsAsciiLetter(word[split]) && IsCandidateCorrect(word[..split]) && IsCandidateCorrect(word[split..]))
            {
                return word[..split] + " " + word[split..];
            }
        }

        return null;
    }

    private List<string> SuggestUncached(string word)
    {
        return With(word.Replace('’', '\''), static (handle, w) =>
        {
            var count = Hunspell_suggest(handle, out var list, w);
            try
            {
                var suggestions = new List<string>(count);
                for (var i = 0; i < count; i++)
                {
                    suggestions.Add(Marshal.PtrToStringUTF8(Marshal.ReadIntPtr(list, i * IntPtr.Size)) ?? "");
                }

                return suggestions;
            }
            finally
            {
                if (count > 0)
                {
                    Hunspell_free_list(handle, ref list, count);
                }
            }
        });
    }

    /// <summary>Runs a native call on a handle no other thread is using, opening one if all are busy and a core is free.</summary>
    private T With<T>(string word, Func<nint, string, T> call)
    {
        _slots.Wait();
        try
        {
            if (!_idle.TryTake(out var handle))
            {
                handle = Hunspell_create(_aff, _dic);
                lock (_opened)
                {
                    _opened.Add(handle);
                }
            }

            try
            {
                return call(handle, word);
            }
            finally
            {
                _idle.Add(handle);
            }
        }
        finally
        {
            _slots.Release();
        }
    }

    public void Dispose()
    {
        lock (_opened)
        {
            foreach (var handle in _opened)
            {
                Hunspell_destroy(handle);
            }

            _opened.Clear();
        }

        _slots.Dispose();
    }

    [LibraryImport(Library, StringMarshalling = StringMarshalling.Utf8)]
    private static partial nint Hunspell_create(string affpath, string dpath);

    [LibraryImport(Library)]
    private static partial void Hunspell_destroy(nint handle);

    [LibraryImport(Library, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Hunspell_spell(nint handle, string word);

    [LibraryImport(Library, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Hunspell_suggest(nint handle, out nint list, string word);

    [LibraryImport(Library)]
    private static partial void Hunspell_free_list(nint handle, ref nint list, int count);
}
