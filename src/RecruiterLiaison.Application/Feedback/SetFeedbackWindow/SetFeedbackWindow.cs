using Microsoft.EntityFrameworkCore;
using RecruiterLiaison.Application.Common;
using RecruiterLiaison.Domain.Common;
using RecruiterLiaison.Domain.Feedback;

namespace RecruiterLiaison.Application.Feedback.SetFeedbackWindow;

public sealed record FeedbackWindowView(DateTimeOffset DueAt, FeedbackWindowStatus Status, IReadOnlyList<ChaseStep> Chases);

public sealed record ChaseStep(int Step, DateTimeOffset SentAt);

/// <summary>The recruiter sets or moves when the client should give feedback; moving it reopens the window.</summary>
public sealed class SetFeedbackWindowHandler(IAppDbContextFactory contexts, TimeProvider clock)
{
    public async Task<Result<FeedbackWindowView>> HandleAsync(CurrentUser user, Guid interviewId, DateTimeOffset? dueAt, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        await using var db = await contexts.CreateAsync(cancellationToken);
        var interview = user.Is(Role.Recruiter) ? await db.Interviews.SingleOrDefaultAsync(i => i.Id == interviewId && i.AgencyId == user.AgencyId, cancellationToken) : null;
        if (interview is null)
        {
            await contexts.AuditRefusalAsync(user, "Interview", interviewId, "set a feedback window", now);
            return Failure.NotFound("interview");
        }

        if (dueAt is null || dueAt <= interview.ScheduledAt)
        {
            return Failure.Field("dueAt", "Choose a due time after the interview.");
        }

        var window = await db.FeedbackWindows.Include(w => w.Chases).SingleOrDefaultAsync(w => w.InterviewId == interviewId, cancellationToken);
        try
        {
            if (window is null)
            {
                window = new FeedbackWindow(user.AgencyId, interviewId, dueAt.Value);
                db.FeedbackWindows.Add(window);
            }
            else
            {
                window.MoveDue(dueAt.Value);
            }
        }
        catch (DomainException exception)
        {
            return Failure.Conflict(exception.Message);
        }

        db.Audit(user, "feedback-window.set", "Interview", interviewId, $"Due {dueAt:O}", now);
        await db.SaveChangesAsync(cancellationToken);
        return View(window);
    }

    public static FeedbackWindowView View(FeedbackWindow window) =>
        new(window.DueAt, window.Status, window.Chases.OrderBy(c => c.Step).Select(c => new ChaseStep(c.Step, c.SentAt)).ToList());
}

/// <summary>A feedback window as the API shows it, to the agency's recruiters, the candidate, and the interviewers.</summary>
public sealed class GetFeedbackWindowHandler(IAppDbContextFactory contexts, TimeProvider clock)
{
    public async Task<FeedbackWindowView?> HandleAsync(CurrentUser user, Guid interviewId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateAsync(cancellationToken);
        var visible = user.Role switch
        {
            Role.Recruiter => await db.Interviews.AnyAsync(i => i.Id == interviewId && i.AgencyId == user.AgencyId, cancellationToken),
            Role.Candidate => await (from i in db.Interviews join s in db.Submissions on i.SubmissionId equals s.Id join c in db.Candidates on s.CandidateId equals c.Id where i.Id == interviewId && c.UserId == user.UserId select i).AnyAsync(cancellationToken),
            Role.Client => await db.Interviews.AnyAsync(i => i.Id == interviewId && i.AgencyId == user.AgencyId && i.Interviewers.Any(v => db.ClientContacts.Any(c => c.Id == v.ClientContactId && c.UserId == user.UserId)), cancellationToken),
            _ => false,
        };
        var window = visible ? await db.FeedbackWindows.AsNoTracking().Include(w => w.Chases).SingleOrDefaultAsync(w => w.InterviewId == interviewId, cancellationToken) : null;
        if (window is null)
        {
            await contexts.AuditRefusalAsync(user, "Interview", interviewId, "read a feedback window", clock.GetUtcNow());
            return null;
        }

        return SetFeedbackWindowHandler.View(window);
    }
}
