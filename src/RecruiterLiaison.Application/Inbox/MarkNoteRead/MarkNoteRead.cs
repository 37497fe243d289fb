using Microsoft.EntityFrameworkCore;
using RecruiterLiaison.Application.Common;
using RecruiterLiaison.Domain.Notes;

namespace RecruiterLiaison.Application.Inbox.MarkNoteRead;

/// <summary>The recipient marks a delivered note as read.</summary>
public sealed class MarkNoteReadHandler(IAppDbContextFactory contexts, TimeProvider clock)
{
    public async Task<Result<bool>> HandleAsync(CurrentUser user, Guid noteId, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        await using var db = await contexts.CreateAsync(cancellationToken);
        var note = await InboxQuery.VisibleTo(db, user)
            .Where(x => x.Note.Id == noteId && db.ClientContacts.Any(c => c.Id == x.Note.RecipientContactId && c.UserId == user.UserId))
            .Select(x => x.Note)
            .SingleOrDefaultAsync(cancellationToken);
        if (note is null)
        {
            await contexts.AuditRefusalAsync(user, nameof(Note), noteId, "mark a note read", now);
            return Failure.NotFound("note");
        }

        if (note.ReadAt is not null)
        {
            return true;
        }

        note.MarkRead(now);
        db.Audit(user, AuditActions.NoteRead, nameof(Note), note.Id, "Read by the client", now);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Someone else marked it read at the same moment: the outcome is the same.
        }

        return true;
    }
}
