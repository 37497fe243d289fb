using RecruiterLiaison.Domain.Common;

namespace RecruiterLiaison.Domain.Notes;

/// <summary>
/// A candidate's message to a client contact. It reaches the client only through a recruiter's
/// review: every change of state is a method here that checks the current state first.
/// </summary>
public sealed class Note
{
    /// <summary>A claim keeps other recruiters off a note for this long.</summary>
    public static readonly TimeSpan ClaimDuration = TimeSpan.FromMinutes(15);

    private readonly List<NoteVersion> _versions = [];
    private readonly List<ReviewDecision> _decisions = [];

    private Note()
    {
    }

    public Note(Guid agencyId, Guid submissionId, Guid interviewId, Guid candidateId, Guid recipientContactId, NoteKind kind, string body, IReadOnlyList<Finding> findings, Guid submittedByUserId, DateTimeOffset at)
    {
        Id = Guid.NewGuid();
        AgencyId = agencyId;
        SubmissionId = submissionId;
        InterviewId = interviewId;
        CandidateId = candidateId;
        RecipientContactId = recipientContactId;
        Kind = kind;
        CreatedAt = at;
        AddVersionAndQueue(body, findings, at);
        Record(ReviewAction.Submitted, submittedByUserId, at);
    }

    public Guid Id { get; private set; }

    public Guid AgencyId { get; private set; }

    public Guid SubmissionId { get; private set; }

    public Guid InterviewId { get; private set; }

    public Guid CandidateId { get; private set; }

    public Guid RecipientContactId { get; private set; }

    public NoteKind Kind { get; private set; }

    public NoteStatus Status { get; private set; }

    public int CurrentVersionNumber { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>When the current version entered the queue; the queue's age counts from here.</summary>
    public DateTimeOffset SubmittedAt { get; private set; }

    public Guid? ClaimedByUserId { get; private set; }

    public DateTimeOffset? ClaimExpiresAt { get; private set; }

    /// <summary>The text the client received; null until approved. Never edited afterwards.</summary>
    public string? DeliveredBody { get; private set; }

    public DateTimeOffset? DeliveredAt { get; private set; }

    public DateTimeOffset? ReadAt { get; private set; }

    /// <summary>Risk of the current version's findings; orders the review queue after age.</summary>
    public int Risk { get; private set; }

    /// <summary>Postgres xmin: two recruiters acting at once cannot both win.</summary>
    public uint Version { get; private set; }

    public IReadOnlyCollection<NoteVersion> Versions => _versions;

    public IReadOnlyCollection<ReviewDecision> Decisions => _decisions;

    public NoteVersion CurrentVersion => _versions.Single(v => v.Number == CurrentVersionNumber);

    public string CurrentBody => CurrentVersion.Body;

    /// <summary>Who last acted on the note in the queue (approve, rewrite, decline, return).</summary>
    public ReviewDecision? LastReview => _decisions
        .Where(d => d.Action is ReviewAction.Approved or ReviewAction.RewrittenAndApproved or ReviewAction.Declined or ReviewAction.Returned)
        .OrderBy(d => d.VersionNumber).ThenBy(d => d.At)
        .LastOrDefault();

    public bool IsClaimedBySomeoneElse(Guid userId, DateTimeOffset now) =>
        ClaimedByUserId is { } holder && holder != userId && ClaimExpiresAt > now;

    public void Claim(Guid recruiterId, DateTimeOffset now)
    {
        EnsurePending();
        if (IsClaimedBySomeoneElse(recruiterId, now))
        {
            throw new DomainException("Another recruiter is working on this note.");
        }

        ClaimedByUserId = recruiterId;
        ClaimExpiresAt = now + ClaimDuration;
        Record(ReviewAction.Claimed, recruiterId, now);
    }

    public void Approve(Guid recruiterId, DateTimeOffset now)
    {
        EnsureActionable(recruiterId, now);
        Deliver(CurrentBody, now);
        Record(ReviewAction.Approved, recruiterId, now, deliveredBody: CurrentBody);
    }

    /// <summary>Approve with the recruiter's text; the candidate's original stays as its version.</summary>
    public void RewriteAndApprove(Guid recruiterId, string rewrittenBody, DateTimeOffset now)
    {
        EnsureActionable(recruiterId, now);
        var body = RequireBody(rewrittenBody);
        if (body == CurrentBody)
        {
            Approve(recruiterId, now);
            return;
        }

        Deliver(body, now);
        Record(ReviewAction.RewrittenAndApproved, recruiterId, now, deliveredBody: body);
    }

    public void Decline(Guid recruiterId, DeclineReason reason, string message, DateTimeOffset now)
    {
        EnsureActionable(recruiterId, now);
        Status = NoteStatus.Declined;
        ReleaseClaim();
        Record(ReviewAction.Declined, recruiterId, now, reason, message);
    }

    public void ReturnForRevision(Guid recruiterId, string message, DateTimeOffset now)
    {
        EnsureActionable(recruiterId, now);
        if (string.IsNullOrWhiteSpace(message))
        {
            throw new DomainException("Tell the candidate what to revise.");
        }

        Status = NoteStatus.Returned;
        ReleaseClaim();
        Record(ReviewAction.Returned, recruiterId, now, message: message);
    }

    public void Withdraw(Guid candidateUserId, DateTimeOffset now)
    {
        EnsurePending();
        Status = NoteStatus.Withdrawn;
        ReleaseClaim();
        Record(ReviewAction.Withdrawn, candidateUserId, now);
    }

    /// <summary>A declined or returned note comes back as a new version, in the queue again.</summary>
    public void Revise(Guid candidateUserId, string body, IReadOnlyList<Finding> findings, DateTimeOffset now)
    {
        if (Status is not (NoteStatus.Declined or NoteStatus.Returned))
        {
            throw new DomainException($"Only a declined or returned note can be revised; this one is {Status}.");
        }

        AddVersionAndQueue(body, findings, now);
        Record(ReviewAction.Submitted, candidateUserId, now);
    }

    public void MarkRead(DateTimeOffset now)
    {
        if (Status == NoteStatus.Approved && ReadAt is null)
        {
            ReadAt = now;
        }
    }

    private void AddVersionAndQueue(string body, IReadOnlyList<Finding> findings, DateTimeOffset at)
    {
        // Checked before anything changes: a refused revision leaves the note as it was.
        var text = RequireBody(body);
        CurrentVersionNumber = _versions.Count + 1;
        _versions.Add(new NoteVersion(Id, CurrentVersionNumber, text, findings, at));
        Risk = Finding.RiskOf(findings);
        Status = NoteStatus.PendingReview;
        SubmittedAt = at;
    }

    private void Deliver(string body, DateTimeOffset now)
    {
        Status = NoteStatus.Approved;
        DeliveredBody = body;
        DeliveredAt = now;
        ReleaseClaim();
    }

    private void EnsurePending()
    {
        if (Status != NoteStatus.PendingReview)
        {
            throw new DomainException($"This note is no longer pending review; it is {Status}.");
        }
    }

    private void EnsureActionable(Guid recruiterId, DateTimeOffset now)
    {
        EnsurePending();
        if (IsClaimedBySomeoneElse(recruiterId, now))
        {
            throw new DomainException("Another recruiter has claimed this note.");
        }
    }

    private void ReleaseClaim()
    {
        ClaimedByUserId = null;
        ClaimExpiresAt = null;
    }

    private void Record(ReviewAction action, Guid byUserId, DateTimeOffset at, DeclineReason? reason = null, string? message = null, string? deliveredBody = null) =>
        _decisions.Add(new ReviewDecision(Id, CurrentVersionNumber, action, byUserId, at, reason, message, deliveredBody));

    private static string RequireBody(string body)
    {
        if (string.IsNullOrWhiteSpace(body))
        {
            throw new DomainException("A note needs some text.");
        }

        if (body.Length > Limits.NoteBodyLength)
        {
            throw new DomainException($"A note is at most {Limits.NoteBodyLength} characters.");
        }

        return body.Trim();
    }
}

/// <summary>One text of a note as the candidate wrote it; every version is kept.</summary>
public sealed class NoteVersion
{
    private NoteVersion()
    {
    }

    internal NoteVersion(Guid noteId, int number, string body, IReadOnlyList<Finding> findings, DateTimeOffset createdAt)
    {
        Findings = [.. findings];
        Id = Guid.NewGuid();
        NoteId = noteId;
        Number = number;
        Body = body;
        CreatedAt = createdAt;
    }

    public Guid Id { get; private set; }

    public Guid NoteId { get; private set; }

    public int Number { get; private set; }

    public string Body { get; private set; } = "";

    /// <summary>The etiquette findings on this text, as the checker saw it when submitted.</summary>
    public List<Finding> Findings { get; private set; } = [];

    public DateTimeOffset CreatedAt { get; private set; }
}

/// <summary>One action on a note in the review queue: the note's own audit trail.</summary>
public sealed class ReviewDecision
{
    private ReviewDecision()
    {
    }

    internal ReviewDecision(Guid noteId, int versionNumber, ReviewAction action, Guid byUserId, DateTimeOffset at, DeclineReason? reason, string? message, string? deliveredBody)
    {
        Id = Guid.NewGuid();
        NoteId = noteId;
        VersionNumber = versionNumber;
        Action = action;
        ByUserId = byUserId;
        At = at;
        DeclineReason = reason;
        Message = message;
        DeliveredBody = deliveredBody;
    }

    public Guid Id { get; private set; }

    public Guid NoteId { get; private set; }

    public int VersionNumber { get; private set; }

    public ReviewAction Action { get; private set; }

    public Guid ByUserId { get; private set; }

    public DateTimeOffset At { get; private set; }

    public DeclineReason? DeclineReason { get; private set; }

    public string? Message { get; private set; }

    public string? DeliveredBody { get; private set; }
}
