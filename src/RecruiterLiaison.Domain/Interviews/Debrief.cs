using RecruiterLiaison.Domain.Common;

namespace RecruiterLiaison.Domain.Interviews;

/// <summary>The candidate's account of an interview, for the recruiter only (seeds/001).</summary>
public sealed class Debrief
{
    private Debrief()
    {
    }

    public Debrief(Guid agencyId, Guid interviewId, Guid candidateId, int howItWent, int interestLevel, string concerns, string questions, string pointsNotMade, DateTimeOffset loggedAt)
    {
        Id = Guid.NewGuid();
        AgencyId = agencyId;
        InterviewId = interviewId;
        CandidateId = candidateId;
        Revise(howItWent, interestLevel, concerns, questions, pointsNotMade, loggedAt);
    }

    public Guid Id { get; private set; }

    public Guid AgencyId { get; private set; }

    public Guid InterviewId { get; private set; }

    public Guid CandidateId { get; private set; }

    public int HowItWent { get; private set; }

    public int InterestLevel { get; private set; }

    public string Concerns { get; private set; } = "";

    public string Questions { get; private set; } = "";

    public string PointsNotMade { get; private set; } = "";

    public DateTimeOffset LoggedAt { get; private set; }

    public void Revise(int howItWent, int interestLevel, string concerns, string questions, string pointsNotMade, DateTimeOffset at)
    {
        if (howItWent is < Limits.ScoreMin or > Limits.ScoreMax || interestLevel is < Limits.ScoreMin or > Limits.ScoreMax)
        {
            throw new DomainException($"Scores run from {Limits.ScoreMin} to {Limits.ScoreMax}.");
        }

        HowItWent = howItWent;
        InterestLevel = interestLevel;
        Concerns = concerns;
        Questions = questions;
        PointsNotMade = pointsNotMade;
        LoggedAt = at;
    }
}
