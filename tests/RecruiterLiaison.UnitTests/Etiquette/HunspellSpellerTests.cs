using RecruiterLiaison.Infrastructure.Spelling;

namespace RecruiterLiaison.UnitTests.Etiquette;

/// <summary>
/// The speller reads a copy of the dictionary's affix file without the compound rules, which in
/// the English dictionaries serve only numbers ("1st", "22nd"): on words of letters, the only
/// words the checker asks about, it must judge exactly as the dictionary does.
/// </summary>
public sealed class HunspellSpellerTests
{
    [Theory]
    [InlineData("en_US")]
    [InlineData("en_GB")]
    public void The_affix_file_read_is_the_dictionarys_without_its_number_compounds(string locale)
    {
        using var speller = HunspellSpeller.Open(locale);
        var original = File.ReadAllBytes(Path.Combine(HunspellSpeller.DictionaryDirectory, locale + ".aff"));

        speller.AffixFile.ShouldNotStartWith(HunspellSpeller.DictionaryDirectory);
        var expected = System.Text.Encoding.Latin1.GetString(original).Split('\n')
            .Where(l => !l.StartsWith("COMPOUND", StringComparison.Ordinal) && !l.StartsWith("ONLYINCOMPOUND", StringComparison.Ordinal));
        File.ReadAllBytes(speller.AffixFile).ShouldBe(System.Text.Encoding.Latin1.GetBytes(string.Join('\n', expected)));
    }

    [Theory]
    [InlineData("en_US")]
    [InlineData("en_GB")]
    public void Words_of_letters_and_their_slips_are_judged_as_the_dictionary_judges_them(string locale)
    {
        using var quick = HunspellSpeller.Open(locale);
        using var exact = HunspellSpeller.Open(locale, null, exactly: true);

        // Every fortieth stem of the dictionary, and every one-letter slip of every four-hundredth.
        var stems = File.ReadLines(Path.Combine(HunspellSpeller.DictionaryDirectory, locale + ".dic")).Skip(1)
            .Select(l => l.Split('/', '\t')[0])
            .Where(w => w.Length >= 3 && w.All(char.IsAsciiLetter))
            .ToList();
        var words = stems.Where((_, i) => i % 40 == 0)
            .Concat(stems.Where((_, i) => i % 400 == 0).SelectMany(w => OneEditAway.Candidates(w).Select(c => c.Word)))
            .Distinct()
            .ToList();

        words.Count.ShouldBeGreaterThan(5_000);
        words.Where(w => quick.IsCorrect(w) != exact.IsCorrect(w)).ShouldBeEmpty();
        words.Count(exact.IsCorrect).ShouldBeGreaterThan(1_000); // the sample holds words, not only slips
    }
}
