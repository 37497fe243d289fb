using RecruiterLiaison.Domain.Common;

namespace RecruiterLiaison.Domain.Feedback;

public enum FeedbackDecision
{
    Advance,
    Hold,
    Reject,
}

/// <summary>A client's verdict on an interview: a rating per requirement and a decision.</summary>
public sealed class ClientFeedback
{
    private readonly List<RequirementRating> _ratings = [];

    private ClientFeedback()
    {
    }

    public ClientFeedback(Guid agencyId, Guid interviewId, Guid contactId, FeedbackDecision decision, string notes, DateTimeOffset postedAt)
    {
        Id = Guid.NewGuid();
        AgencyId = agencyId;
        InterviewId = interviewId;
        ContactId = contactId;
        Decision = decision;
        Notes = notes;
        PostedAt = postedAt;
    }

    public Guid Id { get; private set; }

    public Guid AgencyId { get; private set; }

    public Guid InterviewId { get; private set; }

    public Guid ContactId { get; private set; }

    public FeedbackDecision Decision { get; private set; }

    public string Notes { get; private set; } = "";

    public DateTimeOffset PostedAt { get; private set; }

    /// <summary>The recruiter's words for the candidate; the raw feedback never reaches them.</summary>
    public string? CandidateSummary { get; private set; }

    public DateTimeOffset? RelayedAt { get; private set; }

    public IReadOnlyCollection<RequirementRating> Ratings => _ratings;

    public void Rate(Guid requirementId, int rating, string comment)
    {
        if (rating is < Limits.RatingMin or > Limits.RatingMax)
        {
            throw new DomainException($"A rating runs from {Limits.RatingMin} to {Limits.RatingMax}.");
        }

        _ratings.RemoveAll(r => r.RequirementId == requirementId);
        _ratings.Add(new RequirementRating(Id, requirementId, rating, comment));
    }

    public void RelaySummary(string summary, DateTimeOffset at)
    {
        if (string.IsNullOrWhiteSpace(summary))
        {
            throw new DomainException("Write the summary the candidate will read.");
        }

        CandidateSummary = summary.Trim();
        RelayedAt = at;
    }
}

/// <summary>1 Not met, 2 Partly met, 3 Met, 4 Exceeded, with a comment.</summary>
public sealed class RequirementRating
{
    private RequirementRating()
    {
    }

    internal RequirementRating(Guid clientFeedbackId, Guid requirementId, int rating, string comment)
    {
        Id = Guid.NewGuid();
        ClientFeedbackId = clientFeedbackId;
        RequirementId = requirementId;
        Rating = rating;
        Comment = comment;
    }

    public Guid Id { get; private set; }

    public Guid ClientFeedbackId { get; private set; }

    public Guid RequirementId { get; private set; }

    public int Rating { get; private set; }

    public string Comment { get; private set; } = "";
}
