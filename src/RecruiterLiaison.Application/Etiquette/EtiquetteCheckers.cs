using System.Collections.Concurrent;

namespace RecruiterLiaison.Application.Etiquette;

/// <summary>
/// One checker per agency spelling setting, built once: <c>en</c> accepts US and British
/// spellings alike; <c>en_US</c> or <c>en_GB</c> holds notes to one, pointing out the other
/// variety's forms as information rather than misspellings.
/// </summary>
public sealed class EtiquetteCheckers(Func<string, ISpeller> dictionary)
{
    // Lazy: two first requests at once open one dictionary, not two (a dictionary is megabytes).
    private readonly ConcurrentDictionary<string, Lazy<EtiquetteChecker>> _checkers = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Lazy<ISpeller>> _dictionaries = new(StringComparer.Ordinal);

    public EtiquetteChecker For(string locale) => _checkers.GetOrAdd(locale, l => new Lazy<EtiquetteChecker>(() => Build(l))).Value;

    private EtiquetteChecker Build(string locale)
    {
        // Every setting reads both dictionaries; each takes tens of milliseconds to open, so they
        // open side by side while the lexicons and the tone model load, not one after the other.
        var american = Task.Run(() => Dictionary("en_US"));
        var british = Task.Run(() => Dictionary("en_GB"));
        _ = Lexicons.LexiconRules.Shipped;
        _ = Tone.ToneModel.Shipped;
        var (us, gb) = (american.GetAwaiter().GetResult(), british.GetAwaiter().GetResult());
        return locale switch
        {
            "en_US" => EtiquetteChecker.Create(us, new SpellingVariety(gb, "British", "American")),
            "en_GB" => EtiquetteChecker.Create(gb, new SpellingVariety(us, "American", "British")),
            _ => EtiquetteChecker.Create(new EitherSpeller(us, gb)),
        };
    }

    private ISpeller Dictionary(string locale) => _dictionaries.GetOrAdd(locale, l => new Lazy<ISpeller>(() => dictionary(l))).Value;
}

/// <summary>The other English, when an agency writes one strictly: its forms are named, not called misspelt.</summary>
public sealed record SpellingVariety(ISpeller Other, string OtherName, string AgencyName);

/// <summary>A word is right when either dictionary has it; suggestions come from the first, or the second when it has none.</summary>
public sealed class EitherSpeller(ISpeller first, ISpeller second) : ISpeller
{
    public bool IsCorrect(string word) => first.IsCorrect(word) || second.IsCorrect(word);

    public IReadOnlyList<string> Suggest(string word) => first.Suggest(word) is { Count: > 0 } suggestions ? suggestions : second.Suggest(word);

    public IReadOnlyList<string> OneSlipAway(string word) => first.OneSlipAway(word) is { Count: > 0 } words ? words : second.OneSlipAway(word);

    public bool IsCandidateCorrect(string word) => first.IsCandidateCorrect(word) || second.IsCandidateCorrect(word);
}
