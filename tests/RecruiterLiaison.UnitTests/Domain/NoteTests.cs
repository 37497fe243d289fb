using RecruiterLiaison.Domain.Common;
using RecruiterLiaison.Domain.Notes;

namespace RecruiterLiaison.UnitTests.Domain;

public sealed class NoteTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 18, 9, 0, 0, TimeSpan.Zero);
    private static readonly Guid Candidate = Guid.NewGuid();
    private static readonly Guid Recruiter = Guid.NewGuid();
    private static readonly Guid OtherRecruiter = Guid.NewGuid();

    [Fact]
    public void A_new_note_waits_for_review_with_its_first_version()
    {
        var note = NewNote("Thank you for your time today.");

        note.Status.ShouldBe(NoteStatus.PendingReview);
        note.CurrentVersionNumber.ShouldBe(1);
        note.CurrentBody.ShouldBe("Thank you for your time today.");
        note.DeliveredBody.ShouldBeNull();
        note.Decisions.ShouldHaveSingleItem().Action.ShouldBe(ReviewAction.Submitted);
    }

    [Fact]
    public void Approving_delivers_the_text_as_written()
    {
        var note = NewNote("Thank you for your time today.");

        note.Approve(Recruiter, Now);

        note.Status.ShouldBe(NoteStatus.Approved);
        note.DeliveredBody.ShouldBe("Thank you for your time today.");
        note.DeliveredAt.ShouldBe(Now);
    }

    [Fact]
    public void A_rewrite_delivers_the_recruiters_text_and_keeps_the_original()
    {
        var note = NewNote("thanks!!! call me back today");

        note.RewriteAndApprove(Recruiter, "Thank you for your time today.", Now);

        note.DeliveredBody.ShouldBe("Thank you for your time today.");
        note.Versions.ShouldHaveSingleItem().Body.ShouldBe("thanks!!! call me back today");
        note.Decisions.Last().Action.ShouldBe(ReviewAction.RewrittenAndApproved);
    }

    [Fact]
    public void A_declined_note_can_be_revised_into_a_new_pending_version()
    {
        var note = NewNote("Why haven't you called me?");
        note.Decline(Recruiter, DeclineReason.Tone, "Let me chase them for you.", Now);

        note.Revise(Candidate, "I remain very interested in the role.", [], Now.AddHours(1));

        note.Status.ShouldBe(NoteStatus.PendingReview);
        note.CurrentVersionNumber.ShouldBe(2);
        note.Versions.Count.ShouldBe(2);
    }

    [Fact]
    public void A_delivered_note_can_never_change_again()
    {
        var note = NewNote("Thank you.");
        note.Approve(Recruiter, Now);

        Should.Throw<DomainException>(() => note.Decline(Recruiter, DeclineReason.Tone, "too late", Now));
        Should.Throw<DomainException>(() => note.Withdraw(Candidate, Now));
        Should.Throw<DomainException>(() => note.Revise(Candidate, "edited", [], Now));
        note.DeliveredBody.ShouldBe("Thank you.");
    }

    [Fact]
    public void A_claim_keeps_other_recruiters_off_until_it_expires()
    {
        var note = NewNote("Thank you.");
        note.Claim(Recruiter, Now);

        Should.Throw<DomainException>(() => note.Approve(OtherRecruiter, Now.AddMinutes(5)));
        note.Approve(OtherRecruiter, Now + Note.ClaimDuration + TimeSpan.FromSeconds(1));
        note.Status.ShouldBe(NoteStatus.Approved);
    }

    [Fact]
    public void Returning_for_revision_needs_a_message()
    {
        var note = NewNote("Thank you.");

        Should.Throw<DomainException>(() => note.ReturnForRevision(Recruiter, "  ", Now));
        note.Status.ShouldBe(NoteStatus.PendingReview);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void A_note_needs_text(string body) =>
        Should.Throw<DomainException>(() => NewNote(body));

    [Fact]
    public void A_note_longer_than_the_limit_is_refused() =>
        Should.Throw<DomainException>(() => NewNote(new string('a', Limits.NoteBodyLength + 1)));

    private static Note NewNote(string body) =>
        new(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), NoteKind.ThankYou, body, [], Candidate, Now);
}
