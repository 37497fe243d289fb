using RecruiterLiaison.Domain.Common;

namespace RecruiterLiaison.Domain.Feedback;

public enum FeedbackWindowStatus
{
    Open,
    Received,
    Overdue,
}

/// <summary>
/// When a client should give feedback on an interview. Open until feedback is posted
/// (Received) or the due time passes (Overdue, then chased).
/// </summary>
public sealed class FeedbackWindow
{
    private readonly List<Chase> _chases = [];

    private FeedbackWindow()
    {
    }

    public FeedbackWindow(Guid agencyId, Guid interviewId, DateTimeOffset dueAt)
    {
        Id = Guid.NewGuid();
        AgencyId = agencyId;
        InterviewId = interviewId;
        DueAt = dueAt;
        Status = FeedbackWindowStatus.Open;
    }

    public Guid Id { get; private set; }

    public Guid AgencyId { get; private set; }

    public Guid InterviewId { get; private set; }

    public DateTimeOffset DueAt { get; private set; }

    public FeedbackWindowStatus Status { get; private set; }

    public DateTimeOffset? ReceivedAt { get; private set; }

    /// <summary>When the chaser should next act; null once received or fully chased.</summary>
    public DateTimeOffset? NextChaseAt { get; private set; }

    public uint Version { get; private set; }

    public IReadOnlyCollection<Chase> Chases => _chases;

    public void MoveDue(DateTimeOffset dueAt)
    {
        if (Status == FeedbackWindowStatus.Received)
        {
            throw new DomainException("Feedback has been received; the window is closed.");
        }

        DueAt = dueAt;
        Status = FeedbackWindowStatus.Open;

        // Chasing resumes from the new due time (the claim needs a next chase once any was sent).
        NextChaseAt = _chases.Count > 0 ? dueAt : null;
    }

    public void MarkReceived(DateTimeOffset at)
    {
        Status = FeedbackWindowStatus.Received;
        ReceivedAt = at;
        NextChaseAt = null;
    }

    /// <summary>Records one chase step; a late run catches up with one chase, not several.</summary>
    public Chase RecordChase(Guid contactId, DateTimeOffset at, DateTimeOffset? nextChaseAt)
    {
        if (Status == FeedbackWindowStatus.Received)
        {
            throw new DomainException("Feedback has been received; nothing to chase.");
        }

        Status = FeedbackWindowStatus.Overdue;
        var chase = new Chase(Id, _chases.Count + 1, contactId, at);
        _chases.Add(chase);
        NextChaseAt = nextChaseAt;
        return chase;
    }
}

/// <summary>One reminder sent to a client contact about an overdue window or request.</summary>
public sealed class Chase
{
    private Chase()
    {
    }

    internal Chase(Guid feedbackWindowId, int step, Guid contactId, DateTimeOffset sentAt)
    {
        Id = Guid.NewGuid();
        FeedbackWindowId = feedbackWindowId;
        Step = step;
        ContactId = contactId;
        SentAt = sentAt;
    }

    public Guid Id { get; private set; }

    public Guid FeedbackWindowId { get; private set; }

    public int Step { get; private set; }

    public Guid ContactId { get; private set; }

    public DateTimeOffset SentAt { get; private set; }
}
