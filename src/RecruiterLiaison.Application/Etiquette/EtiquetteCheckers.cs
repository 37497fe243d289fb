using System.Collections.Concurrent;

namespace RecruiterLiaison.Application.Etiquette;

/// <summary>One checker per spelling locale (an agency setting: en_US or en_GB), built once.</summary>
public sealed class EtiquetteCheckers(Func<string, ISpeller?> spellerFor)
{
    private readonly ConcurrentDictionary<string, EtiquetteChecker> _checkers = new(StringComparer.Ordinal);

    public EtiquetteChecker For(string locale) => _checkers.GetOrAdd(locale, l => EtiquetteChecker.Create(spellerFor(l)));
}
