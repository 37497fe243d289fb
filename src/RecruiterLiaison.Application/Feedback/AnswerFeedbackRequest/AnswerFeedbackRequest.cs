using Microsoft.EntityFrameworkCore;
using RecruiterLiaison.Application.Common;
using RecruiterLiaison.Domain.Common;
using RecruiterLiaison.Domain.Feedback;

namespace RecruiterLiaison.Application.Feedback.AnswerFeedbackRequest;

public sealed record FeedbackRequestView(Guid Id, Guid SubmissionId, string Candidate, string Position, FeedbackRequestStatus Status, DateTimeOffset RequestedAt, string? Answer, DateTimeOffset? AnsweredAt, string FeedbackOnFile, string? ClientAnswer = null);

/// <summary>The recruiter answers a feedback request, from the feedback on file; the candidate is never left without an answer.</summary>
public sealed class AnswerFeedbackRequestHandler(IAppDbContextFactory contexts, TimeProvider clock)
{
    public async Task<FeedbackRequestView?> GetAsync(CurrentUser user, Guid submissionId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateAsync(cancellationToken);
        var row = user.Role is Role.Recruiter or Role.Candidate
            ? await (
                    from r in db.FeedbackRequests
                    where r.SubmissionId == submissionId && r.AgencyId == user.AgencyId
                    join c in db.Candidates on r.CandidateId equals c.Id
                    where user.Role == Role.Recruiter || c.UserId == user.UserId
                    join s in db.Submissions on r.SubmissionId equals s.Id
                    join p in db.Positions on s.PositionId equals p.Id
                    select new { Request = r, Candidate = c.Name, Position = p.Title })
                .SingleOrDefaultAsync(cancellationToken)
            : null;
        if (row is null)
        {
            await contexts.AuditRefusalAsync(user, "Submission", submissionId, "read a feedback request", clock.GetUtcNow());
            return null;
        }

        var onFile = "";
        if (user.Is(Role.Recruiter))
        {
            var notes = await (
                    from f in db.ClientFeedback
                    join i in db.Interviews on f.InterviewId equals i.Id
                    where i.SubmissionId == submissionId
                    orderby i.Round
                    select new { i.Round, f.Decision, f.Notes, f.CandidateSummary })
                .ToListAsync(cancellationToken);
            onFile = string.Join("\n", notes.Select(n => $"Round {n.Round}: {n.Decision}. {n.Notes} {(n.CandidateSummary is null ? "" : $"(relayed: {n.CandidateSummary})")}"));
        }

        var r0 = row.Request;
        return new FeedbackRequestView(r0.Id, r0.SubmissionId, row.Candidate, row.Position, r0.Status, r0.RequestedAt, r0.Answer, r0.AnsweredAt, onFile,
            user.Is(Role.Recruiter) ? r0.ClientAnswer : null);
    }

    public async Task<Result<bool>> HandleAsync(CurrentUser user, Guid submissionId, string answer, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        await using var db = await contexts.CreateAsync(cancellationToken);
        var request = user.Is(Role.Recruiter) ? await db.FeedbackRequests.SingleOrDefaultAsync(r => r.SubmissionId == submissionId && r.AgencyId == user.AgencyId, cancellationToken) : null;
        if (request is null)
        {
            await contexts.AuditRefusalAsync(user, nameof(FeedbackRequest), submissionId, "answer a feedback request", now);
            return Failure.NotFound("request");
        }

        if (request.Status == FeedbackRequestStatus.Answered)
        {
            return Failure.Conflict("This request has already been answered.");
        }

        if (string.IsNullOrWhiteSpace(answer) || answer.Length > Limits.LongTextLength)
        {
            return Failure.Field("answer", $"Write the answer the candidate will read (up to {Limits.LongTextLength} characters).");
        }

        request.AnswerWith(answer, now);
        await TellCandidate.SendAsync(db, user.AgencyId, request.CandidateId, new CandidateMessage("Your recruiter answered your feedback request", "See the feedback on your submissions page.",
            name => $"Dear {name},\n\n{request.Answer}\n\nYour recruiter", "/candidate") { EmailSubject = "Feedback on your application" }, now, cancellationToken);
        db.Audit(user, "feedback-request.answered", "Submission", submissionId, request.Answer!, now);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Failure.Conflict("Another recruiter answered this request at the same moment.");
        }

        return true;
    }
}
