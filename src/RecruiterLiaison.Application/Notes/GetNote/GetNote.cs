using Microsoft.EntityFrameworkCore;
using RecruiterLiaison.Application.Common;
using RecruiterLiaison.Domain.Clients;
using RecruiterLiaison.Domain.Common;
using RecruiterLiaison.Domain.Notes;

namespace RecruiterLiaison.Application.Notes.GetNote;

public sealed record HistoryEntry(ReviewAction Action, string By, DateTimeOffset At, int Version, DeclineReason? Reason, string? Message);

public sealed record RelayedReply(string From, string Body, DateTimeOffset At);

/// <summary>The full note, for its candidate and the agency's recruiters.</summary>
public sealed record NoteDetail(
    Guid Id, Guid SubmissionId, Guid InterviewId, NoteStatus Status, NoteKind Kind, string Body, string? DeliveredBody, IReadOnlyList<DiffSegment>? Diff,
    DeclineReason? DeclineReason, string? ReviewMessage, int Version, uint ConcurrencyVersion, IReadOnlyList<Finding> Findings,
    IReadOnlyList<HistoryEntry> History, string Candidate, string Position, string Client, string Recipient, string RecipientTitle,
    Seniority RecipientSeniority, int InterviewRound, DateTimeOffset InterviewAt, DateTimeOffset SubmittedAt, DateTimeOffset? DeliveredAt,
    string? ClaimedBy, DateTimeOffset? ClaimExpiresAt, IReadOnlyList<RelayedReply> Replies, Guid RecipientContactId);

/// <summary>What a client may see of a note: only once delivered, and only the delivered text.</summary>
public sealed record ClientNoteView(Guid Id, string DeliveredBody, DateTimeOffset DeliveredAt, string Candidate, string Position);

public sealed class GetNoteHandler(IAppDbContextFactory contexts, TimeProvider clock)
{
    public async Task<NoteDetail?> HandleAsync(CurrentUser user, Guid noteId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateAsync(cancellationToken);
        var note = await db.Notes.AsNoTracking().Include(n => n.Versions).Include(n => n.Decisions)
            .SingleOrDefaultAsync(n => n.Id == noteId && n.AgencyId == user.AgencyId, cancellationToken);
        var allowed = note is not null && (user.Is(Role.Recruiter)
            || (user.Is(Role.Candidate) && await db.Candidates.AnyAsync(c => c.Id == note.CandidateId && c.UserId == user.UserId, cancellationToken)));
        if (!allowed)
        {
            await contexts.AuditRefusalAsync(user, nameof(Note), noteId, "read a note", clock.GetUtcNow());
            return null;
        }

        return await DetailAsync(db, note!, cancellationToken);
    }

    public async Task<ClientNoteView?> HandleForClientAsync(CurrentUser user, Guid noteId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateAsync(cancellationToken);
        var view = await Inbox.InboxQuery.VisibleTo(db, user)
            .Where(x => x.Note.Id == noteId)
            .Select(x => new ClientNoteView(x.Note.Id, x.Note.DeliveredBody!, x.Note.DeliveredAt!.Value, x.Candidate, x.Position))
            .SingleOrDefaultAsync(cancellationToken);
        if (view is null)
        {
            await contexts.AuditRefusalAsync(user, nameof(Note), noteId, "read a note that is not delivered to them", clock.GetUtcNow());
        }

        return view;
    }

    private static async Task<NoteDetail> DetailAsync(IAppDbContext db, Note note, CancellationToken cancellationToken)
    {
        var header = await (
                from s in db.Submissions
                where s.Id == note.SubmissionId
                join c in db.Candidates on s.CandidateId equals c.Id
                join p in db.Positions on s.PositionId equals p.Id
                join company in db.ClientCompanies on p.ClientCompanyId equals company.Id
                join i in db.Interviews on note.InterviewId equals i.Id
                join r in db.ClientContacts on note.RecipientContactId equals r.Id
                select new { Candidate = c.Name, Position = p.Title, Client = company.Name, i.Round, i.ScheduledAt, Recipient = r.Name, r.Title, r.Seniority })
            .SingleAsync(cancellationToken);
        var userIds = note.Decisions.Select(d => d.ByUserId).Append(note.ClaimedByUserId ?? Guid.Empty).Distinct().ToList();
        var names = await db.Users.Where(u => userIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, cancellationToken);
        var lastReview = note.LastReview;
        var original = note.CurrentBody;
        var replies = await (
                from reply in db.ClientReplies
                where reply.NoteId == note.Id && reply.Status == ClientReplyStatus.Relayed
                join contact in db.ClientContacts on reply.ContactId equals contact.Id
                orderby reply.DecidedAt
                select new RelayedReply(contact.Name, reply.RelayedBody!, reply.DecidedAt!.Value))
            .ToListAsync(cancellationToken);

        return new NoteDetail(
            note.Id, note.SubmissionId, note.InterviewId, note.Status, note.Kind, original, note.DeliveredBody,
            note.DeliveredBody is { } delivered && delivered != original ? TextDiff.Between(original, delivered) : null,
            lastReview?.DeclineReason, lastReview?.Action is ReviewAction.Declined or ReviewAction.Returned ? lastReview.Message : null,
            note.CurrentVersionNumber, note.Version, note.CurrentVersion.Findings,
            note.Decisions.OrderBy(d => d.At).ThenBy(d => d.VersionNumber).ThenBy(d => d.Action).Select(d => new HistoryEntry(d.Action, names.GetValueOrDefault(d.ByUserId, "someone"), d.At, d.VersionNumber, d.DeclineReason, d.Message)).ToList(),
            header.Candidate, header.Position, header.Client, header.Recipient, header.Title, header.Seniority, header.Round, header.ScheduledAt,
            note.SubmittedAt, note.DeliveredAt, note.ClaimedByUserId is { } holder ? names.GetValueOrDefault(holder) : null, note.ClaimExpiresAt, replies, note.RecipientContactId);
    }
}
