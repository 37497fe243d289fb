using Microsoft.EntityFrameworkCore;
using RecruiterLiaison.Application.Common;
using RecruiterLiaison.Domain.Common;
using RecruiterLiaison.Domain.Feedback;

namespace RecruiterLiaison.Application.Feedback.AnswerAsClient;

public sealed record ClientFeedbackRequest(Guid SubmissionId, string Candidate, string Position, DateTimeOffset DueAt, string? ClientAnswer);

/// <summary>A client contact sees the feedback requests put to them and answers; the answer goes to the recruiter.</summary>
public sealed class AnswerAsClientHandler(IAppDbContextFactory contexts, TimeProvider clock)
{
    public async Task<IReadOnlyList<ClientFeedbackRequest>> PendingAsync(CurrentUser user, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateAsync(cancellationToken);
        return await Pending(db, user).ToListAsync(cancellationToken);
    }

    /// <summary>One page of the requests put to the caller, soonest due first.</summary>
    public async Task<Paged<ClientFeedbackRequest>> PendingAsync(CurrentUser user, PageRequest page, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateAsync(cancellationToken);
        return await Pending(db, user).ToPagedAsync(page, cancellationToken);
    }

    private static IQueryable<ClientFeedbackRequest> Pending(IAppDbContext db, CurrentUser user) =>
                from contact in db.ClientContacts
                where contact.UserId == user.UserId && contact.AgencyId == user.AgencyId
                from r in db.FeedbackRequests
                where r.AskedContactId == contact.Id && r.Status == FeedbackRequestStatus.AskedClient
                join s in db.Submissions on r.SubmissionId equals s.Id
                join c in db.Candidates on r.CandidateId equals c.Id
                join p in db.Positions on s.PositionId equals p.Id
                orderby r.ClientDueAt, r.Id
                select new ClientFeedbackRequest(r.SubmissionId, c.Name, p.Title, r.ClientDueAt!.Value, r.ClientAnswer);

    public async Task<Result<bool>> HandleAsync(CurrentUser user, Guid submissionId, string answer, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        await using var db = await contexts.CreateAsync(cancellationToken);
        var request = user.Is(Role.Client)
            ? await db.FeedbackRequests.SingleOrDefaultAsync(r => r.SubmissionId == submissionId && r.AgencyId == user.AgencyId && db.ClientContacts.Any(c => c.Id == r.AskedContactId && c.UserId == user.UserId), cancellationToken)
            : null;
        if (request is null)
        {
            await contexts.AuditRefusalAsync(user, nameof(FeedbackRequest), submissionId, "answer a feedback request", now);
            return Failure.NotFound("request");
        }

        try
        {
            request.RecordClientAnswer(answer ?? "", now);
        }
        catch (DomainException exception)
        {
            return Failure.Field("answer", exception.Message);
        }

        db.Audit(user, "feedback-request.client-answered", "Submission", submissionId, request.ClientAnswer!, now);
        await Notify.RecruitersAsync(db, user.AgencyId, "The client answered a feedback request", "Pass it on to the candidate in your words.", $"/recruiter/submissions/{submissionId}/feedback-request", now, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }
}
