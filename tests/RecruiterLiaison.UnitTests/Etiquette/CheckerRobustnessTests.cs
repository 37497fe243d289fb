using System.Text.RegularExpressions;
using RecruiterLiaison.Application.Etiquette;
using RecruiterLiaison.Domain.Notes;

namespace RecruiterLiaison.UnitTests.Etiquette;

public sealed class CheckerRobustnessTests
{
    [Fact]
    public void A_rule_that_runs_out_of_time_reports_nothing_and_the_other_rules_still_report()
    {
        var checker = new EtiquetteChecker([new TimesOutHalfway(), new FlagsFirstWord()]);

        var findings = checker.Check("Hey there", new NoteCheckContext());

        findings.ShouldHaveSingleItem().Rule.ShouldBe("test.first-word");
    }

    [Fact]
    public void Text_unicode_cannot_normalise_is_checked_like_any_other()
    {
        // U+FFFE is a noncharacter: normalising a string that holds it throws. Found by the property
        // tests in a known name beside an accented letter, where the sender rule takes accents off.
        var checker = new EtiquetteCheckers(locale => RecruiterLiaison.Infrastructure.Spelling.HunspellSpeller.Open(locale)).For("en");
        var context = new NoteCheckContext { KnownNames = ["Zoë Cheers\uFFFE", "Ren\uFFFEé"], SenderAddress = "zoe.cheers@example.com" };

        var body = "Dear Zoë,\n\nThank you for today, it was unacceptable\uFFFEé ASAP.\n\nRené";

        var findings = checker.Check(body, context);

        findings.ShouldAllBe(f => f.Start >= 0 && f.Start + f.Length <= body.Length);
        findings.ShouldContain(f => f.Rule == "tone.aggressive");
    }

    /// <summary>Yields one finding, then times out, as a regex does on pathological input or a starved CPU.</summary>
    private sealed class TimesOutHalfway : IEtiquetteRule
    {
        public IEnumerable<Finding> Check(string body, NoteCheckContext context)
        {
            yield return new Finding("test.partial", FindingSeverity.Warning, 0, 1, "partial", null);
            throw new RegexMatchTimeoutException(body, "pattern", TimeSpan.FromSeconds(1));
        }
    }

    private sealed class FlagsFirstWord : IEtiquetteRule
    {
        public IEnumerable<Finding> Check(string body, NoteCheckContext context)
        {
            yield return new Finding("test.first-word", FindingSeverity.Info, 0, 3, "first word", null);
        }
    }
}
