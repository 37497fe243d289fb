using Microsoft.EntityFrameworkCore;
using RecruiterLiaison.Application.Common;
using RecruiterLiaison.Domain.Common;
using RecruiterLiaison.Domain.Notes;

namespace RecruiterLiaison.Application.ReviewQueue;

/// <summary>Where a note stands after a review action, or after someone else's.</summary>
public sealed record ReviewOutcome(Guid Id, NoteStatus Status, uint Version, string? HandledBy, string? DeliveredBody);

/// <summary>
/// The shared path of every recruiter action on a note: find it in the recruiter's agency,
/// insist on the version the recruiter saw, let the domain decide, save with optimistic
/// concurrency. Two recruiters acting at once: exactly one wins, the other hears who did.
/// </summary>
public sealed class NoteReview(IAppDbContextFactory contexts, TimeProvider clock)
{
    public DateTimeOffset Now => clock.GetUtcNow();

    public async Task<Result<ReviewOutcome>> ActAsync(CurrentUser user, Guid noteId, uint? expectedVersion, string auditAction, Func<Note, IAppDbContext, Task<string>> act, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        await using var db = await contexts.CreateAsync(cancellationToken);
        var note = user.Is(Role.Recruiter)
            ? await db.Notes.Include(n => n.Versions).Include(n => n.Decisions).SingleOrDefaultAsync(n => n.Id == noteId && n.AgencyId == user.AgencyId, cancellationToken)
            : null;
        if (note is null)
        {
            await contexts.AuditRefusalAsync(user, nameof(Note), noteId, auditAction, now);
            return Failure.NotFound("note");
        }

        if (expectedVersion is { } expected && expected != note.Version)
        {
            return await ConflictAsync(db, note, cancellationToken);
        }

        string detail;
        try
        {
            detail = await act(note, db);
        }
        catch (DomainException) when (note.Status != NoteStatus.PendingReview)
        {
            return await ConflictAsync(db, note, cancellationToken);
        }
        catch (DomainException exception)
        {
            return Failure.Conflict(exception.Message, await OutcomeAsync(db, note, cancellationToken));
        }

        db.Audit(user, auditAction, nameof(Note), note.Id, detail, now);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            await using var fresh = await contexts.CreateAsync(cancellationToken);
            var current = await fresh.Notes.AsNoTracking().Include(n => n.Decisions).SingleAsync(n => n.Id == noteId, cancellationToken);
            return await ConflictAsync(fresh, current, cancellationToken);
        }

        if (note.Status != NoteStatus.PendingReview)
        {
            AppMetrics.ReviewLatency.Record((now - note.SubmittedAt).TotalHours, new KeyValuePair<string, object?>("decision", note.Status.ToString()));
        }

        return await OutcomeAsync(db, note, cancellationToken);
    }

    private static async Task<Failure> ConflictAsync(IAppDbContext db, Note note, CancellationToken cancellationToken)
    {
        var outcome = await OutcomeAsync(db, note, cancellationToken);
        var message = note.Status == NoteStatus.PendingReview
            ? "This note changed since you opened it" + (outcome.HandledBy is null ? "." : $" ({outcome.HandledBy} claimed it).") + " Here is where it stands now."
            : $"This note was already handled by {outcome.HandledBy ?? "someone else"}: it is {note.Status}.";
        return Failure.Conflict(message, outcome);
    }

    private static async Task<ReviewOutcome> OutcomeAsync(IAppDbContext db, Note note, CancellationToken cancellationToken)
    {
        var actor = note.Status == NoteStatus.PendingReview ? note.ClaimedByUserId : (note.LastReview?.ByUserId ?? note.Decisions.OrderBy(d => d.At).ThenBy(d => d.Action).LastOrDefault()?.ByUserId);
        var name = actor is null ? null : await db.Users.Where(u => u.Id == actor).Select(u => u.DisplayName).SingleOrDefaultAsync(cancellationToken);
        return new ReviewOutcome(note.Id, note.Status, note.Version, name, note.DeliveredBody);
    }
}
