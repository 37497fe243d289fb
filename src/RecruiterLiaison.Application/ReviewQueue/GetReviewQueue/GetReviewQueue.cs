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

/// <summary>How the queue grid asks for a page: filters, a sort, and which page.</summary>
/// <param name="Sort">Null: what needs the recruiter first (late, then riskiest, then oldest).</param>
public sealed record ReviewQueueQuery(
    int Page = 0, int PageSize = 20, QueueSort? Sort = null, bool Descending = false,
    Guid? ClientId = null, string? Candidate = null, NoteKind? Kind = null, int? MinimumRisk = null, bool OverdueOnly = false);

public enum QueueSort
{
    Age,
    Risk,
    Candidate,
    Client,
}

public sealed record QueueClient(Guid Id, string Name);

/// <summary>One page of the queue, how many notes match in all, and the clients to filter by.</summary>
public sealed record ReviewQueuePage(IReadOnlyList<QueueItem> Items, int Total, int TargetWorkingHours, IReadOnlyList<QueueClient> Clients);

/// <summary>
/// The agency's pending notes, what needs the recruiter first on top: notes past the review
/// target, then the riskiest, then the oldest. Client replies waiting to be relayed follow.
/// </summary>
public sealed class GetReviewQueueHandler(IAppDbContextFactory contexts, TimeProvider clock)
{
    public async Task<ReviewQueueView> HandleAsync(CurrentUser user, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateAsync(cancellationToken);
        var agency = await AgencyOfAsync(db, user, cancellationToken);
        var items = NeedsYouFirst(await LoadAsync(db, user, agency, new ReviewQueueQuery(), cancellationToken)).ToList();
        return new ReviewQueueView(items, await RepliesAsync(db, user, cancellationToken), agency.TargetWorkingHours);
    }

    /// <summary>Client replies waiting for the recruiter to relay or keep back, oldest first.</summary>
    public async Task<IReadOnlyList<PendingReply>> PendingRepliesAsync(CurrentUser user, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateAsync(cancellationToken);
        return await RepliesAsync(db, user, cancellationToken);
    }

    /// <summary>A page of pending notes for the queue grid, filtered and sorted as asked.</summary>
    public async Task<ReviewQueuePage> HandleAsync(CurrentUser user, ReviewQueueQuery query, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateAsync(cancellationToken);
        var agency = await AgencyOfAsync(db, user, cancellationToken);
        var matching = await LoadAsync(db, user, agency, query, cancellationToken);
        var sorted = query.Sort switch
        {
            null => NeedsYouFirst(matching),
            QueueSort.Age => query.Descending ? matching.OrderByDescending(q => q.AgeWorkingHours) : matching.OrderBy(q => q.AgeWorkingHours),
            QueueSort.Risk => query.Descending ? matching.OrderByDescending(q => q.Risk) : matching.OrderBy(q => q.Risk),
            QueueSort.Candidate => query.Descending ? matching.OrderByDescending(q => q.Candidate) : matching.OrderBy(q => q.Candidate),
            QueueSort.Client => query.Descending ? matching.OrderByDescending(q => q.Client) : matching.OrderBy(q => q.Client),
            _ => NeedsYouFirst(matching),
        };
        var pageSize = Math.Clamp(query.PageSize, 1, 100);
        var page = sorted.Skip(Math.Max(0, query.Page) * pageSize).Take(pageSize).ToList();
        var clients = await db.ClientCompanies.AsNoTracking().Where(c => c.AgencyId == user.AgencyId).OrderBy(c => c.Name)
            .Select(c => new QueueClient(c.Id, c.Name)).ToListAsync(cancellationToken);
        return new ReviewQueuePage(page, matching.Count, agency.TargetWorkingHours, clients);
    }

    /// <summary>One page of the client replies waiting for the recruiter, oldest first.</summary>
    public async Task<Paged<PendingReply>> PendingRepliesAsync(CurrentUser user, PageRequest page, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateAsync(cancellationToken);
        return await Replies(db, user).ToPagedAsync(page, cancellationToken);
    }

    private static async Task<List<PendingReply>> RepliesAsync(IAppDbContext db, CurrentUser user, CancellationToken cancellationToken) =>
        await Replies(db, user).ToListAsync(cancellationToken);

    private static IQueryable<PendingReply> Replies(IAppDbContext db, CurrentUser user) =>
                from reply in db.ClientReplies.AsNoTracking()
                where reply.AgencyId == user.AgencyId && reply.Status == ClientReplyStatus.PendingReview
                join contact in db.ClientContacts on reply.ContactId equals contact.Id
                join company in db.ClientCompanies on contact.ClientCompanyId equals company.Id
                join n in db.Notes on reply.NoteId equals n.Id
                join c in db.Candidates on n.CandidateId equals c.Id
                orderby reply.CreatedAt, reply.Id
                select new PendingReply(reply.Id, reply.Version, contact.Name, company.Name, c.Name, reply.Body, reply.CreatedAt, n.Id);

    private sealed record AgencyRules(TimeZoneInfo Zone, int TargetWorkingHours);

    private static async Task<AgencyRules> AgencyOfAsync(IAppDbContext db, CurrentUser user, CancellationToken cancellationToken)
    {
        var agency = await db.Agencies.AsNoTracking().Where(a => a.Id == user.AgencyId).Select(a => new { a.TimeZone, a.ReviewTargetWorkingHours }).SingleAsync(cancellationToken);
        return new AgencyRules(WorkingCalendar.Zone(agency.TimeZone), agency.ReviewTargetWorkingHours);
    }

    // Pending notes are few at any moment (they leave the queue within hours), so the working-hour
    // age, lateness and ordering are computed here rather than in SQL; the filters run in SQL.
    private async Task<List<QueueItem>> LoadAsync(IAppDbContext db, CurrentUser user, AgencyRules agency, ReviewQueueQuery query, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var zone = agency.Zone;
        var candidate = string.IsNullOrWhiteSpace(query.Candidate) ? null : query.Candidate.Trim().ToLowerInvariant();
        var rows = await (
                from n in db.Notes.AsNoTracking().Include(n => n.Versions)
                where n.AgencyId == user.AgencyId && n.Status == NoteStatus.PendingReview
                    && (query.Kind == null || n.Kind == query.Kind) && (query.MinimumRisk == null || n.Risk >= query.MinimumRisk)
                join c in db.Candidates on n.CandidateId equals c.Id
                where candidate == null || c.Name.ToLower().Contains(candidate)
                join r in db.ClientContacts on n.RecipientContactId equals r.Id
                join company in db.ClientCompanies on r.ClientCompanyId equals company.Id
                where query.ClientId == null || company.Id == query.ClientId
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

        return rows.Select(x =>
            {
                var age = WorkingCalendar.WorkingHoursBetween(x.Note.SubmittedAt, now, zone);
                var claimActive = x.Note.ClaimExpiresAt > now;
                return new QueueItem(x.Note.Id, x.Note.Version, x.Candidate, x.Client, x.Recipient, x.Title, x.Seniority, x.Round, x.ScheduledAt, x.Note.InterviewId, x.Note.SubmissionId,
                    x.Note.Kind, x.Note.CurrentBody, x.Note.SubmittedAt, age, age >= agency.TargetWorkingHours, x.Note.Risk, x.Note.CurrentVersion.Findings,
                    x.RecentNotes, claimActive ? x.ClaimedBy : null, claimActive ? x.Note.ClaimExpiresAt : null, x.HasDebrief);
            })
            .Where(q => !query.OverdueOnly || q.IsLate)
            .ToList();
    }

    private static IOrderedEnumerable<QueueItem> NeedsYouFirst(IEnumerable<QueueItem> items) =>
        items.OrderByDescending(q => q.IsLate).ThenByDescending(q => q.Risk).ThenBy(q => q.SubmittedAt);
}
