using Microsoft.EntityFrameworkCore;
using RecruiterLiaison.Application.Common;
using RecruiterLiaison.Domain.Common;
using RecruiterLiaison.Domain.Feedback;

namespace RecruiterLiaison.Application.Feedback.GetClientFeedbackForm;

public sealed record RequirementView(Guid Id, string Name);

public sealed record ClientFeedbackForm(Guid InterviewId, string Candidate, string Position, int Round, DateTimeOffset InterviewAt, DateTimeOffset? DueAt, bool AlreadyPosted, IReadOnlyList<RequirementView> Requirements);

public sealed record FeedbackDue(Guid InterviewId, string Candidate, string Position, int Round, DateTimeOffset InterviewAt, DateTimeOffset DueAt, FeedbackWindowStatus Status, int Chases);

/// <summary>What a client interviewer needs to give feedback, and what is due from them, soonest first.</summary>
public sealed class GetClientFeedbackFormHandler(IAppDbContextFactory contexts, TimeProvider clock)
{
    public async Task<ClientFeedbackForm?> HandleAsync(CurrentUser user, Guid interviewId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateAsync(cancellationToken);
        var target = user.Is(Role.Client) ? await FeedbackTargets.ForClientAsync(db, user, interviewId, clock.GetUtcNow(), cancellationToken) : null;
        if (target is null)
        {
            await contexts.AuditRefusalAsync(user, "Interview", interviewId, "open a feedback form", clock.GetUtcNow());
            return null;
        }

        var requirements = await db.Requirements.Where(r => r.PositionId == target.PositionId && r.RetiredAt == null).OrderBy(r => r.Ordinal).Select(r => new RequirementView(r.Id, r.Name)).ToListAsync(cancellationToken);
        var due = await db.FeedbackWindows.Where(w => w.InterviewId == interviewId).Select(w => (DateTimeOffset?)w.DueAt).SingleOrDefaultAsync(cancellationToken);
        var posted = await db.ClientFeedback.AnyAsync(f => f.InterviewId == interviewId, cancellationToken);
        return new ClientFeedbackForm(interviewId, target.Candidate, target.Position, target.Round, target.InterviewAt, due, posted, requirements);
    }

    public async Task<IReadOnlyList<FeedbackDue>> DueFromAsync(CurrentUser user, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        await using var db = await contexts.CreateAsync(cancellationToken);
        return await (
                from contact in db.ClientContacts
                where contact.UserId == user.UserId && contact.AgencyId == user.AgencyId
                from w in db.FeedbackWindows
                where w.Status != FeedbackWindowStatus.Received
                join i in db.Interviews on w.InterviewId equals i.Id
                where i.Interviewers.Any(v => v.ClientContactId == contact.Id) && i.ScheduledAt <= now
                join s in db.Submissions on i.SubmissionId equals s.Id
                join c in db.Candidates on s.CandidateId equals c.Id
                join p in db.Positions on s.PositionId equals p.Id
                orderby w.DueAt
                select new FeedbackDue(i.Id, c.Name, p.Title, i.Round, i.ScheduledAt, w.DueAt, w.Status, w.Chases.Count))
            .ToListAsync(cancellationToken);
    }
}
