using RecruiterLiaison.Application.Etiquette;
using RecruiterLiaison.Infrastructure.Spelling;

namespace RecruiterLiaison.UnitTests.Etiquette;

/// <summary>Capitals that shout, and capitals that do not, on the real dictionaries.</summary>
public sealed class ShoutingTests
{
    private static readonly EtiquetteCheckers Checkers = new(locale => HunspellSpeller.Open(locale));

    [Theory]
    [InlineData("Dear Jo,\n\nI AM STILL WAITING for an answer.\n\nRegards,\nSam", "AM STILL WAITING")]
    [InlineData("Dear Jo,\n\nThis is ABSOLUTELY the last time I write.\n\nRegards,\nSam", "ABSOLUTELY")]
    [InlineData("PLEASE RESPOND TO ME", "PLEASE RESPOND TO ME")]
    [InlineData("Dear Jo,\n\nThank you.\n\nWHY HAS NOBODY REPLIED?\n\nSam", "WHY HAS NOBODY REPLIED")] // a line of its own that asks in capitals
    public void Words_in_capitals_shout(string body, string shouted) =>
        Shouted(body).ShouldBe([shouted]);

    [Theory]
    [InlineData("Dear Jo,\n\nYour team's use of MEDDICC in Salesforce is close to how I ran deals.\n\nBest,\nSam")] // an acronym
    [InlineData("Dear Jo,\n\nI rebuilt the VLOOKUP and XLOOKUP sheets.\n\nBest,\nSam")] // function names
    [InlineData("Dear Jo,\n\nThank you for Tuesday.\n\nRegards,\nMike Saunders\nMIKE'S PLUMBING & HEATING")] // the signature is the sender rule's
    [InlineData("FOR IMMEDIATE RELEASE\n\nLocal engineer interviews at Acme.\n\nRegards,\nSam")] // a heading is the quirky rule's
    [InlineData("FOR IMMEDIATE RELEASE\n\nLOCAL ANALYST THRILLED AFTER INTERVIEW\n\nSources say it went well.\n\nMedia contact: Jo")] // a format of several headings
    [InlineData("Dear Jo,\n\nMATCH REPORT: Candidate 1 - 0 Interview Nerves\n\nBest,\nSam")] // a label opening a line
    [InlineData("Dear Jo,\n\nThank you for Monday.\n\nREASONS TO HIRE ME\n1. I listen.\n\nBest,\nSam")] // a title that does not press
    [InlineData("Dear Jo,\n\nThe fix is ROW_NUMBER() OVER (PARTITION BY policy_id ORDER BY claim_date DESC).\n\nBest,\nSam")] // SQL quoted in an answer
    [InlineData("Dear Jo,\n\nWHEREAS the Candidate enjoyed the interview, NOW IT IS AGREED that this agreement is made in thanks.\n\nBest,\nSam")] // a mock contract's capitals: the gimmick is the finding
    public void Capitals_that_are_not_shouting(string body) =>
        Shouted(body).ShouldBeEmpty();

    private static List<string> Shouted(string body) =>
        [.. Checkers.For("en").Check(body, new NoteCheckContext()).Where(f => f.Rule == "tone.aggressive" && f.Message.Contains("Capital")).Select(f => body.Substring(f.Start, f.Length))];
}
