using Microsoft.EntityFrameworkCore;
using RecruiterLiaison.Application.Common;

namespace RecruiterLiaison.Application.Notifications.MarkNotificationsRead;

/// <summary>Marks all of the caller's notifications read; nobody else's can be touched.</summary>
public sealed class MarkNotificationsReadHandler(IAppDbContextFactory contexts, TimeProvider clock)
{
    public async Task<int> HandleAsync(CurrentUser user, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        await using var db = await contexts.CreateAsync(cancellationToken);
        var unread = await db.Notifications.Where(n => n.UserId == user.UserId && n.ReadAt == null).ToListAsync(cancellationToken);
        unread.ForEach(n => n.MarkRead(now));
        await db.SaveChangesAsync(cancellationToken);
        return unread.Count;
    }
}
