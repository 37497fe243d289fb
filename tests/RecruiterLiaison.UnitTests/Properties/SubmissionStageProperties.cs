using CsCheck;
using RecruiterLiaison.Domain.Common;
using RecruiterLiaison.Domain.Submissions;

namespace RecruiterLiaison.UnitTests.Properties;

/// <summary>
/// A submission's stages (seeds/003) under random sequences of what moves them: interviews and
/// feedback (MoveTo), a recruiter by hand, the candidate withdrawing, a client asking for removal.
/// </summary>
public sealed class SubmissionStageProperties
{
    private static readonly Guid Candidate = Guid.NewGuid();
    private static readonly Guid Recruiter = Guid.NewGuid();
    private static readonly Guid ClientContact = Guid.NewGuid();

    private enum Act
    {
        MoveTo,
        MoveByHand,
        Withdraw,
        RequestRemoval,
        ConfirmRemoval,
    }

    private sealed record Step(Act Act, SubmissionStage Stage, string Reason, TimeSpan Pause)
    {
        public override string ToString() => $"{Act}({Stage}, {DomainInputs.Short(Reason)}) after {Pause}";
    }

    // MoveTo takes only what its callers pass: the interview stages (ScheduleInterview) and a
    // rejection or no change (PostFeedback). By hand, anything, including a stage that does not exist.
    private static readonly SubmissionStage[] MovedByProcess = [SubmissionStage.FirstClientInterview, SubmissionStage.FurtherInterviews, SubmissionStage.Rejected];
    private static readonly Gen<SubmissionStage> AnyStage = Gen.Frequency((12, Gen.Enum<SubmissionStage>()), (1, Gen.Const((SubmissionStage)42)));

    private static readonly Gen<Step> Steps = Gen.Frequency(
        (6, Gen.Select(Gen.OneOf(MovedByProcess), DomainInputs.Pause, (stage, pause) => new Step(Act.MoveTo, stage, "", pause))),
        (6, Gen.Select(AnyStage, DomainInputs.Typed(Limits.MessageLength), DomainInputs.Pause, (stage, reason, pause) => new Step(Act.MoveByHand, stage, reason, pause))),
        (1, DomainInputs.Pause.Select(pause => new Step(Act.Withdraw, default, "", pause))),
        (2, Gen.Select(DomainInputs.Typed(Limits.MessageLength), DomainInputs.Pause, (reason, pause) => new Step(Act.RequestRemoval, default, reason, pause))),
        (2, DomainInputs.Pause.Select(pause => new Step(Act.ConfirmRemoval, default, "", pause))));

    private static readonly HashSet<SubmissionStage> Closed =
        [SubmissionStage.Placed, SubmissionStage.Rejected, SubmissionStage.Withdrawn, SubmissionStage.RemovedFromConsideration];

    [Fact]
    public void Stages_move_only_forward_through_the_process_and_a_closed_submission_never_moves_again() =>
        Steps.Array[1, 30].Sample(steps =>
        {
            var now = DomainInputs.Monday;
            var submission = new Submission(Guid.NewGuid(), Candidate, Guid.NewGuid(), now, "A strong match.", Recruiter);
            var removalRequested = false;
            CheckInvariants(submission);

            foreach (var step in steps)
            {
                now += step.Pause;
                var before = Snapshot.Of(submission);
                var allowed = Allows(before.Stage, removalRequested, step);
                var refused = DomainInputs.Refuses(() => Apply(submission, step, now));

                refused.ShouldBe(!allowed, $"{step} at {before.Stage}");
                var after = Snapshot.Of(submission);
                if (refused)
                {
                    after.ShouldBe(before, $"a refused {step} changed the submission");
                    CheckInvariants(submission);
                    continue;
                }

                removalRequested |= step.Act == Act.RequestRemoval;
                var expected = Target(before.Stage, step);
                after.Stage.ShouldBe(expected);
                after.Changes.ShouldBe(before.Changes + (expected == before.Stage ? 0 : 1));
                if (expected != before.Stage)
                {
                    var change = submission.StageChanges.Last();
                    change.ChangedAt.ShouldBe(now);
                    change.ChangedByUserId.ShouldBe(step.Act is Act.Withdraw ? Candidate : Recruiter);
                    change.Reason.ShouldBe(step.Act == Act.MoveByHand ? step.Reason.Trim() : null);
                }

                CheckInvariants(submission);
            }
        }, iter: 1000);

    /// <summary>The process of seeds/003, written out apart from Submission.</summary>
    private static bool Allows(SubmissionStage stage, bool removalRequested, Step step)
    {
        var open = !Closed.Contains(stage);
        return step.Act switch
        {
            Act.MoveTo or Act.Withdraw => open,
            Act.MoveByHand => open && !string.IsNullOrWhiteSpace(step.Reason) && step.Reason.Trim().Length <= Limits.MessageLength && step.Stage != stage && step.Stage switch
            {
                SubmissionStage.Offer => stage is SubmissionStage.FirstClientInterview or SubmissionStage.FurtherInterviews,
                SubmissionStage.Placed => stage == SubmissionStage.Offer,
                SubmissionStage.Rejected or SubmissionStage.Withdrawn or SubmissionStage.RemovedFromConsideration => true,
                _ => false,
            },
            Act.RequestRemoval => open && DomainInputs.IsAcceptable(step.Reason, Limits.MessageLength),
            Act.ConfirmRemoval => open && removalRequested,
            _ => false,
        };
    }

    private static SubmissionStage Target(SubmissionStage stage, Step step) => step.Act switch
    {
        Act.MoveTo or Act.MoveByHand => step.Stage,
        Act.Withdraw => SubmissionStage.Withdrawn,
        Act.ConfirmRemoval => SubmissionStage.RemovedFromConsideration,
        _ => stage,
    };

    private static void Apply(Submission submission, Step step, DateTimeOffset now)
    {
        switch (step.Act)
        {
            case Act.MoveTo: submission.MoveTo(step.Stage, now, Recruiter); break;
            case Act.MoveByHand: submission.MoveByHand(step.Stage, step.Reason, now, Recruiter); break;
            case Act.Withdraw: submission.Withdraw(Candidate, now); break;
            case Act.RequestRemoval: submission.RequestRemoval(ClientContact, step.Reason, now); break;
            case Act.ConfirmRemoval: submission.ConfirmRemoval(Recruiter, now); break;
        }
    }

    private static void CheckInvariants(Submission submission)
    {
        Enum.IsDefined(submission.Stage).ShouldBeTrue();
        submission.IsClosed.ShouldBe(Closed.Contains(submission.Stage));

        // The history starts at the recruiter screen, records only real moves, in time order, and ends where the submission is.
        var history = submission.StageChanges.ToList();
        history[0].Stage.ShouldBe(SubmissionStage.RecruiterScreen);
        history[^1].Stage.ShouldBe(submission.Stage);
        history.Select(c => c.ChangedAt).ShouldBeInOrder();
        for (var i = 1; i < history.Count; i++)
        {
            var (from, to) = (history[i - 1].Stage, history[i].Stage);
            to.ShouldNotBe(from);
            Closed.Contains(from).ShouldBeFalse($"{from} is closed, yet the submission moved on to {to}");

            // An offer follows interviews; a placement follows an offer.
            if (to == SubmissionStage.Offer)
            {
                from.ShouldBeOneOf(SubmissionStage.FirstClientInterview, SubmissionStage.FurtherInterviews);
            }

            if (to == SubmissionStage.Placed)
            {
                from.ShouldBe(SubmissionStage.Offer);
            }
        }

        if (submission.RemovalRequestedAt is not null)
        {
            submission.RemovalRequestedByContactId.ShouldBe(ClientContact);
            submission.RemovalReason.ShouldNotBeNullOrWhiteSpace();
            submission.RemovalReason!.Length.ShouldBeLessThanOrEqualTo(Limits.MessageLength);
        }
        else
        {
            submission.RemovalReason.ShouldBeNull();
        }
    }

    private sealed record Snapshot(SubmissionStage Stage, int Changes, DateTimeOffset? RemovalRequestedAt, string? RemovalReason)
    {
        public static Snapshot Of(Submission s) => new(s.Stage, s.StageChanges.Count, s.RemovalRequestedAt, s.RemovalReason);
    }
}
