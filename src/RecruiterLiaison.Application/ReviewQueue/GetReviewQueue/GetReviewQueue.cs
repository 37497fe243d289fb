using Microsoft.EntityFrameworkCore;
using RecruiterLiaison.Application.Common;
using RecruiterLiaison.Domain.Clients;
using RecruiterLiaison.Domain.Common;
using RecruiterLiaison.Domain.Notes;

namespace RecruiterLiaison.Application.ReviewQueue.GetReviewQueue;

public sealed record QueueItem(
    Guid Id, uint Version, string Candidate, string Client, string Recipient, string RecipientTitle, Seniority RecipientSeniority,
    int InterviewRound, DateTimeOffset InterviewAt, Guid InterviewId, Guid SubmissionId, NoteKind Kind, string Body, DateTimeOffset SubmittedAt,
    double AgeWorkingHours, bool IsLate, int Risk, IReadOnlyList<Finding> Findings, int NotesToClientLast7Days,
    string? ClaimedBy, DateTimeOffset? ClaimExpiresAt, bool HasDebrief);

public sealed record PendingReply(Guid Id, uint Version, string From, string Client, string Candidate, string Body, DateTimeOffset At, Guid NoteId);

public sealed record ReviewQueueView(IReadOnlyList<QueueItem> Notes, IReadOnlyList<PendingReply> Replies, int TargetWorkingHours);

/// <summary>
/// The agency's pending notes, what needs the recruiter first on top: notes past the review
/// target, then the riskiest, then the oldest. Client replies waiting to be relayed follow.
/// </summary>
public sealed class GetReviewQueueHandler(IAppDbContextFactory contexts, TimeProvider clock)
{
    public async Task<ReviewQueueView> HandleAsync(CurrentUser user, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        await using var db = await contexts.CreateAsync(cancellationToken);
        var agency = await db.Agencies.AsNoTracking().Where(a => a.Id == user.AgencyId).Select(a => new { a.TimeZone, a.ReviewTargetWorkingHours }).SingleAsync(cancellationToken);
        var zone = WorkingCalendar.Zone(agency.TimeZone);
        var rows = await (
                from n in db.Notes.AsNoTracking().Include(n => n.Versions)
                where n.AgencyId == user.AgencyId && n.Status == NoteStatus.PendingReview
                join c in db.Candidates on n.CandidateId equals c.Id
                join r in db.ClientContacts on n.RecipientContactId equals r.Id
                join company in db.ClientCompanies on r.ClientCompanyId equals company.Id
                join i in db.Interviews on n.InterviewId equals i.Id
                select new
                {
                    Note = n, Candidate = c.Name, Client = company.Name, CompanyId = company.Id, Recipient = r.Name, r.Title, r.Seniority, i.Round, i.ScheduledAt,
                    ClaimedBy = db.Users.Where(u => u.Id == n.ClaimedByUserId).Select(u => u.DisplayName).FirstOrDefault(),
                    HasDebrief = db.Debriefs.Any(d => d.InterviewId == n.InterviewId && d.CandidateId == n.CandidateId),
                    RecentNotes = db.Notes.Count(o => o.CandidateId == n.CandidateId && o.Id != n.Id && o.CreatedAt > now.AddDays(-7)
                        && o.Status != NoteStatus.Withdrawn && o.Status != NoteStatus.Declined
                        && db.ClientContacts.Any(cc => cc.Id == o.RecipientContactId && cc.ClientCompanyId == company.Id)),
                })
            .ToListAsync(cancellationToken);

        var items = rows.Select(x =>
            {
                var age = WorkingCalendar.WorkingHoursBetween(x.Note.SubmittedAt, now, zone);
                var claimActive = x.Note.ClaimExpiresAt > now;
                return new QueueItem(x.Note.Id, x.Note.Version, x.Candidate, x.Client, x.Recipient, x.Title, x.Seniority, x.Round, x.ScheduledAt, x.Note.InterviewId, x.Note.SubmissionId,
                    x.Note.Kind, x.Note.CurrentBody, x.Note.SubmittedAt, age, age >= agency.ReviewTargetWorkingHours, x.Note.Risk, x.Note.CurrentVersion.Findings,
                    x.RecentNotes, claimActive ? x.ClaimedBy : null, claimActive ? x.Note.ClaimExpiresAt : null, x.HasDebrief);
            })
            .OrderByDescending(q => q.IsLate)
            .ThenByDescending(q => q.Risk)
            .ThenBy(q => q.SubmittedAt)
            .ToList();

        var replies = await (
                from reply in db.ClientReplies.AsNoTracking()
                where reply.AgencyId == user.AgencyId && reply.Status == ClientReplyStatus.PendingReview
                join contact in db.ClientContacts on reply.ContactId equals contact.Id
                join company in db.ClientCompanies on contact.ClientCompanyId equals company.Id
                join n in db.Notes on reply.NoteId equals n.Id
                join c in db.Candidates on n.CandidateId equals c.Id
                orderby reply.CreatedAt
                select new PendingReply(reply.Id, reply.Version, contact.Name, company.Name, c.Name, reply.Body, reply.CreatedAt, n.Id))
            .ToListAsync(cancellationToken);
        return new ReviewQueueView(items, replies, agency.ReviewTargetWorkingHours);
    }
}
