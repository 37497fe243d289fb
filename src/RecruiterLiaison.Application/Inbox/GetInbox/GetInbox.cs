using Microsoft.EntityFrameworkCore;
using RecruiterLiaison.Application.Common;

namespace RecruiterLiaison.Application.Inbox.GetInbox;

public sealed record InboxItem(Guid Id, string DeliveredBody, DateTimeOffset DeliveredAt, string Candidate, string Position, string Recipient, bool ForMe, bool IsRead);

/// <summary>A client contact's inbox: delivered texts only, newest first.</summary>
public sealed class GetInboxHandler(IAppDbContextFactory contexts)
{
    public async Task<IReadOnlyList<InboxItem>> HandleAsync(CurrentUser user, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateAsync(cancellationToken);
        return await (await ItemsAsync(db, user, cancellationToken)).ToListAsync(cancellationToken);
    }

    /// <summary>One page of the inbox, newest first, with the total.</summary>
    public async Task<Paged<InboxItem>> HandleAsync(CurrentUser user, PageRequest page, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateAsync(cancellationToken);
        return await (await ItemsAsync(db, user, cancellationToken)).ToPagedAsync(page, cancellationToken);
    }

    private static async Task<IQueryable<InboxItem>> ItemsAsync(IAppDbContext db, CurrentUser user, CancellationToken cancellationToken)
    {
        var me = await db.ClientContacts.Where(c => c.UserId == user.UserId).Select(c => (Guid?)c.Id).SingleOrDefaultAsync(cancellationToken);
        return InboxQuery.VisibleTo(db, user)
            .OrderByDescending(x => x.Note.DeliveredAt).ThenBy(x => x.Note.Id)
            .Select(x => new InboxItem(x.Note.Id, x.Note.DeliveredBody!, x.Note.DeliveredAt!.Value, x.Candidate, x.Position, x.Recipient, x.Note.RecipientContactId == me, x.Note.ReadAt != null));
    }
}
