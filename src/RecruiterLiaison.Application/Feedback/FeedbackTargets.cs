using Microsoft.EntityFrameworkCore;
using RecruiterLiaison.Application.Common;

namespace RecruiterLiaison.Application.Feedback;

public sealed record FeedbackTarget(Guid InterviewId, Guid SubmissionId, Guid ContactId, string ContactName, string Candidate, string Position, Guid PositionId, int Round, DateTimeOffset InterviewAt, IReadOnlyList<Guid> RequirementIds);

/// <summary>Which interviews a client contact may give feedback on: those they sat on, at their company.</summary>
internal static class FeedbackTargets
{
    public static async Task<FeedbackTarget?> ForClientAsync(IAppDbContext db, CurrentUser user, Guid interviewId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var row = await (
                from contact in db.ClientContacts
                where contact.UserId == user.UserId && contact.AgencyId == user.AgencyId
                from i in db.Interviews
                where i.Id == interviewId && i.Interviewers.Any(v => v.ClientContactId == contact.Id) && i.ScheduledAt <= now
                join s in db.Submissions on i.SubmissionId equals s.Id
                join c in db.Candidates on s.CandidateId equals c.Id
                join p in db.Positions on s.PositionId equals p.Id
                where p.ClientCompanyId == contact.ClientCompanyId
                select new { InterviewId = i.Id, SubmissionId = s.Id, ContactId = contact.Id, ContactName = contact.Name, Candidate = c.Name, Position = p.Title, PositionId = p.Id, i.Round, i.ScheduledAt })
            .SingleOrDefaultAsync(cancellationToken);
        if (row is null)
        {
            return null;
        }

        // Only current requirements are rated; a retired one keeps the ratings it already has.
        var requirements = await db.Requirements.Where(r => r.PositionId == row.PositionId && r.RetiredAt == null).OrderBy(r => r.Ordinal).Select(r => r.Id).ToListAsync(cancellationToken);
        return new FeedbackTarget(row.InterviewId, row.SubmissionId, row.ContactId, row.ContactName, row.Candidate, row.Position, row.PositionId, row.Round, row.ScheduledAt, requirements);
    }
}
