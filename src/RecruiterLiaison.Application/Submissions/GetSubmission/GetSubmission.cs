using Microsoft.EntityFrameworkCore;
using RecruiterLiaison.Application.Common;
using RecruiterLiaison.Domain.Common;
using RecruiterLiaison.Domain.Feedback;
using RecruiterLiaison.Domain.Interviews;
using RecruiterLiaison.Domain.Notes;
using RecruiterLiaison.Domain.Positions;
using RecruiterLiaison.Domain.Submissions;

namespace RecruiterLiaison.Application.Submissions.GetSubmission;

/// <param name="By">Who moved it; null for a move the app made (the demo seed, an import).</param>
/// <param name="Reason">The recruiter's words for a stage set by hand.</param>
public sealed record StageStep(SubmissionStage Stage, DateTimeOffset At, string? By, string? Reason);

public sealed record SubmissionInterview(Guid Id, int Round, DateTimeOffset ScheduledAt, int DurationMinutes, InterviewFormat Format, IReadOnlyList<string> Interviewers, DateTimeOffset? FeedbackDueAt, FeedbackWindowStatus? FeedbackStatus);

public sealed record SubmissionNote(Guid Id, NoteKind Kind, NoteStatus Status, string Recipient, DateTimeOffset SubmittedAt);

/// <param name="Version">The row version a stage move must carry.</param>
/// <param name="AllowedStages">Where a recruiter may move it by hand now; empty once it is closed.</param>
/// <param name="RemovalReason">A client contact's request to remove the candidate, waiting for the recruiter.</param>
public sealed record SubmissionDetail(
    Guid Id, uint Version, Guid CandidateId, string Candidate, bool CandidateHasAccount,
    Guid PositionId, string Position, PositionStatus PositionStatus, Guid ClientId, string Client,
    string? Pitch, SubmissionStage Stage, bool IsClosed, DateTimeOffset SubmittedAt,
    IReadOnlyList<StageStep> History, IReadOnlyList<SubmissionInterview> Interviews, IReadOnlyList<SubmissionNote> Notes,
    IReadOnlyList<SubmissionStage> AllowedStages, string? RemovalReason);

/// <summary>A submission with its stage history, interviews and notes, and where it may move next, for recruiters and admins.</summary>
public sealed class GetSubmissionHandler(IAppDbContextFactory contexts, TimeProvider clock)
{
    public async Task<Result<SubmissionDetail>> HandleAsync(CurrentUser user, Guid submissionId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateAsync(cancellationToken);
        var detail = user.IsStaff ? await ReadAsync(db, user.AgencyId, submissionId, cancellationToken) : null;
        if (detail is null)
        {
            await contexts.AuditRefusalAsync(user, nameof(Submission), submissionId, "read a submission", clock.GetUtcNow());
            return Failure.NotFound("submission");
        }

        return detail;
    }

    /// <summary>The submission as it now stands, or null when it is not the agency's.</summary>
    internal static async Task<SubmissionDetail?> ReadAsync(IAppDbContext db, Guid agencyId, Guid submissionId, CancellationToken cancellationToken)
    {
        var submission = await db.Submissions.AsNoTracking().Include(s => s.StageChanges).SingleOrDefaultAsync(s => s.Id == submissionId && s.AgencyId == agencyId, cancellationToken);
        if (submission is null)
        {
            return null;
        }

        var found = await (
                from c in db.Candidates
                where c.Id == submission.CandidateId
                from p in db.Positions
                where p.Id == submission.PositionId
                join company in db.ClientCompanies on p.ClientCompanyId equals company.Id
                select new { Candidate = c.Name, HasAccount = c.UserId != null, Position = p.Title, PositionStatus = p.Status, ClientId = company.Id, Client = company.Name })
            .SingleAsync(cancellationToken);
        var movers = submission.StageChanges.Where(c => c.ChangedByUserId is not null).Select(c => c.ChangedByUserId!.Value).Distinct().ToList();
        var names = await db.Users.Where(u => movers.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, cancellationToken);
        var history = submission.StageChanges
            .OrderBy(c => c.ChangedAt).ThenBy(c => c.Stage)
            .Select(c => new StageStep(c.Stage, c.ChangedAt, c.ChangedByUserId is { } by ? names.GetValueOrDefault(by, "someone") : null, c.Reason))
            .ToList();

        var interviews = await (
                from i in db.Interviews.AsNoTracking()
                where i.SubmissionId == submissionId
                join w in db.FeedbackWindows on i.Id equals w.InterviewId into windows
                from w in windows.DefaultIfEmpty()
                orderby i.Round
                select new { Interview = i, DueAt = (DateTimeOffset?)w.DueAt, Status = (FeedbackWindowStatus?)w.Status })
            .ToListAsync(cancellationToken);
        var interviewIds = interviews.Select(i => i.Interview.Id).ToList();
        var interviewers = await (
                from link in db.Interviews.SelectMany(i => i.Interviewers)
                where interviewIds.Contains(link.InterviewId)
                join contact in db.ClientContacts on link.ClientContactId equals contact.Id
                orderby contact.Name
                select new { link.InterviewId, contact.Name })
            .ToListAsync(cancellationToken);
        var notes = await (
                from n in db.Notes.AsNoTracking()
                where n.SubmissionId == submissionId
                join r in db.ClientContacts on n.RecipientContactId equals r.Id
                orderby n.SubmittedAt descending
                select new SubmissionNote(n.Id, n.Kind, n.Status, r.Name, n.SubmittedAt))
            .ToListAsync(cancellationToken);

        return new SubmissionDetail(
            submission.Id, submission.Version, submission.CandidateId, found.Candidate, found.HasAccount,
            submission.PositionId, found.Position, found.PositionStatus, found.ClientId, found.Client,
            submission.Pitch, submission.Stage, submission.IsClosed, submission.SubmittedAt,
            history,
            interviews.Select(i => new SubmissionInterview(i.Interview.Id, i.Interview.Round, i.Interview.ScheduledAt, i.Interview.DurationMinutes, i.Interview.Format,
                interviewers.Where(v => v.InterviewId == i.Interview.Id).Select(v => v.Name).ToList(), i.DueAt, i.Status)).ToList(),
            notes,
            StageNames.AllowedByHand(submission),
            submission.RemovalRequestedAt is null || submission.IsClosed ? null : submission.RemovalReason);
    }
}
