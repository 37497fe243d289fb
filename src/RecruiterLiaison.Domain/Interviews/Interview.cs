using RecruiterLiaison.Domain.Common;

namespace RecruiterLiaison.Domain.Interviews;

public enum InterviewFormat
{
    Video,
    Phone,
    OnSite,
}

/// <summary>One round of a submission: when, in what format, and which client contacts interviewed.</summary>
public sealed class Interview
{
    private readonly List<Interviewer> _interviewers = [];

    private Interview()
    {
    }

    public Interview(Guid agencyId, Guid submissionId, int round, DateTimeOffset scheduledAt, int durationMinutes, InterviewFormat format)
    {
        if (durationMinutes is < 5 or > 600)
        {
            throw new DomainException("An interview lasts between 5 minutes and 10 hours.");
        }

        Id = Guid.NewGuid();
        AgencyId = agencyId;
        SubmissionId = submissionId;
        Round = round;
        ScheduledAt = scheduledAt;
        DurationMinutes = durationMinutes;
        Format = format;
    }

    public Guid Id { get; private set; }

    public Guid AgencyId { get; private set; }

    public Guid SubmissionId { get; private set; }

    public int Round { get; private set; }

    public DateTimeOffset ScheduledAt { get; private set; }

    public int DurationMinutes { get; private set; }

    public InterviewFormat Format { get; private set; }

    public DateTimeOffset EndsAt => ScheduledAt.AddMinutes(DurationMinutes);

    public IReadOnlyCollection<Interviewer> Interviewers => _interviewers;

    public void AddInterviewer(Guid clientContactId)
    {
        if (_interviewers.Any(i => i.ClientContactId == clientContactId))
        {
            return;
        }

        _interviewers.Add(new Interviewer(Id, clientContactId));
    }
}

/// <summary>A client contact who took part in an interview.</summary>
public sealed class Interviewer
{
    private Interviewer()
    {
    }

    internal Interviewer(Guid interviewId, Guid clientContactId)
    {
        InterviewId = interviewId;
        ClientContactId = clientContactId;
    }

    public Guid InterviewId { get; private set; }

    public Guid ClientContactId { get; private set; }
}
