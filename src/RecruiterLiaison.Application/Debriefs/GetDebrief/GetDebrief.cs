using Microsoft.EntityFrameworkCore;
using RecruiterLiaison.Application.Common;
using RecruiterLiaison.Domain.Common;
using RecruiterLiaison.Domain.Interviews;

namespace RecruiterLiaison.Application.Debriefs.GetDebrief;

public sealed record DebriefView(Guid InterviewId, string Candidate, string Position, string Client, int Round, DateTimeOffset InterviewAt,
    int? HowItWent, int? InterestLevel, string Concerns, string Questions, string PointsNotMade, DateTimeOffset? LoggedAt);

/// <summary>A debrief, for its candidate and the agency's recruiters only: never a client.</summary>
public sealed class GetDebriefHandler(IAppDbContextFactory contexts, TimeProvider clock)
{
    public async Task<DebriefView?> HandleAsync(CurrentUser user, Guid interviewId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateAsync(cancellationToken);
        var row = user.Role is Role.Candidate or Role.Recruiter
            ? await (
                    from i in db.Interviews
                    where i.Id == interviewId && i.AgencyId == user.AgencyId
                    join s in db.Submissions on i.SubmissionId equals s.Id
                    join c in db.Candidates on s.CandidateId equals c.Id
                    join p in db.Positions on s.PositionId equals p.Id
                    join company in db.ClientCompanies on p.ClientCompanyId equals company.Id
                    where user.Role == Role.Recruiter || c.UserId == user.UserId
                    select new { Interview = i, CandidateId = c.Id, Candidate = c.Name, Position = p.Title, Client = company.Name })
                .SingleOrDefaultAsync(cancellationToken)
            : null;
        if (row is null)
        {
            await contexts.AuditRefusalAsync(user, nameof(Interview), interviewId, "read a debrief", clock.GetUtcNow());
            return null;
        }

        var debrief = await db.Debriefs.AsNoTracking().SingleOrDefaultAsync(d => d.InterviewId == interviewId && d.CandidateId == row.CandidateId, cancellationToken);
        return new DebriefView(interviewId, row.Candidate, row.Position, row.Client, row.Interview.Round, row.Interview.ScheduledAt,
            debrief?.HowItWent, debrief?.InterestLevel, debrief?.Concerns ?? "", debrief?.Questions ?? "", debrief?.PointsNotMade ?? "", debrief?.LoggedAt);
    }
}
