using RecruiterLiaison.Domain.Common;

namespace RecruiterLiaison.Domain.Submissions;

/// <summary>
/// Stages in order (seeds/003): recruiter screen → interviews → offer → placed; or rejected,
/// withdrawn, removed. Stored by name, so a member's place here is only its reading order.
/// </summary>
public enum SubmissionStage
{
    RecruiterScreen,
    FirstClientInterview,
    FurtherInterviews,
    Offer,
    Placed,
    Rejected,
    Withdrawn,
    RemovedFromConsideration,
}

/// <summary>A candidate put forward for a position.</summary>
public sealed class Submission
{
    private readonly List<SubmissionStageChange> _stageChanges = [];

    private Submission()
    {
    }

    public Submission(Guid agencyId, Guid candidateId, Guid positionId, DateTimeOffset submittedAt, string? pitch = null, Guid? submittedByUserId = null)
    {
        Id = Guid.NewGuid();
        AgencyId = agencyId;
        CandidateId = candidateId;
        PositionId = positionId;
        SubmittedAt = submittedAt;
        Pitch = Require.Optional(pitch, Limits.MessageLength, "A pitch");
        Stage = SubmissionStage.RecruiterScreen;
        _stageChanges.Add(new SubmissionStageChange(Id, Stage, submittedAt, submittedByUserId, null));
    }

    /// <summary>The stages a recruiter may move a submission to by hand; interviews move it through the others.</summary>
    public static IReadOnlyList<SubmissionStage> StagesSetByHand { get; } =
        [SubmissionStage.Offer, SubmissionStage.Placed, SubmissionStage.Rejected, SubmissionStage.Withdrawn, SubmissionStage.RemovedFromConsideration];

    /// <summary>The stages that end a submission; a candidate may be put forward again after the last three.</summary>
    public static IReadOnlyList<SubmissionStage> ClosedStages { get; } =
        [SubmissionStage.Placed, SubmissionStage.Rejected, SubmissionStage.Withdrawn, SubmissionStage.RemovedFromConsideration];

    public Guid Id { get; private set; }

    public Guid AgencyId { get; private set; }

    public Guid CandidateId { get; private set; }

    public Guid PositionId { get; private set; }

    public SubmissionStage Stage { get; private set; }

    public DateTimeOffset SubmittedAt { get; private set; }

    /// <summary>Why the recruiter put the candidate forward, in a few lines the client reads.</summary>
    public string? Pitch { get; private set; }

    public uint Version { get; private set; }

    public IReadOnlyCollection<SubmissionStageChange> StageChanges => _stageChanges;

    public bool IsClosed => ClosedStages.Contains(Stage);

    /// <summary>A client contact's request to remove the candidate, waiting for the recruiter.</summary>
    public Guid? RemovalRequestedByContactId { get; private set; }

    public string? RemovalReason { get; private set; }

    public DateTimeOffset? RemovalRequestedAt { get; private set; }

    public void RequestRemoval(Guid contactId, string reason, DateTimeOffset at)
    {
        if (IsClosed)
        {
            throw new DomainException($"This submission is already closed ({Stage}).");
        }

        if (string.IsNullOrWhiteSpace(reason) || reason.Length > Limits.MessageLength)
        {
            throw new DomainException($"Give a reason of up to {Limits.MessageLength} characters.");
        }

        RemovalRequestedByContactId = contactId;
        RemovalReason = reason.Trim();
        RemovalRequestedAt = at;
    }

    /// <summary>The recruiter confirms a client's removal request; the candidate is told separately, in the recruiter's words.</summary>
    public void ConfirmRemoval(Guid recruiterId, DateTimeOffset at)
    {
        if (RemovalRequestedAt is null)
        {
            throw new DomainException("The client has not asked to remove this candidate.");
        }

        MoveTo(SubmissionStage.RemovedFromConsideration, at, recruiterId);
    }

    public void Withdraw(Guid candidateUserId, DateTimeOffset at) => MoveTo(SubmissionStage.Withdrawn, at, candidateUserId);

    /// <summary>Whether the process allows a recruiter to move this submission to <paramref name="stage"/> now.</summary>
    public bool CanMoveByHandTo(SubmissionStage stage) =>
        !IsClosed && stage != Stage && stage switch
        {
            SubmissionStage.Offer => Stage is SubmissionStage.FirstClientInterview or SubmissionStage.FurtherInterviews,
            SubmissionStage.Placed => Stage == SubmissionStage.Offer,
            SubmissionStage.Rejected or SubmissionStage.Withdrawn or SubmissionStage.RemovedFromConsideration => true,
            _ => false,
        };

    /// <summary>
    /// A recruiter moves the stage by hand (an offer, a placement, a rejection…) with a reason
    /// the candidate reads in the recruiter's words.
    /// </summary>
    public void MoveByHand(SubmissionStage stage, string reason, DateTimeOffset at, Guid recruiterId)
    {
        var why = Require.Text(reason, Limits.MessageLength, "A reason");
        if (!CanMoveByHandTo(stage))
        {
            throw new DomainException(IsClosed
                ? $"This submission is closed ({Stage}); its stage cannot change."
                : $"A submission at {Stage} cannot move to {stage} by hand.");
        }

        MoveTo(stage, at, recruiterId, why);
    }

    public void MoveTo(SubmissionStage stage, DateTimeOffset at, Guid? byUserId, string? reason = null)
    {
        if (IsClosed)
        {
            throw new DomainException($"This submission is closed ({Stage}); its stage cannot change.");
        }

        if (stage == Stage)
        {
            return;
        }

        Stage = stage;
        _stageChanges.Add(new SubmissionStageChange(Id, stage, at, byUserId, reason));
    }
}

/// <summary>One step in a submission's history of stages.</summary>
public sealed class SubmissionStageChange
{
    private SubmissionStageChange()
    {
    }

    internal SubmissionStageChange(Guid submissionId, SubmissionStage stage, DateTimeOffset changedAt, Guid? changedByUserId, string? reason)
    {
        Id = Guid.NewGuid();
        SubmissionId = submissionId;
        Stage = stage;
        ChangedAt = changedAt;
        ChangedByUserId = changedByUserId;
        Reason = reason;
    }

    public Guid Id { get; private set; }

    public Guid SubmissionId { get; private set; }

    public SubmissionStage Stage { get; private set; }

    public DateTimeOffset ChangedAt { get; private set; }

    public Guid? ChangedByUserId { get; private set; }

    /// <summary>The recruiter's words for a stage set by hand; the candidate reads them.</summary>
    public string? Reason { get; private set; }
}
