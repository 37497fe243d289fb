using Microsoft.EntityFrameworkCore;
using RecruiterLiaison.Domain.Common;
using RecruiterLiaison.Domain.Notifications;

namespace RecruiterLiaison.Application.Common;

/// <summary>In-app notifications, added in the same unit of work as the change they announce.</summary>
public static class Notify
{
    public static void User(IAppDbContext db, Guid agencyId, Guid userId, string title, string body, string link, DateTimeOffset at) =>
        db.Notifications.Add(new Notification(agencyId, userId, Clip(title, Limits.TitleLength), Clip(body, Limits.MessageLength), link, at));

    /// <summary>A person without an account yet (a candidate not yet invited) has no bell; the e-mail still reaches them.</summary>
    public static void User(IAppDbContext db, Guid agencyId, Guid? userId, string title, string body, string link, DateTimeOffset at)
    {
        if (userId is { } id)
        {
            User(db, agencyId, id, title, body, link, at);
        }
    }

    public static async Task RecruitersAsync(IAppDbContext db, Guid agencyId, string title, string body, string link, DateTimeOffset at, CancellationToken cancellationToken)
    {
        // A deactivated recruiter no longer works the queue; their bell would only pile up.
        var recruiters = await db.Users.Where(u => u.AgencyId == agencyId && u.Role == nameof(Role.Recruiter) && u.DeactivatedAt == null).Select(u => u.Id).ToListAsync(cancellationToken);
        foreach (var recruiter in recruiters)
        {
            User(db, agencyId, recruiter, title, body, link, at);
        }
    }

    private static string Clip(string text, int length) => text.Length > length ? text[..(length - 1)] + "…" : text;
}
