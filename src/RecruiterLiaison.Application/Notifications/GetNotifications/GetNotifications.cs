using Microsoft.EntityFrameworkCore;
using RecruiterLiaison.Application.Common;

namespace RecruiterLiaison.Application.Notifications.GetNotifications;

public sealed record NotificationView(Guid Id, string Title, string Body, string Link, DateTimeOffset CreatedAt, bool IsRead);

/// <summary>The caller's own notifications, newest first (the app bar counts the unread ones).</summary>
public sealed class GetNotificationsHandler(IAppDbContextFactory contexts)
{
    public async Task<IReadOnlyList<NotificationView>> HandleAsync(CurrentUser user, int take = 50, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateAsync(cancellationToken);
        return await db.Notifications.AsNoTracking()
            .Where(n => n.UserId == user.UserId)
            .OrderByDescending(n => n.CreatedAt)
            .Take(take)
            .Select(n => new NotificationView(n.Id, n.Title, n.Body, n.Link, n.CreatedAt, n.ReadAt != null))
            .ToListAsync(cancellationToken);
    }

    /// <summary>One page of the caller's notifications, newest first, with the total.</summary>
    public async Task<Paged<NotificationView>> HandleAsync(CurrentUser user, PageRequest page, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateAsync(cancellationToken);
        return await db.Notifications.AsNoTracking()
            .Where(n => n.UserId == user.UserId)
            .OrderByDescending(n => n.CreatedAt).ThenBy(n => n.Id)
            .Select(n => new NotificationView(n.Id, n.Title, n.Body, n.Link, n.CreatedAt, n.ReadAt != null))
            .ToPagedAsync(page, cancellationToken);
    }
}
