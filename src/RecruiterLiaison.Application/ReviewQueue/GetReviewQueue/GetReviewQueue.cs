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
        var order = NeedsYouFirst(await MatchingAsync(db, user, agency, new ReviewQueueQuery(), cancellationToken)).ToList();
        return new ReviewQueueView(await DetailsAsync(db, user, agency, order, cancellationToken), await RepliesAsync(db, user, cancellationToken), agency.TargetWorkingHours);
    }

    /// <summary>Client replies waiting for the recruiter to relay or keep back, oldest first.</summary>
    public async Task<IReadOnlyList<PendingReply>> PendingRepliesAsync(CurrentUser user, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateAsync(cancellationToken);
        return await RepliesAsync(db, user, cancellationToken);
    }

    /// <summary>
    /// A page of pending notes for the queue grid, filtered and sorted as asked. Every match is
    /// sorted on a few columns; only the page's notes are loaded in full (text, findings, the
    /// candidate's recent notes to that client), so the cost of a page stays that of its rows.
    /// </summary>
    public async Task<ReviewQueuePage> HandleAsync(CurrentUser user, ReviewQueueQuery query, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateAsync(cancellationToken);
        var agency = await AgencyOfAsync(db, user, cancellationToken);
        var matching = await MatchingAsync(db, user, agency, query, cancellationToken);
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
        return new ReviewQueuePage(await DetailsAsync(db, user, agency, page, cancellationToken), matching.Count, agency.TargetWorkingHours, clients);
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

    /// <summary>What the queue sorts and filters on, for every matching note.</summary>
    private sealed record QueueKey(Guid Id, string Candidate, string Client, int Risk, DateTimeOffset SubmittedAt, double AgeWorkingHours, bool IsLate);

    // Pending notes are few at any moment (they leave the queue within hours), so the working-hour
    // age, lateness and ordering are computed here rather than in SQL; the filters run in SQL.
    private async Task<List<QueueKey>> MatchingAsync(IAppDbContext db, CurrentUser user, AgencyRules agency, ReviewQueueQuery query, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var candidate = string.IsNullOrWhiteSpace(query.Candidate) ? null : query.Candidate.Trim().ToLowerInvariant();
        var rows = await (
                from n in db.Notes.AsNoTracking()
                where n.AgencyId == user.AgencyId && n.Status == NoteStatus.PendingReview
                    && (query.Kind == null || n.Kind == query.Kind) && (query.MinimumRisk == null || n.Risk >= query.MinimumRisk)
                join c in db.Candidates on n.CandidateId equals c.Id
                where candidate == null || c.Name.ToLower().Contains(candidate)
                join r in db.ClientContacts on n.RecipientContactId equals r.Id
                join company in db.ClientCompanies on r.ClientCompanyId equals company.Id
                where query.ClientId == null || company.Id == query.ClientId
                select new { n.Id, Candidate = c.Name, Client = company.Name, n.Risk, n.SubmittedAt })
            .ToListAsync(cancellationToken);

        return rows.Select(x =>
            {
                var age = WorkingCalendar.WorkingHoursBetween(x.SubmittedAt, now, agency.Zone);
                return new QueueKey(x.Id, x.Candidate, x.Client, x.Risk, x.SubmittedAt, age, age >= agency.TargetWorkingHours);
            })
            .Where(q => !query.OverdueOnly || q.IsLate)
            .ToList();
    }

    /// <summary>The notes of <paramref name="keys"/> in full, in that order.</summary>
    private async Task<List<QueueItem>> DetailsAsync(IAppDbContext db, CurrentUser user, AgencyRules agency, List<QueueKey> keys, CancellationToken cancellationToken)
    {
        if (keys.Count == 0)
        {
            return [];
        }

        var now = clock.GetUtcNow();
        var ids = keys.Select(k => k.Id).ToList();
        var rows = await (
                from n in db.Notes.AsNoTracking().Include(n => n.Versions)
                where n.AgencyId == user.AgencyId && ids.Contains(n.Id)
                join c in db.Candidates on n.CandidateId equals c.Id
                join r in db.ClientContacts on n.RecipientContactId equals r.Id
                join company in db.ClientCompanies on r.ClientCompanyId equals company.Id
                join i in db.Interviews on n.InterviewId equals i.Id
                select new
                {
                    Note = n, Recipient = r.Name, r.Title, r.Seniority, i.Round, i.ScheduledAt,
                    ClaimedBy = db.Users.Where(u => u.Id == n.ClaimedByUserId).Select(u => u.DisplayName).FirstOrDefault(),
                    HasDebrief = db.Debriefs.Any(d => d.InterviewId == n.InterviewId && d.CandidateId == n.CandidateId),
                    RecentNotes = db.Notes.Count(o => o.CandidateId == n.CandidateId && o.Id != n.Id && o.CreatedAt > now.AddDays(-7)
                        && o.Status != NoteStatus.Withdrawn && o.Status != NoteStatus.Declined
                        && db.ClientContacts.Any(cc => cc.Id == o.RecipientContactId && cc.ClientCompanyId == company.Id)),
                })
            .ToDictionaryAsync(x => x.Note.Id, cancellationToken);

        // A note decided between the two reads has left the queue: it is simply not on this page.
        return keys.Where(k => rows.ContainsKey(k.Id)).Select(k =>
            {
                var x = rows[k.Id];
                var claimActive = x.Note.ClaimExpiresAt > now;
                return new QueueItem(x.Note.Id, x.Note.Version, k.Candidate, k.Client, x.Recipient, x.Title, x.Seniority, x.Round, x.ScheduledAt, x.Note.InterviewId, x.Note.SubmissionId,
                    x.Note.Kind, x.Note.CurrentBody, x.Note.SubmittedAt, k.AgeWorkingHours, k.IsLate, x.Note.Risk, x.Note.CurrentVersion.Findings,
                    x.RecentNotes, claimActive ? x.ClaimedBy : null, claimActive ? x.Note.ClaimExpiresAt : null, x.HasDebrief);
            })
            .ToList();
    }

    private static IOrderedEnumerable<QueueKey> NeedsYouFirst(IEnumerable<QueueKey> items) =>
        items.OrderByDescending(q => q.IsLate).ThenByDescending(q => q.Risk).ThenBy(q => q.SubmittedAt);
}
