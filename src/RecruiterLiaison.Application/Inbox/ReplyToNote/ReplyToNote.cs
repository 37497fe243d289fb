using Microsoft.EntityFrameworkCore;
using RecruiterLiaison.Application.Common;
using RecruiterLiaison.Domain.Common;
using RecruiterLiaison.Domain.Notes;

namespace RecruiterLiaison.Application.Inbox.ReplyToNote;

public sealed record ReplyToNoteCommand(Guid NoteId, string Body);

/// <summary>A client answers a delivered note; the answer goes to the recruiter, not the candidate.</summary>
public sealed class ReplyToNoteHandler(IAppDbContextFactory contexts, TimeProvider clock)
{
    public async Task<Result<Guid>> HandleAsync(CurrentUser user, ReplyToNoteCommand command, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        if (string.IsNullOrWhiteSpace(command.Body) || command.Body.Length > Limits.NoteBodyLength)
        {
            return Failure.Field("body", $"Write a reply of up to {Limits.NoteBodyLength} characters.");
        }

        await using var db = await contexts.CreateAsync(cancellationToken);
        var row = await InboxQuery.VisibleTo(db, user).Where(x => x.Note.Id == command.NoteId).Select(x => new { x.Note.AgencyId, x.Candidate }).SingleOrDefaultAsync(cancellationToken);
        var contact = await db.ClientContacts.SingleOrDefaultAsync(c => c.UserId == user.UserId, cancellationToken);
        if (row is null || contact is null)
        {
            await contexts.AuditRefusalAsync(user, nameof(Note), command.NoteId, "reply to a note", now);
            return Failure.NotFound("note");
        }

        var reply = new ClientReply(user.AgencyId, command.NoteId, contact.Id, command.Body, now);
        db.ClientReplies.Add(reply);
        db.Audit(user, AuditActions.ReplySent, nameof(ClientReply), reply.Id, $"{contact.Name} replied to a note from {row.Candidate}", now);
        await Notify.RecruitersAsync(db, user.AgencyId, "A client replied", $"{contact.Name} replied to {row.Candidate}'s note.", "/recruiter/queue#replies", now, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return reply.Id;
    }
}
