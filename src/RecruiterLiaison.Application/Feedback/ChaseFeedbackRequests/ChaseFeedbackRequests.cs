using Microsoft.EntityFrameworkCore;
using RecruiterLiaison.Application.Common;
using RecruiterLiaison.Application.Messaging;
using RecruiterLiaison.Domain.Common;

namespace RecruiterLiaison.Application.Feedback.ChaseFeedbackRequests;

public sealed record RequestChaseReport(Guid RequestId, string Contact, string Candidate, int Step, bool WasLast);

/// <summary>
/// Chases the client about a candidate's feedback request on the same schedule as feedback
/// windows; after the last chase the recruiter is told to close the request with a message,
/// so no candidate is left without an answer.
/// </summary>
public sealed class ChaseFeedbackRequestsHandler(IAppDbContextFactory contexts, IDueWorkClaims claims)
{
    public async Task<IReadOnlyList<RequestChaseReport>> HandleAsync(DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        var reports = new List<RequestChaseReport>();
        while (true)
        {
            await using var db = await contexts.CreateAsync(cancellationToken);
            await using var claim = await claims.NextFeedbackRequestAsync(db, at, cancellationToken);
            if (claim is null)
            {
                return reports;
            }

            var request = await db.FeedbackRequests.SingleAsync(r => r.Id == claim.Id, cancellationToken);
            var agency = await db.Agencies.SingleAsync(a => a.Id == request.AgencyId, cancellationToken);
            var contact = await db.ClientContacts.SingleAsync(c => c.Id == request.AskedContactId, cancellationToken);
            var candidate = await db.Candidates.Where(c => c.Id == request.CandidateId).Select(c => c.Name).SingleAsync(cancellationToken);
            var step = request.ChasesSent + 1;
            var isLast = step >= agency.MaxChases;
            request.RecordChase(isLast ? null : WorkingCalendar.AddWorkingDays(at, agency.ChaseIntervalWorkingDays, WorkingCalendar.Zone(agency.TimeZone)));

            Outbox.Email(db, request.AgencyId, contact.Email, $"Reminder: {candidate} would value your feedback",
                $"Dear {contact.Name},\n\nA reminder that {candidate} asked for constructive feedback. A few words in RecruiterLiaison would help them.\n\n{agency.Name}", at);
            if (contact.UserId is { } contactUser)
            {
                Notify.User(db, request.AgencyId, contactUser, $"Reminder: {candidate} would value your feedback", "A few words help.", "/client#feedback-requests", at);
            }

            if (isLast)
            {
                await Notify.RecruitersAsync(db, request.AgencyId, $"Close {candidate}'s feedback request", $"{contact.Name} has not answered after {step} reminders. Answer {candidate} yourself.", $"/recruiter/submissions/{request.SubmissionId}/feedback-request", at, cancellationToken);
            }

            db.AuditEvents.Add(new Domain.Auditing.AuditEvent(request.AgencyId, null, "feedback-request.chased", "Submission", request.SubmissionId, $"Chase {step} of {agency.MaxChases} to {contact.Name}", at));
            await db.SaveChangesAsync(cancellationToken);
            await claim.CommitAsync(cancellationToken);
            reports.Add(new RequestChaseReport(request.Id, contact.Name, candidate, step, isLast));
        }
    }
}
