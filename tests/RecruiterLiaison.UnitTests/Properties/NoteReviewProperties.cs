using CsCheck;
using RecruiterLiaison.Domain.Common;
using RecruiterLiaison.Domain.Notes;

namespace RecruiterLiaison.UnitTests.Properties;

/// <summary>
/// The review queue as a state machine: random sequences of what candidates and recruiters do
/// to one note, each checked against a small model of DOMAIN.md ("The review queue") and
/// against the note's invariants after every step.
/// </summary>
public sealed class NoteReviewProperties
{
    private static readonly Guid Candidate = Guid.NewGuid();
    private static readonly Guid[] Recruiters = [Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid()];

    private enum Act
    {
        Claim,
        Approve,
        RewriteAndApprove,
        Decline,
        ReturnForRevision,
        Withdraw,
        Revise,
        MarkRead,
    }

    private sealed record Step(Act Act, int Recruiter, string Text, DeclineReason Reason, TimeSpan Pause)
    {
        public override string ToString() => $"{Act}(recruiter {Recruiter}, {DomainInputs.Short(Text)}, {Reason}) after {Pause}";
    }

    // Revise and the queue actions are weighted up: a sequence that reaches a terminal state early tests little.
    private static readonly Gen<Act> Acts = Gen.Frequency(
        (3, Gen.Const(Act.Claim)), (2, Gen.Const(Act.Approve)), (2, Gen.Const(Act.RewriteAndApprove)), (3, Gen.Const(Act.Decline)),
        (3, Gen.Const(Act.ReturnForRevision)), (1, Gen.Const(Act.Withdraw)), (4, Gen.Const(Act.Revise)), (1, Gen.Const(Act.MarkRead)));

    private static readonly Gen<Step> Steps = Gen.Select(Acts, Gen.Int[0, Recruiters.Length - 1], DomainInputs.Typed(Limits.NoteBodyLength), Gen.Enum<DeclineReason>(), DomainInputs.Pause,
        (act, recruiter, text, reason, pause) => new Step(act, recruiter, text, reason, pause));

    private static readonly Gen<Finding> Findings = Gen.Select(Gen.Enum<FindingSeverity>(), Gen.Int[0, 40],
        (severity, start) => new Finding("tone.casual", severity, start, 3, "A finding.", null));

    private static readonly Gen<(string Body, Finding[] Findings, Step[] Steps)> Histories =
        Gen.Select(DomainInputs.Sentence.Where(s => !string.IsNullOrWhiteSpace(s)), Findings.Array[0, 4], Steps.Array[1, 40]);

    [Fact]
    public void Every_review_action_is_a_legal_transition_or_a_refusal_that_changes_nothing() =>
        Histories.Sample((body, findings, steps) =>
        {
            var now = DomainInputs.Monday;
            var note = new Note(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), NoteKind.ThankYou, body, findings, Candidate, now);
            var model = new ExpectedNote(body.Trim());
            CheckInvariants(note, model);

            foreach (var step in steps)
            {
                now += step.Pause;
                var before = Snapshot.Of(note);
                var allowed = model.Allows(step, now);
                var refused = DomainInputs.Refuses(() => Apply(note, step, now));

                refused.ShouldBe(!allowed, $"{step} on a {before.Status} note claimed by {model.Holder?.ToString() ?? "nobody"} until {model.ClaimUntil}");
                if (refused)
                {
                    Snapshot.Of(note).ShouldBe(before, $"a refused {step} changed the note");
                }
                else
                {
                    model.Apply(step, now);
                    CheckStep(before, Snapshot.Of(note), step);
                }

                CheckInvariants(note, model);
            }
        }, iter: 1000);

    [Fact]
    public void A_revision_refused_for_its_text_leaves_the_declined_note_as_it_was()
    {
        // The first counterexample the property above found: the version number moved before the text was checked.
        var note = new Note(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), NoteKind.ThankYou, "Why haven't you called?", [], Candidate, DomainInputs.Monday);
        note.Decline(Recruiters[0], DeclineReason.Tone, "Let me chase them for you.", DomainInputs.Monday);

        Should.Throw<DomainException>(() => note.Revise(Candidate, "  \n\t ", [], DomainInputs.Monday.AddMinutes(10)));

        note.CurrentVersionNumber.ShouldBe(1);
        note.CurrentBody.ShouldBe("Why haven't you called?");
        note.Status.ShouldBe(NoteStatus.Declined);
    }

    private static void Apply(Note note, Step step, DateTimeOffset now)
    {
        var recruiter = Recruiters[step.Recruiter];
        switch (step.Act)
        {
            case Act.Claim: note.Claim(recruiter, now); break;
            case Act.Approve: note.Approve(recruiter, now); break;
            case Act.RewriteAndApprove: note.RewriteAndApprove(recruiter, step.Text, now); break;
            case Act.Decline: note.Decline(recruiter, step.Reason, step.Text, now); break;
            case Act.ReturnForRevision: note.ReturnForRevision(recruiter, step.Text, now); break;
            case Act.Withdraw: note.Withdraw(Candidate, now); break;
            case Act.Revise: note.Revise(Candidate, step.Text, [new Finding("spelling", FindingSeverity.Warning, 0, 1, "A finding.", null)], now); break;
            case Act.MarkRead: note.MarkRead(now); break;
        }
    }

    /// <summary>What a successful step may change: one more decision (none for reading), one more version only on revising.</summary>
    private static void CheckStep(Snapshot before, Snapshot after, Step step)
    {
        after.Decisions.ShouldBe(before.Decisions + (step.Act == Act.MarkRead ? 0 : 1));
        after.Versions.ShouldBe(before.Versions + (step.Act == Act.Revise ? 1 : 0));
        after.CurrentVersionNumber.ShouldBeGreaterThanOrEqualTo(before.CurrentVersionNumber);

        // Decisions are final once delivered, and a withdrawn note stays withdrawn.
        if (before.Status is NoteStatus.Approved or NoteStatus.Withdrawn)
        {
            (after with { ReadAt = before.ReadAt }).ShouldBe(before);
        }

        if (before.ReadAt is not null)
        {
            after.ReadAt.ShouldBe(before.ReadAt);
        }
    }

    private static void CheckInvariants(Note note, ExpectedNote model)
    {
        Enum.IsDefined(note.Status).ShouldBeTrue();
        note.Status.ShouldBe(model.Status);
        note.ClaimedByUserId.ShouldBe(model.Holder);
        note.ClaimExpiresAt.ShouldBe(model.ClaimUntil);

        // Every version is kept, numbered in order; the current one is the last.
        var versions = note.Versions.ToList();
        versions.Select(v => v.Number).ShouldBe(Enumerable.Range(1, model.Versions));
        note.CurrentVersionNumber.ShouldBe(versions.Count);
        note.CurrentBody.ShouldBe(model.CurrentBody);
        DomainInputs.Every(versions, v => v.Body.Length > 0 && v.Body.Length <= Limits.NoteBodyLength && v.Body == v.Body.Trim(), "a version is trimmed text within the limit");
        versions.Select(v => v.CreatedAt).ShouldBeInOrder();
        note.SubmittedAt.ShouldBe(note.CurrentVersion.CreatedAt);
        note.Risk.ShouldBe(Finding.RiskOf(note.CurrentVersion.Findings));

        var decisions = note.Decisions.ToList();
        decisions[0].Action.ShouldBe(ReviewAction.Submitted);
        decisions.Select(d => d.At).ShouldBeInOrder();
        decisions.Select(d => d.VersionNumber).ShouldBeInOrder();
        DomainInputs.Every(decisions, d => d.VersionNumber >= 1 && d.VersionNumber <= note.CurrentVersionNumber, "a decision is about an existing version");
        DomainInputs.Every(decisions.Where(d => d.Action is ReviewAction.Submitted or ReviewAction.Withdrawn), d => d.ByUserId == Candidate, "the candidate submits and withdraws");
        DomainInputs.Every(decisions.Where(d => d.Action is not (ReviewAction.Submitted or ReviewAction.Withdrawn)), d => Recruiters.Contains(d.ByUserId), "only recruiters review");
        var last = decisions[^1];

        // A claim is held only on a pending note, by a recruiter, with an end.
        (note.ClaimedByUserId is null).ShouldBe(note.ClaimExpiresAt is null);
        if (note.ClaimedByUserId is { } holder)
        {
            note.Status.ShouldBe(NoteStatus.PendingReview);
            Recruiters.ShouldContain(holder);
        }

        if (note.Status == NoteStatus.Approved)
        {
            // A delivered note has a delivered text, when, and the recruiter who approved it.
            note.DeliveredBody.ShouldBe(model.Delivered);
            note.DeliveredBody.ShouldNotBeNullOrWhiteSpace();
            note.DeliveredBody!.Length.ShouldBeLessThanOrEqualTo(Limits.NoteBodyLength);
            note.DeliveredAt.ShouldNotBeNull();
            last.Action.ShouldBeOneOf(ReviewAction.Approved, ReviewAction.RewrittenAndApproved);
            note.LastReview.ShouldBe(last);
            last.DeliveredBody.ShouldBe(note.DeliveredBody);
            last.At.ShouldBe(note.DeliveredAt!.Value);

            // As written, or rewritten with the candidate's text kept as its version.
            (last.Action == ReviewAction.Approved).ShouldBe(note.DeliveredBody == note.CurrentBody);
            if (note.ReadAt is { } read)
            {
                read.ShouldBeGreaterThanOrEqualTo(note.DeliveredAt.Value);
            }
        }
        else
        {
            note.DeliveredBody.ShouldBeNull();
            note.DeliveredAt.ShouldBeNull();
            note.ReadAt.ShouldBeNull();
        }

        switch (note.Status)
        {
            case NoteStatus.PendingReview:
                last.Action.ShouldBeOneOf(ReviewAction.Submitted, ReviewAction.Claimed);
                last.VersionNumber.ShouldBe(note.CurrentVersionNumber);
                break;
            case NoteStatus.Declined:
                // The candidate sees why: the catalogue reason and the recruiter's words, as given.
                last.Action.ShouldBe(ReviewAction.Declined);
                last.DeclineReason.ShouldBe(model.Reason);
                last.Message.ShouldBe(model.Message);
                note.LastReview.ShouldBe(last);
                break;
            case NoteStatus.Returned:
                last.Action.ShouldBe(ReviewAction.Returned);
                last.Message.ShouldNotBeNullOrWhiteSpace();
                note.LastReview.ShouldBe(last);
                break;
            case NoteStatus.Withdrawn:
                last.Action.ShouldBe(ReviewAction.Withdrawn);
                break;
        }
    }

    /// <summary>What a refusal must leave as it was, and what a terminal note must never change.</summary>
    private sealed record Snapshot(NoteStatus Status, int CurrentVersionNumber, int Versions, int Decisions, Guid? ClaimedBy, DateTimeOffset? ClaimExpiresAt,
        string? DeliveredBody, DateTimeOffset? DeliveredAt, DateTimeOffset? ReadAt, int Risk, DateTimeOffset SubmittedAt)
    {
        public static Snapshot Of(Note n) => new(n.Status, n.CurrentVersionNumber, n.Versions.Count, n.Decisions.Count, n.ClaimedByUserId, n.ClaimExpiresAt,
            n.DeliveredBody, n.DeliveredAt, n.ReadAt, n.Risk, n.SubmittedAt);
    }

    /// <summary>The review queue of DOMAIN.md, written out independently of Note.</summary>
    private sealed class ExpectedNote(string body)
    {
        public NoteStatus Status { get; private set; } = NoteStatus.PendingReview;

        public Guid? Holder { get; private set; }

        public DateTimeOffset? ClaimUntil { get; private set; }

        public int Versions { get; private set; } = 1;

        public string CurrentBody { get; private set; } = body;

        public string? Delivered { get; private set; }

        public DeclineReason? Reason { get; private set; }

        public string? Message { get; private set; }

        public bool Allows(Step step, DateTimeOffset now)
        {
            var pending = Status == NoteStatus.PendingReview;
            var free = !(Holder is { } holder && holder != Recruiters[step.Recruiter] && ClaimUntil > now);
            return step.Act switch
            {
                Act.Claim or Act.Approve or Act.Decline => pending && free,
                Act.RewriteAndApprove => pending && free && DomainInputs.IsAcceptable(step.Text, Limits.NoteBodyLength),
                Act.ReturnForRevision => pending && free && !string.IsNullOrWhiteSpace(step.Text),
                Act.Withdraw => pending,
                Act.Revise => Status is NoteStatus.Declined or NoteStatus.Returned && DomainInputs.IsAcceptable(step.Text, Limits.NoteBodyLength),
                _ => true,
            };
        }

        public void Apply(Step step, DateTimeOffset now)
        {
            switch (step.Act)
            {
                case Act.Claim:
                    Holder = Recruiters[step.Recruiter];
                    ClaimUntil = now + Note.ClaimDuration;
                    return;
                case Act.Approve:
                    Deliver(CurrentBody);
                    return;
                case Act.RewriteAndApprove:
                    Deliver(step.Text.Trim());
                    return;
                case Act.Decline:
                    (Reason, Message) = (step.Reason, step.Text);
                    Leave(NoteStatus.Declined);
                    return;
                case Act.ReturnForRevision:
                    Leave(NoteStatus.Returned);
                    return;
                case Act.Withdraw:
                    Leave(NoteStatus.Withdrawn);
                    return;
                case Act.Revise:
                    Versions++;
                    CurrentBody = step.Text.Trim();
                    Status = NoteStatus.PendingReview;
                    return;
            }
        }

        private void Deliver(string text)
        {
            Delivered = text;
            Leave(NoteStatus.Approved);
        }

        private void Leave(NoteStatus status)
        {
            Status = status;
            Holder = null;
            ClaimUntil = null;
        }
    }
}
