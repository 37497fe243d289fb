using RecruiterLiaison.Domain.Common;

namespace RecruiterLiaison.Domain.Feedback;

public enum FeedbackRequestStatus
{
    Requested,
    AskedClient,
    Answered,
}

/// <summary>A candidate's request for constructive feedback after a rejection (seeds/004).</summary>
public sealed class FeedbackRequest
{
    private FeedbackRequest()
    {
    }

    public FeedbackRequest(Guid agencyId, Guid submissionId, Guid candidateId, DateTimeOffset requestedAt)
    {
        Id = Guid.NewGuid();
        AgencyId = agencyId;
        SubmissionId = submissionId;
        CandidateId = candidateId;
        RequestedAt = requestedAt;
        Status = FeedbackRequestStatus.Requested;
    }

    public Guid Id { get; private set; }

    public Guid AgencyId { get; private set; }

    public Guid SubmissionId { get; private set; }

    public Guid CandidateId { get; private set; }

    public FeedbackRequestStatus Status { get; private set; }

    public DateTimeOffset RequestedAt { get; private set; }

    public Guid? AskedContactId { get; private set; }

    public DateTimeOffset? ClientDueAt { get; private set; }

    public int ChasesSent { get; private set; }

    public DateTimeOffset? NextChaseAt { get; private set; }

    /// <summary>What the client told the agency; the candidate reads only the recruiter's answer.</summary>
    public string? ClientAnswer { get; private set; }

    public DateTimeOffset? ClientAnsweredAt { get; private set; }

    public string? Answer { get; private set; }

    public DateTimeOffset? AnsweredAt { get; private set; }

    public uint Version { get; private set; }

    public void AskClient(Guid contactId, DateTimeOffset dueAt)
    {
        if (Status == FeedbackRequestStatus.Answered)
        {
            throw new DomainException("This request has been answered.");
        }

        Status = FeedbackRequestStatus.AskedClient;
        AskedContactId = contactId;
        ClientDueAt = dueAt;
        NextChaseAt = dueAt;
    }

    public void RecordClientAnswer(string answer, DateTimeOffset at)
    {
        if (Status != FeedbackRequestStatus.AskedClient)
        {
            throw new DomainException("The agency has not asked you about this candidate, or has already answered them.");
        }

        if (string.IsNullOrWhiteSpace(answer) || answer.Length > Limits.LongTextLength)
        {
            throw new DomainException($"Write your feedback (up to {Limits.LongTextLength} characters).");
        }

        ClientAnswer = answer.Trim();
        ClientAnsweredAt = at;
        NextChaseAt = null;
    }

    public void RecordChase(DateTimeOffset? nextChaseAt)
    {
        ChasesSent++;
        NextChaseAt = nextChaseAt;
    }

    public void AnswerWith(string answer, DateTimeOffset at)
    {
        if (string.IsNullOrWhiteSpace(answer))
        {
            throw new DomainException("Write the answer the candidate will read.");
        }

        Status = FeedbackRequestStatus.Answered;
        Answer = answer.Trim();
        AnsweredAt = at;
        NextChaseAt = null;
    }
}
