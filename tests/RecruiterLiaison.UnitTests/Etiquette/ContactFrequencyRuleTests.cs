using RecruiterLiaison.Application.Etiquette;
using RecruiterLiaison.Application.Etiquette.Rules;
using RecruiterLiaison.Domain.Notes;

namespace RecruiterLiaison.UnitTests.Etiquette;

/// <summary>contact.frequency at every boundary of DOMAIN.md's norms and the client's policy.</summary>
public sealed class ContactFrequencyRuleTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 17, 10, 0, 0, TimeSpan.Zero);
    private static readonly ContactPolicyView Policy = new(NotesAllowed: true, ThankYouNotesAllowed: true, MaxNotesPerRound: 2, MinDaysBetweenNotes: 2, QuietHoursStart: 19, QuietHoursEnd: 8);
    private static readonly ContactFrequencyRule Rule = new();

    [Fact]
    public void A_client_that_takes_no_notes_blocks_every_note()
    {
        var finding = Single(Context(NoteKind.Question) with { Policy = Policy with { NotesAllowed = false } });

        finding.Severity.ShouldBe(FindingSeverity.Blocker);
        finding.Message.ShouldContain("not to receive notes");
    }

    [Theory]
    [InlineData(NoteKind.ThankYou, true)]
    [InlineData(NoteKind.Question, false)]
    public void A_client_that_takes_no_thank_you_notes_blocks_only_those(NoteKind kind, bool blocked)
    {
        var findings = Check(Context(kind) with { Policy = Policy with { ThankYouNotesAllowed = false } });

        findings.Any(f => f.Severity == FindingSeverity.Blocker).ShouldBe(blocked);
    }

    [Theory]
    [InlineData(1, false)]
    [InlineData(2, true)]
    [InlineData(3, true)]
    public void The_round_holds_the_clients_maximum_and_no_more(int notesThisRound, bool over)
    {
        var findings = Check(Context(NoteKind.Question) with { NotesThisRound = notesThisRound, FollowUpsThisRound = 0, Policy = Policy });

        findings.Any(f => f.Message.Contains("at most 2 note(s) per interview round", StringComparison.Ordinal)).ShouldBe(over);
    }

    [Theory]
    [InlineData(1.9, true)]
    [InlineData(2.0, false)]
    [InlineData(5.0, false)]
    public void Fewer_days_than_the_clients_minimum_since_the_last_note_is_too_soon(double days, bool tooSoon)
    {
        Check(Context(NoteKind.Question) with { DaysSinceLastNote = days, NotesThisRound = 1, Policy = Policy }).Count.ShouldBe(tooSoon ? 1 : 0);
    }

    [Theory]
    [InlineData(0, false)]
    [InlineData(1, false)]
    [InlineData(2, true)]
    public void A_third_note_in_24_hours_is_several_a_day_even_without_a_policy(int notesLast24h, bool several)
    {
        var findings = Check(Context(NoteKind.Question) with { NotesLast24h = notesLast24h });

        findings.Any(f => f.Message.Contains("last 24 hours", StringComparison.Ordinal)).ShouldBe(several);
    }

    [Theory]
    [InlineData(0, -1, false)] // the first follow-up before feedback is due: timing's concern, not frequency's
    [InlineData(1, -1, true)] // a second follow-up before feedback is due
    [InlineData(1, 0, false)] // at the moment feedback is due, chasing is fair
    [InlineData(1, 1, false)] // after it is due
    public void More_than_one_follow_up_before_feedback_is_due_is_over_contact(int followUps, int hoursAfterDue, bool over)
    {
        var context = Context(NoteKind.FollowUp) with { NotesThisRound = followUps + 1, FollowUpsThisRound = followUps, FeedbackDueAt = Now.AddHours(-hoursAfterDue) };

        Check(context).Any(f => f.Message.Contains("One follow-up is enough", StringComparison.Ordinal)).ShouldBe(over);
    }

    [Fact]
    public void A_thank_you_note_earlier_in_the_round_is_not_a_follow_up()
    {
        var context = Context(NoteKind.FollowUp) with { NotesThisRound = 1, FollowUpsThisRound = 0, FeedbackDueAt = Now.AddDays(1) };

        Check(context).ShouldBeEmpty();
    }

    [Theory]
    [InlineData(1, "Any news on the role?", false)] // the one earlier note was the thank-you
    [InlineData(2, "Any news on the role?", true)] // the thank-you and a follow-up
    [InlineData(1, "I am following up again on the role.", false)] // "again" after the thank-you: still one follow-up
    [InlineData(1, "Further to my email of Tuesday, any news?", false)]
    [InlineData(2, "I am following up again on the role.", true)]
    public void Without_a_count_of_follow_ups_the_first_note_of_the_round_is_the_thank_you(int notesThisRound, string text, bool over)
    {
        var context = Context(NoteKind.FollowUp) with { NotesThisRound = notesThisRound, FeedbackDueAt = Now.AddDays(1) };

        Rule.Check($"Dear Sarah,\n\n{text}\n\nKind regards,\nPriya", context).Any(f => f.Message.Contains("One follow-up is enough", StringComparison.Ordinal)).ShouldBe(over);
    }

    [Fact]
    public void Without_a_policy_or_a_due_date_the_matching_norms_stay_quiet()
    {
        Check(Context(NoteKind.FollowUp) with { NotesThisRound = 5, FollowUpsThisRound = 3, DaysSinceLastNote = 0.1 }).ShouldBeEmpty();
    }

    [Fact]
    public void Only_the_first_norm_that_holds_is_reported()
    {
        var context = Context(NoteKind.FollowUp) with { NotesThisRound = 3, FollowUpsThisRound = 2, NotesLast24h = 3, DaysSinceLastNote = 0.5, FeedbackDueAt = Now.AddDays(1), Policy = Policy };

        Single(context).Message.ShouldContain("at most 2 note(s)");
    }

    private static List<Finding> Check(NoteCheckContext context) => [.. Rule.Check("Dear Sarah,\n\nA short note.\n\nKind regards,\nPriya", context)];

    private static Finding Single(NoteCheckContext context) => Check(context).ShouldHaveSingleItem();

    private static NoteCheckContext Context(NoteKind kind) => new() { Kind = kind, SentAt = Now, TimeZone = "Europe/London", PriorContact = true };
}
