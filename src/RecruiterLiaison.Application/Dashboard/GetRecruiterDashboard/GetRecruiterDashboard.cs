using Microsoft.EntityFrameworkCore;
using RecruiterLiaison.Application.Common;
using RecruiterLiaison.Domain.Feedback;
using RecruiterLiaison.Domain.Notes;

namespace RecruiterLiaison.Application.Dashboard.GetRecruiterDashboard;

public sealed record RecruiterDashboard(int PendingNotes, int OverdueWindows, DateTimeOffset? OldestPendingSince);

/// <summary>The two numbers a recruiter opens the app for: notes waiting and clients late.</summary>
public sealed class GetRecruiterDashboardHandler(IAppDbContextFactory contexts, TimeProvider clock)
{
    public async Task<RecruiterDashboard> HandleAsync(CurrentUser user, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        await using var db = await contexts.CreateAsync(cancellationToken);
        var pending = db.Notes.AsNoTracking().Where(n => n.AgencyId == user.AgencyId && n.Status == NoteStatus.PendingReview);
        var pendingCount = await pending.CountAsync(cancellationToken);
        var oldest = await pending.MinAsync(n => (DateTimeOffset?)n.SubmittedAt, cancellationToken);
        var overdue = await db.FeedbackWindows.AsNoTracking()
            .CountAsync(w => w.AgencyId == user.AgencyId && (w.Status == FeedbackWindowStatus.Overdue || (w.Status == FeedbackWindowStatus.Open && w.DueAt < now)), cancellationToken);
        return new RecruiterDashboard(pendingCount, overdue, oldest);
    }
}
