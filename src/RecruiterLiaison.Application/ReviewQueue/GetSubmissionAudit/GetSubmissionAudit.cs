using Microsoft.EntityFrameworkCore;
using RecruiterLiaison.Application.Common;
using RecruiterLiaison.Domain.Common;
using RecruiterLiaison.Domain.Notes;

namespace RecruiterLiaison.Application.ReviewQueue.GetSubmissionAudit;

public sealed record AuditEntry(DateTimeOffset At, string Who, string Action, string Detail);

public sealed record SubmissionAudit(Guid SubmissionId, string Candidate, string Position, string Client, IReadOnlyList<AuditEntry> Entries);

/// <summary>Every action on a submission's notes, with who and when, and the original and delivered texts.</summary>
public sealed class GetSubmissionAuditHandler(IAppDbContextFactory contexts, TimeProvider clock)
{
    public async Task<SubmissionAudit?> HandleAsync(CurrentUser user, Guid submissionId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateAsync(cancellationToken);
        var header = user.Is(Role.Recruiter)
            ? await (
                    from s in db.Submissions
                    where s.Id == submissionId && s.AgencyId == user.AgencyId
                    join c in db.Candidates on s.CandidateId equals c.Id
                    join p in db.Positions on s.PositionId equals p.Id
                    join company in db.ClientCompanies on p.ClientCompanyId equals company.Id
                    select new { Candidate = c.Name, Position = p.Title, Client = company.Name })
                .SingleOrDefaultAsync(cancellationToken)
            : null;
        if (header is null)
        {
            await contexts.AuditRefusalAsync(user, "Submission", submissionId, "read a submission's audit trail", clock.GetUtcNow());
            return null;
        }

        var noteIds = db.Notes.Where(n => n.SubmissionId == submissionId).Select(n => n.Id);
        var replyIds = db.ClientReplies.Where(r => noteIds.Contains(r.NoteId)).Select(r => r.Id);
        var entries = await (
                from e in db.AuditEvents
                where e.AgencyId == user.AgencyId && e.SubjectId != null
                    && ((e.SubjectType == nameof(Note) && noteIds.Contains(e.SubjectId.Value)) || (e.SubjectType == nameof(ClientReply) && replyIds.Contains(e.SubjectId.Value)) || e.SubjectId == submissionId)
                join u in db.Users on e.ActorUserId equals u.Id into actors
                from u in actors.DefaultIfEmpty()
                orderby e.OccurredAt, e.Id
                select new AuditEntry(e.OccurredAt, u == null ? "system" : u.DisplayName, e.Action, e.Detail))
            .ToListAsync(cancellationToken);
        return new SubmissionAudit(submissionId, header.Candidate, header.Position, header.Client, entries);
    }
}
