using Microsoft.EntityFrameworkCore;
using RecruiterLiaison.Application.Common;
using RecruiterLiaison.Application.Messaging;
using RecruiterLiaison.Domain.Common;
using RecruiterLiaison.Domain.Feedback;

namespace RecruiterLiaison.Application.Feedback.AskClientForFeedback;

/// <summary>
/// The recruiter passes a candidate's feedback request to the client contact who interviewed
/// them, with a due date; it is chased like a feedback window. The client is under no
/// obligation (seeds/004), so the recruiter still answers the candidate in the end.
/// </summary>
public sealed class AskClientForFeedbackHandler(IAppDbContextFactory contexts, TimeProvider clock)
{
    public async Task<Result<DateTimeOffset>> HandleAsync(CurrentUser user, Guid submissionId, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        await using var db = await contexts.CreateAsync(cancellationToken);
        var request = user.Is(Role.Recruiter) ? await db.FeedbackRequests.SingleOrDefaultAsync(r => r.SubmissionId == submissionId && r.AgencyId == user.AgencyId, cancellationToken) : null;
        if (request is null)
        {
            await contexts.AuditRefusalAsync(user, nameof(FeedbackRequest), submissionId, "ask the client for feedback", now);
            return Failure.NotFound("request");
        }

        // The interviewer who gave feedback, else any interviewer of the submission who can sign in.
        var contact = await (
                from f in db.ClientFeedback
                join i in db.Interviews on f.InterviewId equals i.Id
                where i.SubmissionId == submissionId
                join c in db.ClientContacts on f.ContactId equals c.Id
                orderby i.Round descending
                select c)
            .FirstOrDefaultAsync(cancellationToken)
            ?? await (
                from i in db.Interviews
                where i.SubmissionId == submissionId
                from v in i.Interviewers
                join c in db.ClientContacts on v.ClientContactId equals c.Id
                orderby c.UserId == null
                select c)
            .FirstOrDefaultAsync(cancellationToken);
        if (contact is null)
        {
            return Failure.Invalid("Nobody at the client interviewed this candidate; answer from what you know.");
        }

        var agency = await db.Agencies.SingleAsync(a => a.Id == user.AgencyId, cancellationToken);
        var due = WorkingCalendar.AddWorkingDays(now, agency.FeedbackDueWorkingDays, WorkingCalendar.Zone(agency.TimeZone));
        try
        {
            request.AskClient(contact.Id, due);
        }
        catch (DomainException exception)
        {
            return Failure.Conflict(exception.Message);
        }

        var candidate = await db.Candidates.Where(c => c.Id == request.CandidateId).Select(c => c.Name).SingleAsync(cancellationToken);
        if (contact.UserId is { } contactUser)
        {
            Notify.User(db, user.AgencyId, contactUser, $"{candidate} would value your feedback", "A few words on what would have made the difference help them grow.", "/client#feedback-requests", now);
        }

        Outbox.Email(db, user.AgencyId, contact.Email, $"{candidate} would value your feedback",
            $"Dear {contact.Name},\n\n{candidate} has asked for constructive feedback after your decision. A few words on what would have made the difference would help; you can reply in RecruiterLiaison by {due:dddd d MMMM}. There is no obligation.\n\n{agency.Name}", now);
        db.Audit(user, "feedback-request.asked-client", "Submission", submissionId, $"Asked {contact.Name}, due {due:O}", now);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Failure.Conflict("This request changed at the same moment; reload to see it.");
        }

        return due;
    }
}
