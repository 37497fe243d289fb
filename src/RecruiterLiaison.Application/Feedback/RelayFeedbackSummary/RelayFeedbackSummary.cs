using Microsoft.EntityFrameworkCore;
using RecruiterLiaison.Application.Common;
using RecruiterLiaison.Domain.Common;

namespace RecruiterLiaison.Application.Feedback.RelayFeedbackSummary;

public sealed record RelayFeedbackSummaryCommand(Guid InterviewId, string Summary);

/// <summary>The recruiter's words reach the candidate; the raw ratings never do.</summary>
public sealed class RelayFeedbackSummaryHandler(IAppDbContextFactory contexts, TimeProvider clock)
{
    public async Task<Result<bool>> HandleAsync(CurrentUser user, RelayFeedbackSummaryCommand command, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        await using var db = await contexts.CreateAsync(cancellationToken);
        var feedback = user.Is(Role.Recruiter)
            ? await db.ClientFeedback.Include(f => f.Ratings).SingleOrDefaultAsync(f => f.InterviewId == command.InterviewId && f.AgencyId == user.AgencyId, cancellationToken)
            : null;
        if (feedback is null)
        {
            await contexts.AuditRefusalAsync(user, "Interview", command.InterviewId, "relay feedback", now);
            return Failure.NotFound("feedback");
        }

        if (string.IsNullOrWhiteSpace(command.Summary) || command.Summary.Length > Limits.LongTextLength)
        {
            return Failure.Field("summary", $"Write the summary the candidate will read (up to {Limits.LongTextLength} characters).");
        }

        feedback.RelaySummary(command.Summary, now);
        var candidateId = await (
                from i in db.Interviews
                where i.Id == command.InterviewId
                join s in db.Submissions on i.SubmissionId equals s.Id
                select s.CandidateId)
            .SingleAsync(cancellationToken);
        await TellCandidate.SendAsync(db, user.AgencyId, candidateId, new CandidateMessage("Feedback from your interview", "Your recruiter has shared the client's feedback.",
            name => $"Dear {name},\n\n{feedback.CandidateSummary}\n\nYour recruiter", "/candidate"), now, cancellationToken);
        db.Audit(user, "feedback.relayed", "Interview", command.InterviewId, feedback.CandidateSummary!, now);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }
}
