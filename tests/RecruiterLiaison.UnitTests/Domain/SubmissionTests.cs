using RecruiterLiaison.Domain.Common;
using RecruiterLiaison.Domain.Submissions;

namespace RecruiterLiaison.UnitTests.Domain;

public sealed class SubmissionTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 18, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Every_stage_change_is_kept_in_order()
    {
        var submission = new Submission(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Now);

        submission.MoveTo(SubmissionStage.FirstClientInterview, Now.AddDays(1), null);
        submission.MoveTo(SubmissionStage.Rejected, Now.AddDays(5), null);

        submission.StageChanges.Select(c => c.Stage).ShouldBe([SubmissionStage.RecruiterScreen, SubmissionStage.FirstClientInterview, SubmissionStage.Rejected]);
    }

    [Fact]
    public void A_closed_submission_cannot_move()
    {
        var submission = new Submission(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Now);
        submission.MoveTo(SubmissionStage.Withdrawn, Now, null);

        Should.Throw<DomainException>(() => submission.MoveTo(SubmissionStage.Offer, Now, null));
    }
}
