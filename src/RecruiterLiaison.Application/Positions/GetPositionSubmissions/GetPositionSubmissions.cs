using Microsoft.EntityFrameworkCore;
using RecruiterLiaison.Application.Common;
using RecruiterLiaison.Domain.Submissions;

namespace RecruiterLiaison.Application.Positions.GetPositionSubmissions;

public sealed record PositionSubmissionItem(Guid Id, Guid CandidateId, string Candidate, SubmissionStage Stage, DateTimeOffset SubmittedAt);

/// <summary>Who has been put forward for a position and where each stands, newest first; null (and audited) when not the caller's.</summary>
public sealed class GetPositionSubmissionsHandler(IAppDbContextFactory contexts, TimeProvider clock)
{
    public async Task<IReadOnlyList<PositionSubmissionItem>?> HandleAsync(CurrentUser user, Guid positionId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateAsync(cancellationToken);
        var known = user.IsStaff
            && await db.Positions.AnyAsync(p => p.Id == positionId && p.AgencyId == user.AgencyId, cancellationToken);
        if (!known)
        {
            await contexts.AuditRefusalAsync(user, PositionReads.Subject, positionId, "list a position's submissions", clock.GetUtcNow());
            return null;
        }

        return await (
                from s in db.Submissions
                where s.PositionId == positionId
                join c in db.Candidates on s.CandidateId equals c.Id
                orderby s.SubmittedAt descending
                select new PositionSubmissionItem(s.Id, c.Id, c.Name, s.Stage, s.SubmittedAt))
            .ToListAsync(cancellationToken);
    }
}
