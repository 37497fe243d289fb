using RecruiterLiaison.Domain.Common;

namespace RecruiterLiaison.Domain.Submissions;

/// <summary>Stages in order (seeds/003); the last four end the submission.</summary>
public enum SubmissionStage
{
    RecruiterScreen,
    FirstClientInterview,
    FurtherInterviews,
    Offer,
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

    public Submission(Guid agencyId, Guid candidateId, Guid positionId, DateTimeOffset submittedAt)
    {
        Id = Guid.NewGuid();
        AgencyId = agencyId;
        CandidateId = candidateId;
        PositionId = positionId;
        SubmittedAt = submittedAt;
        Stage = SubmissionStage.RecruiterScreen;
        _stageChanges.Add(new SubmissionStageChange(Id, Stage, submittedAt, null));
    }

    public Guid Id { get; private set; }

    public Guid AgencyId { get; private set; }

    public Guid CandidateId { get; private set; }

    public Guid PositionId { get; private set; }

    public SubmissionStage Stage { get; private set; }

    public DateTimeOffset SubmittedAt { get; private set; }

    public uint Version { get; private set; }

    public IReadOnlyCollection<SubmissionStageChange> StageChanges => _stageChanges;

    public bool IsClosed => Stage is SubmissionStage.Rejected or SubmissionStage.Withdrawn or SubmissionStage.RemovedFromConsideration;

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

    public void MoveTo(SubmissionStage stage, DateTimeOffset at, Guid? byUserId)
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
        _stageChanges.Add(new SubmissionStageChange(Id, stage, at, byUserId));
    }
}

/// <summary>One step in a submission's history of stages.</summary>
public sealed class SubmissionStageChange
{
    private SubmissionStageChange()
    {
    }

    internal SubmissionStageChange(Guid submissionId, SubmissionStage stage, DateTimeOffset changedAt, Guid? changedByUserId)
    {
        Id = Guid.NewGuid();
        SubmissionId = submissionId;
        Stage = stage;
        ChangedAt = changedAt;
        ChangedByUserId = changedByUserId;
    }

    public Guid Id { get; private set; }

    public Guid SubmissionId { get; private set; }

    public SubmissionStage Stage { get; private set; }

    public DateTimeOffset ChangedAt { get; private set; }

    public Guid? ChangedByUserId { get; private set; }
}
