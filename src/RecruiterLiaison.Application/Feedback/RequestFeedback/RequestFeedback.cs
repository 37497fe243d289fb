using Microsoft.EntityFrameworkCore;
using RecruiterLiaison.Application.Common;
using RecruiterLiaison.Domain.Common;
using RecruiterLiaison.Domain.Feedback;
using RecruiterLiaison.Domain.Submissions;

namespace RecruiterLiaison.Application.Feedback.RequestFeedback;

/// <summary>After a rejection the candidate may ask, once, for constructive feedback (seeds/004).</summary>
public sealed class RequestFeedbackHandler(IAppDbContextFactory contexts, TimeProvider clock)
{
    public async Task<Result<Guid>> HandleAsync(CurrentUser user, Guid submissionId, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        await using var db = await contexts.CreateAsync(cancellationToken);
        var found = user.Is(Role.Candidate)
            ? await (
                    from s in db.Submissions
                    join c in db.Candidates on s.CandidateId equals c.Id
                    join p in db.Positions on s.PositionId equals p.Id
                    where s.Id == submissionId && c.UserId == user.UserId && s.AgencyId == user.AgencyId
                    select new { Submission = s, Candidate = c, Position = p.Title })
                .SingleOrDefaultAsync(cancellationToken)
            : null;
        if (found is null)
        {
            await contexts.AuditRefusalAsync(user, "Submission", submissionId, "ask for feedback", now);
            return Failure.NotFound("submission");
        }

        if (found.Submission.Stage != SubmissionStage.Rejected)
        {
            return Failure.Invalid("You can ask for constructive feedback once the client has made its decision to reject.");
        }

        if (await db.FeedbackRequests.AnyAsync(r => r.SubmissionId == submissionId, cancellationToken))
        {
            return Failure.Conflict("You have already asked for feedback on this application; your recruiter will answer it.");
        }

        var request = new FeedbackRequest(user.AgencyId, submissionId, found.Candidate.Id, now);
        db.FeedbackRequests.Add(request);
        db.Audit(user, "feedback-request.created", "Submission", submissionId, "Asked for constructive feedback", now);
        await Notify.RecruitersAsync(db, user.AgencyId, "A candidate asks for feedback", $"{found.Candidate.Name} would like constructive feedback on the {found.Position} decision.", $"/recruiter/submissions/{submissionId}/feedback-request", now, cancellationToken);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Two requests at the same moment: the unique index keeps one.
            return Failure.Conflict("You have already asked for feedback on this application; your recruiter will answer it.");
        }

        return request.Id;
    }
}
