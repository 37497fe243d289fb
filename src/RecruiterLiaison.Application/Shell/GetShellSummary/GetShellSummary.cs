using Microsoft.EntityFrameworkCore;
using RecruiterLiaison.Application.Common;
using RecruiterLiaison.Domain.Common;
using RecruiterLiaison.Domain.Notes;

namespace RecruiterLiaison.Application.Shell.GetShellSummary;

/// <summary>What the app bar shows: the agency's name and the counts that need the caller.</summary>
/// <param name="NotesWaiting">Notes pending review in the agency; shown to recruiters only, null for others.</param>
public sealed record ShellSummary(string AgencyName, int? NotesWaiting, int UnreadNotifications);

public sealed class GetShellSummaryHandler(IAppDbContextFactory contexts)
{
    public async Task<ShellSummary> HandleAsync(CurrentUser user, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateAsync(cancellationToken);
        var agency = await db.Agencies.AsNoTracking().Where(a => a.Id == user.AgencyId).Select(a => a.Name).SingleAsync(cancellationToken);
        int? waiting = user.Role == Role.Recruiter
            ? await db.Notes.CountAsync(n => n.AgencyId == user.AgencyId && n.Status == NoteStatus.PendingReview, cancellationToken)
            : null;
        var unread = await db.Notifications.CountAsync(n => n.UserId == user.UserId && n.ReadAt == null, cancellationToken);
        return new ShellSummary(agency, waiting, unread);
    }
}
