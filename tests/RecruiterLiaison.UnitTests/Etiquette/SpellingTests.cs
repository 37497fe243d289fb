using RecruiterLiaison.Application.Etiquette;
using RecruiterLiaison.Domain.Notes;
using RecruiterLiaison.Infrastructure.Spelling;

namespace RecruiterLiaison.UnitTests.Etiquette;

/// <summary>Spelling that fits the writer, on the real Hunspell dictionaries.</summary>
public sealed class SpellingTests
{
    private static readonly EtiquetteCheckers Checkers = new(locale => HunspellSpeller.Open(locale));

    [Theory]
    [InlineData("I realised the programme needed a new catalogue for the organisation.")]
    [InlineData("I realized the program needed a new catalog for the organization.")]
    public void By_default_US_and_British_spellings_are_both_right(string sentence) =>
        Misspelt("en", sentence).ShouldBeEmpty();

    [Fact]
    public void An_agency_that_writes_US_English_strictly_hears_of_British_forms_as_information()
    {
        var findings = Spelling("en_US", "The colour scheme of the programme was great.");

        findings.Select(f => f.Severity).ShouldBe([FindingSeverity.Info, FindingSeverity.Info]);
        findings[0].Message.ShouldBe("\"colour\" is the British spelling; your agency writes American English.");
        findings[0].Suggestion!.ShouldStartWith("color");
    }

    [Fact]
    public void An_agency_that_writes_British_English_strictly_hears_of_US_forms_as_information()
    {
        var finding = Spelling("en_GB", "The color was right.").ShouldHaveSingleItem();

        finding.Severity.ShouldBe(FindingSeverity.Info);
        finding.Message.ShouldContain("American spelling; your agency writes British English");
    }

    [Theory]
    [InlineData("My résumé is attached; it was naïve of me to forget it at the café.")]
    [InlineData("We rolled out the rebrand, the failover and the cutover with dbt and Terraform.")]
    [InlineData("I can start on wednesday, when I am back from the uk.")]
    [InlineData("The rigids were rostered and forklifted on time.")]
    [InlineData("We upgraded the SCADA and HVAC controls, then the KUBECTL scripts and the FINRA filings.")] // acronyms inside a sentence
    public void Legitimate_words_of_candidates_are_not_misspellings(string sentence) =>
        Misspelt("en", sentence).ShouldBeEmpty();

    [Theory]
    [InlineData("I recieved your note.", "recieved")]
    [InlineData("We stoped the rollout.", "stoped")]
    [InlineData("Both product launchs went well.", "launchs")] // -es, not -s, after ch, sh, x, z
    [InlineData("I have worked for two companys.", "companys")] // -ies after a consonant and y
    [InlineData("It was a definately good day.", "definately")]
    [InlineData("The managment team was kind.", "managment")]
    [InlineData("Thnak You for the interview.", "Thnak")] // before a known word, a capital is no name
    [InlineData("Battlestar Gallacticca is my favourite.", "")] // before an unknown one, it may be
    [InlineData("Sorry for writting so late.", "writting")] // writ and ting, but writing with a letter doubled
    [InlineData("I got a diffrent offer.", "diffrent")] // diff and rent, but different with a letter dropped
    [InlineData("Thanks for evryone's time.", "evryone's")] // a possessive is tested without its 's
    [InlineData("I am applying for the POSITON of manager.", "POSITON")] // capitals one slip from a word are no acronym
    [InlineData("My test is booked for Febuary.", "Febuary")] // a capital inside a sentence, one slip from a word often misspelt, is no name
    [InlineData("I attach my Título de Profesor de Educación Básica.", "")] // among accented words, a Spanish title
    [InlineData("That was unproffesional of me.", "unproffesional")] // two slips from a word, both in its double letters
    [InlineData("The hotel could not accomodate us.", "accomodate")]

    public void Real_misspellings_are_still_caught(string sentence, string word) =>
        Misspelt("en", sentence).ShouldBe(word.Length == 0 ? [] : [word]);

    [Fact]
    public void Names_from_the_context_are_never_misspellings()
    {
        var context = new NoteCheckContext { KnownNames = ["Zyrelle Quonstad", "Brightwhisk"] };

        Checkers.For("en").Check("Thank you, Zyrelle. brightwhisk is lucky.", context).ShouldNotContain(f => f.Rule == "spelling");
    }

    [Theory]
    [InlineData("Are you related to the Pettigrews from Asheville?")] // a known name in the plural is the family
    [InlineData("I have accepted a post at the Université de Lorraine.")] // an accented word beside a plain name is another language's
    public void Known_names_in_the_plural_and_accented_words_beside_them_are_not_misspellings(string sentence)
    {
        var context = new NoteCheckContext { KnownNames = ["Anne Pettigrew", "University of Northbridge"] };

        Checkers.For("en").Check(sentence, context).ShouldNotContain(f => f.Rule == "spelling");
    }

    [Theory]
    [InlineData("Meera mentioned the new ward rota.")] // a name opening a sentence, no slip from a word
    [InlineData("I spoke to Mr. Das about the audit.")] // a title's full stop ends no sentence
    [InlineData("The bootcamp and the minifigure display were fun.")] // two words made one
    [InlineData("The subaward and the preboarding pack arrived.")] // a prefix and a word
    [InlineData("The new thrombectomy pathway starts in May.")] // a medical term, no slip of a common word
    [InlineData("The primary estimand was the treatment effect.")] // a statistician's term
    [InlineData("Salamat ulit, po.")] // Tagalog: short words one letter from English ones are no slips
    [InlineData("I was just thankin' my lucky stars.")] // a dropped g is casual, not misspelt
    [InlineData("Find my work at samkealoha.art.")] // an address
    public void Coined_words_no_slip_from_a_common_word_are_not_misspellings(string sentence) =>
        Misspelt("en", sentence).ShouldBeEmpty();

    [Theory]
    [InlineData("Diolch yn fawr for the tour.")] // a Welsh thanks: a listed word and its neighbours
    [InlineData("Terima kasih banyak for your time.")] // Malay words nothing like English
    [InlineData("The whānau day was lovely.")] // a macron is no typist's slip
    [InlineData("I containerised the services.")] // the British -ise of a word the dictionaries know with -ize
    [InlineData("We used eMoney and PropertyMe.")] // brands with a capital inside
    public void Phrases_and_forms_of_other_Englishes_and_languages_are_not_misspellings(string sentence) =>
        Misspelt("en", sentence).ShouldBeEmpty();

    [Fact]
    public void A_pair_of_slips_is_no_foreign_phrase_and_a_long_run_of_unknown_words_is_gibberish()
    {
        Misspelt("en", "I realy apreciate it.").ShouldBe(["realy", "apreciate"]);
        // Text-speak and trade words on the shipped lists are English, not a foreign phrase around a slip.
        Misspelt("en", "Really apreciate ur time.").ShouldBe(["apreciate"]); // "ur" is the casual rule's
        Misspelt("en", "I will check the stormwater calcuations myself.").ShouldBe(["calcuations"]);
        Misspelt("en", "qzxaaavvk qzxbbbvvk qzxcccvvk qzxdddvvk qzxeeevvk qzxfffvvk qzxgggvvk.").Count.ShouldBe(7);
    }

    [Theory]
    [InlineData("I enjoyed learning about Quarix Analytics.", "Quarix", "Quarrix")] // mid-sentence, one slip from the company
    [InlineData("Thank you, Katherin, for the tour.", "Katherin", "Katherine")]
    public void A_known_name_misspelt_is_flagged_with_the_name_as_the_suggestion(string sentence, string word, string name)
    {
        var context = new NoteCheckContext { KnownNames = ["Katherine Doyle", "Quarrix Analytics"] };
        var finding = Checkers.For("en").Check(sentence, context).Where(f => f.Rule == "spelling").ShouldHaveSingleItem();

        sentence.Substring(finding.Start, finding.Length).ShouldBe(word);
        finding.Suggestion.ShouldBe(name);
    }

    [Fact]
    public void A_place_the_dictionary_knows_beside_a_company_named_like_it_is_the_place_unless_written_as_the_company()
    {
        var context = new NoteCheckContext { KnownNames = ["Tokio Pacific Logistics"] };

        Checkers.For("en").Check("I would enjoy working with the Tokyo office.", context).ShouldNotContain(f => f.Rule == "spelling");
        var finding = Checkers.For("en").Check("I would enjoy working at Tokyo Pacific.", context).Where(f => f.Rule == "spelling").ShouldHaveSingleItem();
        finding.Suggestion.ShouldBe("Tokio");
    }

    [Theory]
    [InlineData("Thank you, Katherine's team and Novák.")] // the name itself, its possessive, an accent
    [InlineData("Dear Dean, thank you.")] // an everyday word near a name is that word
    [InlineData("Go raibh maith agat, a Phádraig.")] // a Gaelic name lenited in the vocative
    public void A_known_name_and_its_forms_are_no_slips(string sentence)
    {
        var context = new NoteCheckContext { KnownNames = ["Katherine Doyle", "Novak", "Dean Ellis", "Pádraig Ó Sé"] };

        Checkers.For("en").Check(sentence, context).ShouldNotContain(f => f.Rule == "spelling");
    }

    [Theory]
    [InlineData("Recieved with thanks.", "Recieved")] // capitalised, but one slip from "received"
    [InlineData("We helped eachother a lot.", "eachother")] // run together all the same
    [InlineData("The accomodation was fine.", "accomodation")] // the medical list has it; one slip from the word
    [InlineData("Sarha was kind.", "Sarha")] // one slip from a name the context knows
    public void Slips_stay_misspellings_however_they_look(string sentence, string word)
    {
        var context = new NoteCheckContext { KnownNames = ["Sarah Lindqvist"] };
        var findings = Checkers.For("en").Check(sentence, context).Where(f => f.Rule == "spelling" && f.Severity == FindingSeverity.Warning);

        findings.Select(f => sentence.Substring(f.Start, f.Length)).ShouldBe([word]);
    }

    [Theory]
    [InlineData("Ngozi")]
    [InlineData("Anjali")]
    public void A_name_near_an_offensive_word_is_never_offered_it(string name) =>
        // Even in lower case the name is no slip of a common word: it is left alone, never "corrected" to "Nazi" or "anal".
        Spelling("en", $"I met {name.ToLowerInvariant()} today.").ShouldBeEmpty();

    [Fact]
    public void A_slip_of_an_offensive_word_is_flagged_but_never_offered_it()
    {
        var finding = Spelling("en", "It was a dammn good day.").ShouldHaveSingleItem();

        (finding.Suggestion ?? "").Split([' ', ','], StringSplitOptions.RemoveEmptyEntries).ShouldNotContain("damn");
    }

    [Theory]
    [InlineData("I will be there tommorow.", "tommorow")] // two slips from a word writers often get wrong
    [InlineData("I am definetly keen.", "definetly")]
    [InlineData("Thank you for teh tour.", "teh")] // a short word's swap
    [InlineData("I am not sure wich team.", "wich")] // a short word's dropped letter
    public void Misspellings_of_words_writers_often_get_wrong_are_flagged(string sentence, string word) =>
        Misspelt("en", sentence).ShouldBe([word]);

    private static List<string> Misspelt(string locale, string sentence) =>
        [.. Spelling(locale, sentence).Where(f => f.Severity == FindingSeverity.Warning).Select(f => sentence.Substring(f.Start, f.Length))];

    private static List<Finding> Spelling(string locale, string sentence) =>
        [.. Checkers.For(locale).Check(sentence, new NoteCheckContext()).Where(f => f.Rule == "spelling")];
}
