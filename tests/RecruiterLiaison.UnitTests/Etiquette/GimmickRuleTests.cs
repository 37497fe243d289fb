using RecruiterLiaison.Application.Etiquette;
using RecruiterLiaison.Application.Etiquette.Lexicons;
using RecruiterLiaison.Application.Etiquette.Rules;
using RecruiterLiaison.Domain.Notes;

namespace RecruiterLiaison.UnitTests.Etiquette;

/// <summary>Verse and code told from signatures and answers; where a signature starts and ends.</summary>
public sealed class GimmickRuleTests
{
    private const string Limerick = "Dear Clare,\n\nThere once was an auditor keen,\nWhose ledgers were perfectly clean;\nShe met with your team,\nFound the role was a dream,\nAnd hopes to be part of the scene.\n\nBest regards,\nMegan";
    private const string Signature = "Dear Mr Blake,\n\nI am withdrawing from the process; thank you for your time.\n\nTony Carvalho\n\nTony's Tasty Tacos\nStreet food and private catering\nDM @tonystastytacos";
    private const string QueryAsThanks = "Dear Clare,\n\nSELECT thanks\nFROM arjun\nWHERE interview = 'Fennick'\nORDER BY enthusiasm DESC;\n\nArjun";
    private const string QueryAsAnswer = "Hi Kevin,\n\nOn the SQL question, the corrected version is:\n\nSELECT customer_id, order_id, amount\nFROM orders\nWHERE rnk <= 3;\n\nBest,\nPriya";

    [Theory]
    [InlineData(Limerick, NoteKind.ThankYou, true)]
    [InlineData(Signature, NoteKind.Withdrawal, false)] // name, business and handle are a signature, not a verse
    [InlineData(QueryAsThanks, NoteKind.ThankYou, true)] // a thank-you written as code
    [InlineData(QueryAsAnswer, NoteKind.AdditionalPoint, false)] // code that answers the question asked
    [InlineData("Dear Ms Leclerc,\n\n01010100 01101000 01100001 01101110 01101011 01110011!\n\nBest,\nEthan", NoteKind.ThankYou, true)] // thanks in binary
    [InlineData("Dear Ms Leclerc,\n\nThe register reads 01010100 after reset.\n\nBest,\nEthan", NoteKind.AdditionalPoint, false)] // one byte is a value, not a message
    [InlineData("Dear Mr Hollis,\n\n*bows silently*\n\nThank you for the interview.\n\nAmélie", NoteKind.ThankYou, true)] // a stage direction
    [InlineData("Dear Ms Leclerc,\n\nThank you for a brew-tiful afternoon.\n\nBest,\nEthan", NoteKind.ThankYou, true)] // a pun coined with a hyphen
    [InlineData("Dear Ms Leclerc,\n\nThank you for a well-organised afternoon.\n\nBest,\nEthan", NoteKind.ThankYou, false)] // a hyphenated word
    [InlineData("Dear Mr Hollis,\n\n**Availability**\nI can start in March.\n\nAmélie", NoteKind.Other, false)] // a bold heading
    public void Short_lines_are_a_gimmick_only_when_they_are_verse_or_a_thank_you_in_code(string body, NoteKind kind, bool raised) =>
        new GimmickRule().Check(body, new NoteCheckContext { Kind = kind }).Any().ShouldBe(raised);

    [Theory]
    [InlineData("With warm regards,")]
    [InlineData("Kind regards")]
    [InlineData("Thank you and God bless.")]
    [InlineData("Very respectfully,")] // a veteran's close
    [InlineData("Ngā mihi")]
    [InlineData("Atenciosamente,")]
    public void Sign_offs_are_recognised(string line) => SignOff.Is(line).ShouldBeTrue();

    [Fact]
    public void A_spanish_postscript_after_the_signature_is_part_of_the_note()
    {
        const string body = "Dear Mr Ferreyra,\n\nThank you.\n\nBest regards,\nValentina\n\nP.D. That shade of green suits you.";

        body[SignOff.SignatureEnd(body, SignOff.SignatureStart(body))..].TrimStart().ShouldStartWith("P.D.");
    }

    [Fact]
    public void A_plain_thank_you_line_before_more_text_is_not_taken_for_the_sign_off() =>
        SignOff.Is("Thank you.").ShouldBeFalse();

    [Fact]
    public void A_gift_offered_in_a_side_business_signature_is_the_sender_rule_s_not_a_gimmick()
    {
        const string body = "Dear Mr Go,\n\nPlease find my references below.\n\nThank you and God bless.\n\nMaria Santos\nOrder your Christmas gift sets now!";

        LexiconRules.Shipped.Check(body, new NoteCheckContext()).ShouldNotContain(f => f.Rule == "tone.quirky");
        LexiconRules.Shipped.Check("Dear Mr Go,\n\nI baked you some cookies to say thanks.\n\nBest,\nMaria", new NoteCheckContext()).ShouldContain(f => f.Rule == "tone.quirky");
    }

    [Fact]
    public void A_postscript_after_the_signature_is_read_as_part_of_the_note()
    {
        const string body = "Dear Ms Vance,\n\nThank you for today.\n\nWarm regards,\nMegan\n\nP.S. I baked you some cookies to say thanks.";

        LexiconRules.Shipped.Check(body, new NoteCheckContext()).ShouldContain(f => f.Rule == "tone.quirky");
    }

    [Fact]
    public void A_joke_break_up_letter_is_found_with_or_without_the_contractions()
    {
        LexiconRules.Shipped.Check("It's not you, it's me.", new NoteCheckContext()).ShouldContain(f => f.Rule == "tone.quirky");
        LexiconRules.Shipped.Check("It is not you, it is me.", new NoteCheckContext()).ShouldContain(f => f.Rule == "tone.quirky");
    }
}
