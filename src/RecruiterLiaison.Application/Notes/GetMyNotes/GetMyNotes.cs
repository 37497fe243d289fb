using Microsoft.EntityFrameworkCore;
using RecruiterLiaison.Application.Common;
using RecruiterLiaison.Domain.Notes;

namespace RecruiterLiaison.Application.Notes.GetMyNotes;

public sealed record MyNote(Guid Id, Guid SubmissionId, NoteKind Kind, NoteStatus Status, string Recipient, DateTimeOffset SubmittedAt, int Version);

/// <summary>Every note the candidate has written, newest first, with where it stands.</summary>
public sealed class GetMyNotesHandler(IAppDbContextFactory contexts)
{
    public async Task<IReadOnlyList<MyNote>> HandleAsync(CurrentUser user, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateAsync(cancellationToken);
        return await Mine(db, user).ToListAsync(cancellationToken);
    }

    /// <summary>One page of the candidate's notes, newest first, with the total.</summary>
    public async Task<Paged<MyNote>> HandleAsync(CurrentUser user, PageRequest page, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateAsync(cancellationToken);
        return await Mine(db, user).ToPagedAsync(page, cancellationToken);
    }

    private static IQueryable<MyNote> Mine(IAppDbContext db, CurrentUser user) =>
        from n in db.Notes
        join c in db.Candidates on n.CandidateId equals c.Id
        join r in db.ClientContacts on n.RecipientContactId equals r.Id
        where c.UserId == user.UserId && n.AgencyId == user.AgencyId
        orderby n.SubmittedAt descending, n.Id
        select new MyNote(n.Id, n.SubmissionId, n.Kind, n.Status, r.Name, n.SubmittedAt, n.CurrentVersionNumber);
}
