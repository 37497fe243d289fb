using RecruiterLiaison.Application.Etiquette;

namespace RecruiterLiaison.UnitTests.Etiquette;

/// <summary>
/// A speller over a fixed word list, so rule tests run without the native library; the real
/// Hunspell engine is covered by the integration tests and the corpus test.
/// </summary>
public sealed class WordListSpeller(params (string Misspelling, string[] Suggestions)[] suggestions) : ISpeller
{
    private static readonly HashSet<string> Words = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "about", "after", "agency", "am", "and", "answer", "any", "anything", "appreciated", "application", "are", "as", "at", "be", "before", "best", "by", "careful", "chat",
        "company", "considering", "conversation", "could", "cover", "cut", "day", "dear", "decided", "details", "did", "duties", "enjoyed", "even", "every", "for", "from", "going",
        "good", "happy", "has", "have", "heading", "hearing", "hello", "hope", "how", "i", "in", "interested", "interview", "is", "it", "joining", "kind", "like", "many", "me",
        "meet", "meeting", "more", "my", "news", "next", "not", "of", "on", "one", "or", "out", "over", "pages", "platform", "plans", "rebuilding", "regards", "role", "rota",
        "second", "see", "services", "set", "share", "shares", "sincerely", "spoke", "success", "taking", "team", "tell", "thank", "thanks", "that", "the", "there", "thing",
        "third", "this", "thought", "time", "to", "today", "tracking", "two", "understand", "up", "update", "view", "wanted", "was", "week", "well", "were", "whether", "where",
        "wish", "with", "withdraw", "would", "years", "yours", "you", "your", "accepted", "another", "careful", "else", "hours", "out-of-hours", "sincerely", "opportunity", "dame", "damn", "party", "plans", "check", "can", "call", "our", "mail", "spoke",
    };

    private readonly Dictionary<string, string[]> _suggestions = suggestions.ToDictionary(s => s.Misspelling, s => s.Suggestions, StringComparer.OrdinalIgnoreCase);

    public bool IsCorrect(string word) => Words.Contains(word) || word.Split('-', '\'', '’').All(Words.Contains);

    public IReadOnlyList<string> Suggest(string word) =>
        _suggestions.TryGetValue(word, out var list) ? list : word == "oppertunity" ? ["opportunity"] : [];
}
