using Microsoft.EntityFrameworkCore;
using RecruiterLiaison.Application.Common;
using RecruiterLiaison.Domain.Common;
using RecruiterLiaison.Domain.Notes;

namespace RecruiterLiaison.Application.Notes.WithdrawNote;

/// <summary>The candidate takes a pending note back out of the queue.</summary>
public sealed class WithdrawNoteHandler(IAppDbContextFactory contexts, TimeProvider clock)
{
    public async Task<Result<NoteStatus>> HandleAsync(CurrentUser user, Guid noteId, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        await using var db = await contexts.CreateAsync(cancellationToken);
        var note = await db.Notes.Include(n => n.Versions).Include(n => n.Decisions)
            .SingleOrDefaultAsync(n => n.Id == noteId && n.AgencyId == user.AgencyId && db.Candidates.Any(c => c.Id == n.CandidateId && c.UserId == user.UserId), cancellationToken);
        if (note is null || !user.Is(Role.Candidate))
        {
            await contexts.AuditRefusalAsync(user, nameof(Note), noteId, "withdraw a note", now);
            return Failure.NotFound("note");
        }

        try
        {
            note.Withdraw(user.UserId, now);
            db.Audit(user, AuditActions.NoteWithdrawn, nameof(Note), note.Id, "Withdrawn by the candidate", now);
            await db.SaveChangesAsync(cancellationToken);
            return note.Status;
        }
        catch (DomainException exception)
        {
            return Failure.Conflict(exception.Message, note.Status.ToString());
        }
        catch (DbUpdateConcurrencyException)
        {
            return Failure.Conflict("A recruiter acted on this note while you were withdrawing it.");
        }
    }
}
