using CsCheck;

namespace RecruiterLiaison.UnitTests.Properties;

/// <summary>What people type and when they act, as generators the domain properties share.</summary>
internal static class DomainInputs
{
    public static readonly DateTimeOffset Monday = new(2026, 11, 16, 8, 0, 0, TimeSpan.Zero);

    private static readonly string[] Words =
    [
        "thank", "you", "for", "the", "interview", "today", "I", "enjoyed", "meeting", "team", "role", "please", "let", "me", "know",
        "résumé", "naïve", "café", "Sarah", "O'Neill", "follow-up", "2026", "👋", "שלום", "مرحبا", "e\u0301", "\u200F", "\t",
    ];

    /// <summary>
    /// The pause before the next action: often none (two people at the same instant), mostly
    /// minutes (a claim lasts 15), sometimes days (windows fall due, invitations expire).
    /// </summary>
    public static readonly Gen<TimeSpan> Pause = Gen.Frequency(
        (2, Gen.Const(TimeSpan.Zero)),
        (6, Gen.Int[1, 20].Select(m => TimeSpan.FromMinutes(m))),
        (2, Gen.Int[1, 4].Select(d => TimeSpan.FromDays(d))));

    /// <summary>A few words as someone would type them, sometimes padded with spaces or line breaks.</summary>
    public static readonly Gen<string> Sentence =
        Gen.Select(Gen.OneOf(Words).Array[1, 12], Gen.OneOf("", " ", "\n", "  \t"), Gen.OneOf("", " ", "\n"),
            (words, before, after) => before + string.Join(' ', words) + after);

    /// <summary>
    /// Text for a field of at most <paramref name="limit"/> characters: mostly sentences, and the
    /// cases a validator exists for (empty, blank, exactly the limit, one over, over only by its padding).
    /// </summary>
    public static Gen<string> Typed(int limit) => Gen.Frequency(
        (12, Sentence),
        (2, Gen.OneOf("", " ", "  \n\t ")),
        (1, Gen.OneOf(new string('x', limit), new string('x', limit + 1), " " + new string('x', limit) + " ")));

    public static bool IsAcceptable(string text, int limit) => !string.IsNullOrWhiteSpace(text) && text.Length <= limit;

    /// <summary>Long texts shortened, so a shrunk counterexample reads on one line.</summary>
    public static string Short(string? text) =>
        text is null ? "null" : text.Length <= 24 ? $"\"{text.Replace("\n", "\\n")}\"" : $"\"{text[..10].Replace("\n", "\\n")}…\" ({text.Length} chars)";

    /// <summary>Like Shouldly's ShouldAllBe, without compiling an expression on every call of a property run thousands of times.</summary>
    public static void Every<T>(IEnumerable<T> items, Func<T, bool> holds, string rule)
    {
        foreach (var item in items)
        {
            holds(item).ShouldBeTrue($"{rule}: {item}");
        }
    }

    /// <summary>Runs <paramref name="act"/>; a refusal is the domain's own exception and nothing else.</summary>
    public static bool Refuses(Action act)
    {
        try
        {
            act();
            return false;
        }
        catch (RecruiterLiaison.Domain.Common.DomainException)
        {
            return true;
        }
    }
}
