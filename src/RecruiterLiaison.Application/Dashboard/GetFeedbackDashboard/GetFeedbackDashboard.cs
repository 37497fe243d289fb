using Microsoft.EntityFrameworkCore;
using RecruiterLiaison.Application.Common;
using RecruiterLiaison.Domain.Common;
using RecruiterLiaison.Domain.Feedback;

namespace RecruiterLiaison.Application.Dashboard.GetFeedbackDashboard;

public sealed record WindowRow(Guid InterviewId, string Client, string Candidate, string Position, DateTimeOffset DueAt, double DaysOverdue, int Chases);

public sealed record Turnaround(string Client, double AverageWorkingDays, int Interviews);

public sealed record FeedbackDashboard(IReadOnlyList<WindowRow> Overdue, IReadOnlyList<WindowRow> DueSoon, IReadOnlyList<Turnaround> TurnaroundByClient);

/// <summary>
/// The recruiter's feedback picture: overdue windows first (most overdue on top), windows
/// due in the next two days, and how quickly each client gave feedback over the last 90 days.
/// </summary>
public sealed class GetFeedbackDashboardHandler(IAppDbContextFactory contexts, TimeProvider clock)
{
    public async Task<FeedbackDashboard> HandleAsync(CurrentUser user, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        await using var db = await contexts.CreateAsync(cancellationToken);
        var zone = WorkingCalendar.Zone(await db.Agencies.Where(a => a.Id == user.AgencyId).Select(a => a.TimeZone).SingleAsync(cancellationToken));
        var open = await (
                from w in db.FeedbackWindows
                where w.AgencyId == user.AgencyId && w.Status != FeedbackWindowStatus.Received && w.DueAt <= now.AddDays(2)
                join i in db.Interviews on w.InterviewId equals i.Id
                join s in db.Submissions on i.SubmissionId equals s.Id
                join c in db.Candidates on s.CandidateId equals c.Id
                join p in db.Positions on s.PositionId equals p.Id
                join company in db.ClientCompanies on p.ClientCompanyId equals company.Id
                select new WindowRow(i.Id, company.Name, c.Name, p.Title, w.DueAt, 0, w.Chases.Count))
            .ToListAsync(cancellationToken);
        var overdue = open.Where(w => w.DueAt <= now).Select(w => w with { DaysOverdue = Math.Round((now - w.DueAt).TotalDays, 1) }).OrderByDescending(w => w.DaysOverdue).ToList();
        var soon = open.Where(w => w.DueAt > now).OrderBy(w => w.DueAt).ToList();

        var since = now.AddDays(-90);
        var received = await (
                from f in db.ClientFeedback
                where f.AgencyId == user.AgencyId && f.PostedAt >= since
                join i in db.Interviews on f.InterviewId equals i.Id
                join s in db.Submissions on i.SubmissionId equals s.Id
                join p in db.Positions on s.PositionId equals p.Id
                join company in db.ClientCompanies on p.ClientCompanyId equals company.Id
                select new { Client = company.Name, i.ScheduledAt, i.DurationMinutes, f.PostedAt })
            .ToListAsync(cancellationToken);
        var turnaround = received
            .GroupBy(r => r.Client)
            .Select(g => new Turnaround(g.Key, Math.Round(g.Average(r => WorkingCalendar.WorkingHoursBetween(r.ScheduledAt.AddMinutes(r.DurationMinutes), r.PostedAt, zone) / 24), 1), g.Count()))
            .OrderBy(t => t.Client)
            .ToList();
        return new FeedbackDashboard(overdue, soon, turnaround);
    }
}
