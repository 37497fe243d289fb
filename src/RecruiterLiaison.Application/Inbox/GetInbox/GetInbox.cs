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
        var me = await db.ClientContacts.Where(c => c.UserId == user.UserId).Select(c => (Guid?)c.Id).SingleOrDefaultAsync(cancellationToken);
        return await InboxQuery.VisibleTo(db, user)
            .OrderByDescending(x => x.Note.DeliveredAt)
            .Select(x => new InboxItem(x.Note.Id, x.Note.DeliveredBody!, x.Note.DeliveredAt!.Value, x.Candidate, x.Position, x.Recipient, x.Note.RecipientContactId == me, x.Note.ReadAt != null))
            .ToListAsync(cancellationToken);
    }
}
