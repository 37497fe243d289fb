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
