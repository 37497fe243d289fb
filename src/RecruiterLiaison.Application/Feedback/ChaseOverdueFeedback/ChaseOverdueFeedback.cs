using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using RecruiterLiaison.Application.Common;
using RecruiterLiaison.Application.Messaging;
using RecruiterLiaison.Domain.Common;
using RecruiterLiaison.Domain.Feedback;

namespace RecruiterLiaison.Application.Feedback.ChaseOverdueFeedback;

public sealed record ChaseReport(Guid WindowId, string Client, string Contact, string Candidate, int Step, bool WasLast);

/// <summary>
/// Reminds client contacts whose feedback window has passed: at the due time, then every
/// interval (working days, counted from the previous chase), at most the agency's maximum.
/// Windows are claimed with FOR UPDATE SKIP LOCKED, so any number of runners send each step
/// once; a late run sends one chase, never a burst.
/// </summary>
public sealed class ChaseOverdueFeedbackHandler(IAppDbContextFactory contexts, IDueWorkClaims claims, ILogger<ChaseOverdueFeedbackHandler> logger)
{
    public async Task<IReadOnlyList<ChaseReport>> HandleAsync(DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        var reports = new List<ChaseReport>();
        while (await ChaseOneAsync(at, cancellationToken) is { } report)
        {
            reports.Add(report);
        }

        return reports;
    }

    private async Task<ChaseReport?> ChaseOneAsync(DateTimeOffset at, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateAsync(cancellationToken);
        await using var claim = await claims.NextFeedbackWindowAsync(db, at, cancellationToken);
        if (claim is null)
        {
            return null;
        }

        var window = await db.FeedbackWindows.Include(w => w.Chases).SingleAsync(w => w.Id == claim.Id, cancellationToken);
        var facts = await (
                from i in db.Interviews
                where i.Id == window.InterviewId
                join s in db.Submissions on i.SubmissionId equals s.Id
                join c in db.Candidates on s.CandidateId equals c.Id
                join p in db.Positions on s.PositionId equals p.Id
                join company in db.ClientCompanies on p.ClientCompanyId equals company.Id
                join agency in db.Agencies on i.AgencyId equals agency.Id
                select new { Interview = i, Candidate = c.Name, Position = p.Title, Client = company.Name, Agency = agency })
            .SingleAsync(cancellationToken);
        var interviewers = db.Interviews.Where(i => i.Id == window.InterviewId).SelectMany(i => i.Interviewers).Select(v => v.ClientContactId);
        var contact = await db.ClientContacts
            .Where(cc => interviewers.Contains(cc.Id))
            .OrderBy(cc => cc.UserId == null)
            .ThenBy(cc => cc.Seniority)
            .FirstAsync(cancellationToken);

        var step = window.Chases.Count + 1;
        var isLast = step >= facts.Agency.MaxChases;
        var next = isLast ? (DateTimeOffset?)null : WorkingCalendar.AddWorkingDays(at, facts.Agency.ChaseIntervalWorkingDays, WorkingCalendar.Zone(facts.Agency.TimeZone));
        window.RecordChase(contact.Id, at, next);

        var subject = $"Feedback for {facts.Candidate} ({facts.Position}) is overdue";
        var body = $"Dear {contact.Name},\n\nWe have not yet received your feedback on {facts.Candidate}'s interview for {facts.Position}, which was due on {window.DueAt:dddd d MMMM}. " +
            $"It takes about two minutes: sign in to RecruiterLiaison and open the interview from your inbox.\n\nThank you,\n{facts.Agency.Name}";
        Outbox.Email(db, window.AgencyId, contact.Email, subject, body, at);
        if (contact.UserId is { } contactUser)
        {
            Notify.User(db, window.AgencyId, contactUser, subject, "Please post your interview feedback.", $"/client/interviews/{window.InterviewId}/feedback", at);
        }

        await Notify.RecruitersAsync(db, window.AgencyId,
            isLast ? $"Call {contact.Name} at {facts.Client}" : $"Chased {facts.Client} ({step} of {facts.Agency.MaxChases})",
            isLast ? $"Feedback on {facts.Candidate} is still missing after {step} reminders. Time to call." : $"Reminder {step} sent to {contact.Name} about {facts.Candidate}.",
            $"/recruiter/interviews/{window.InterviewId}/feedback", at, cancellationToken);
        db.AuditEvents.Add(new Domain.Auditing.AuditEvent(window.AgencyId, null, "feedback.chased", nameof(FeedbackWindow), window.Id, $"Chase {step} of {facts.Agency.MaxChases} to {contact.Name} ({contact.Email})", at));
        await db.SaveChangesAsync(cancellationToken);
        await claim.CommitAsync(cancellationToken);
        logger.LogInformation("Chased window {WindowId} step {Step} to {ContactId}", window.Id, step, contact.Id);
        return new ChaseReport(window.Id, facts.Client, contact.Name, facts.Candidate, step, isLast);
    }
}
