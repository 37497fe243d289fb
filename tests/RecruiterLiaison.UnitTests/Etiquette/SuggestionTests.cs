using RecruiterLiaison.Infrastructure.Spelling;

namespace RecruiterLiaison.UnitTests.Etiquette;

/// <summary>Where a misspelling's suggestions come from, and that they are the words a writer meant.</summary>
public sealed class SuggestionTests
{
    private static readonly Lazy<NearWords> American = new(() =>
        NearWords.Of(Path.Combine(HunspellSpeller.DictionaryDirectory, "en_US.aff"), Path.Combine(HunspellSpeller.DictionaryDirectory, "en_US.dic")));

    [Theory]
    [InlineData("tommorow", "tomorrow")]
    [InlineData("definetly", "definitely")]
    [InlineData("greatful", "grateful")]
    [InlineData("Acheivment", "Achievement")]
    public void A_word_two_slips_away_is_suggested_first(string misspelt, string meant) =>
        American.Value.Nearest(misspelt, 3)[0].ShouldBe(meant);

    [Fact]
    public void Nothing_is_suggested_for_a_word_unlike_any_other() =>
        American.Value.Nearest("xqzvtrwpl", 3).ShouldBeEmpty();

    [Theory]
    [InlineData("ab", "ba", 1)]
    [InlineData("recieved", "received", 1)]
    [InlineData("tommorow", "tomorrow", 2)]
    [InlineData("cat", "dogs", 3)]
    public void Edits_count_swaps_as_one_and_stop_past_the_bound(string a, string b, int edits) =>
        NearWords.Edits(a, b, 2).ShouldBe(edits);

    [Theory]
    [InlineData("i'm", "I'm")]
    [InlineData("greatfull", "great full")]
    [InlineData("tommorow", "tomorrow")]
    [InlineData("recieved", "received")]
    public void The_speller_tries_the_likely_answers_before_its_slow_search(string misspelt, string meant)
    {
        using var speller = HunspellSpeller.Open("en_US");

        speller.Suggest(misspelt)[0].ShouldBe(meant);
    }

    [Fact]
    public void Dictionary_forms_follow_the_affix_rules_and_leave_out_words_never_to_suggest()
    {
        var directory = Directory.CreateTempSubdirectory("rl-affixes");
        try
        {
            var aff = Path.Combine(directory.FullName, "t.aff");
            var dic = Path.Combine(directory.FullName, "t.dic");
            File.WriteAllLines(aff,
            [
                "SET UTF-8",
                "NOSUGGEST !",
                "PFX U Y 1",
                "PFX U 0 un .",
                "SFX G Y 2",
                "SFX G e ing e",
                "SFX G 0 ing [^e]",
                "SFX Y N 1",
                "SFX Y y ies [^aeiou]y",
            ]);
            File.WriteAllLines(dic, ["4", "make/UG", "try/Y", "play/Y", "darn/!"]);

            var forms = DictionaryForms.Open(aff, dic);

            forms.All().Order(StringComparer.Ordinal).ShouldBe(["make", "making", "play", "tries", "try", "unmake", "unmaking"]);
            forms.StartingWith('u').Order(StringComparer.Ordinal).ShouldBe(["unmake", "unmaking"]);
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }
}
