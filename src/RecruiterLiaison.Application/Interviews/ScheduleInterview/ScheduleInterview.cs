using Microsoft.EntityFrameworkCore;
using RecruiterLiaison.Application.Common;
using RecruiterLiaison.Domain.Common;
using RecruiterLiaison.Domain.Feedback;
using RecruiterLiaison.Domain.Interviews;
using RecruiterLiaison.Domain.Submissions;

namespace RecruiterLiaison.Application.Interviews.ScheduleInterview;

public sealed record ScheduleInterviewCommand(Guid SubmissionId, DateTimeOffset? ScheduledAt, int DurationMinutes, InterviewFormat? Format, IReadOnlyList<Guid> InterviewerContactIds);

public sealed record ContactOption(Guid Id, string Name, string Title);

/// <summary>
/// The recruiter books the next interview round with the client's interviewers. Every
/// interview gets its feedback window at once: due the agency's number of working days after
/// it ends (default 3), in the agency's time zone.
/// </summary>
public sealed class ScheduleInterviewHandler(IAppDbContextFactory contexts, TimeProvider clock)
{
    public async Task<IReadOnlyList<ContactOption>> ContactsForAsync(CurrentUser user, Guid submissionId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateAsync(cancellationToken);
        return await (
                from s in db.Submissions
                where s.Id == submissionId && s.AgencyId == user.AgencyId && user.Role == Role.Recruiter
                join p in db.Positions on s.PositionId equals p.Id
                join c in db.ClientContacts on p.ClientCompanyId equals c.ClientCompanyId
                orderby c.Name
                select new ContactOption(c.Id, c.Name, c.Title))
            .ToListAsync(cancellationToken);
    }

    public async Task<Result<Guid>> HandleAsync(CurrentUser user, ScheduleInterviewCommand command, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        await using var db = await contexts.CreateAsync(cancellationToken);
        var submission = user.Is(Role.Recruiter)
            ? await db.Submissions.Include(s => s.StageChanges).SingleOrDefaultAsync(s => s.Id == command.SubmissionId && s.AgencyId == user.AgencyId, cancellationToken)
            : null;
        if (submission is null)
        {
            await contexts.AuditRefusalAsync(user, "Submission", command.SubmissionId, "schedule an interview", now);
            return Failure.NotFound("submission");
        }

        if (submission.IsClosed)
        {
            return Failure.Invalid($"This submission is closed ({submission.Stage}).");
        }

        var errors = new Dictionary<string, string[]>();
        if (command.ScheduledAt is null)
        {
            errors["scheduledAt"] = ["Choose when the interview is."];
        }

        if (command.Format is null || !Enum.IsDefined(command.Format.Value))
        {
            errors["format"] = ["Choose video, phone or on site."];
        }

        if (command.DurationMinutes is < 5 or > 600)
        {
            errors["durationMinutes"] = ["Between 5 minutes and 10 hours."];
        }

        var companyId = await db.Positions.Where(p => p.Id == submission.PositionId).Select(p => p.ClientCompanyId).SingleAsync(cancellationToken);
        var interviewers = await db.ClientContacts.Where(c => command.InterviewerContactIds.Contains(c.Id) && c.ClientCompanyId == companyId).ToListAsync(cancellationToken);
        if (interviewers.Count == 0 || interviewers.Count != command.InterviewerContactIds.Distinct().Count())
        {
            errors["interviewerContactIds"] = ["Choose at least one interviewer from the client."];
        }

        if (errors.Count > 0)
        {
            return Failure.Invalid("Some fields need attention.", errors);
        }

        var round = await db.Interviews.CountAsync(i => i.SubmissionId == submission.Id, cancellationToken) + 1;
        var interview = new Interview(user.AgencyId, submission.Id, round, command.ScheduledAt!.Value, command.DurationMinutes, command.Format!.Value);
        interviewers.ForEach(c => interview.AddInterviewer(c.Id));
        db.Interviews.Add(interview);

        var agency = await db.Agencies.SingleAsync(a => a.Id == user.AgencyId, cancellationToken);
        db.FeedbackWindows.Add(new FeedbackWindow(user.AgencyId, interview.Id, WorkingCalendar.AddWorkingDays(interview.EndsAt, agency.FeedbackDueWorkingDays, WorkingCalendar.Zone(agency.TimeZone))));
        // A booking moves a submission on to its interview stages, never back from an offer.
        if (submission.Stage is SubmissionStage.RecruiterScreen or SubmissionStage.FirstClientInterview)
        {
            submission.MoveTo(round == 1 ? SubmissionStage.FirstClientInterview : SubmissionStage.FurtherInterviews, now, user.UserId);
        }

        var candidate = await db.Candidates.SingleAsync(c => c.Id == submission.CandidateId, cancellationToken);
        Notify.User(db, user.AgencyId, candidate.UserId, $"Interview round {round} booked", $"{command.ScheduledAt:ddd d MMM HH:mm} UTC with {string.Join(", ", interviewers.Select(c => c.Name))}.", "/candidate", now);
        foreach (var contactUser in interviewers.Where(c => c.UserId is not null).Select(c => c.UserId!.Value))
        {
            Notify.User(db, user.AgencyId, contactUser, $"Interview with {candidate.Name}", $"Round {round}, {command.ScheduledAt:ddd d MMM HH:mm} UTC.", "/client", now);
        }

        db.Audit(user, "interview.scheduled", "Submission", submission.Id, $"Round {round} at {command.ScheduledAt:O} with {string.Join(", ", interviewers.Select(c => c.Name))}", now);
        await db.SaveChangesAsync(cancellationToken);
        return interview.Id;
    }
}
