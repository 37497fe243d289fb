using Microsoft.EntityFrameworkCore;
using RecruiterLiaison.Application.Common;
using RecruiterLiaison.Domain.Common;
using RecruiterLiaison.Domain.Feedback;
using RecruiterLiaison.Domain.Submissions;

namespace RecruiterLiaison.Application.Submissions.GetMySubmissions;

public sealed record InterviewerView(Guid ContactId, string Name, string Title, string Seniority);

/// <summary>An interview as its candidate sees it: <paramref name="FeedbackSummary"/> is the recruiter's relayed words, never the raw feedback.</summary>
public sealed record InterviewView(Guid Id, int Round, DateTimeOffset ScheduledAt, string Format, IReadOnlyList<InterviewerView> Interviewers, DateTimeOffset? FeedbackDueAt, string? FeedbackStatus, string? FeedbackSummary = null);

/// <param name="StageReason">The recruiter's words for a stage set by hand (an offer, a rejection…); never shown to client contacts.</param>
public sealed record SubmissionView(
    Guid Id, Guid CandidateId, string Candidate, Guid PositionId, string Position, Guid ClientId, string Client, SubmissionStage Stage, string? StageReason,
    IReadOnlyList<InterviewView> Interviews, FeedbackRequestStatus? RequestStatus = null, string? RequestAnswer = null)
{
    public bool IsClosed => Submission.ClosedStages.Contains(Stage);
}

/// <summary>Narrows the caller's submissions; every filter is optional.</summary>
public sealed record SubmissionsFilter(Guid? CandidateId = null, Guid? PositionId = null, SubmissionStage? Stage = null);

/// <summary>
/// The submissions the caller may see: a candidate's own, every submission of the agency for
/// recruiters and admins, and for a client contact those at their company that have been put
/// to the client (past the recruiter screen).
/// </summary>
public sealed class GetMySubmissionsHandler(IAppDbContextFactory contexts)
{
    /// <summary>All of them, newest first (the pages).</summary>
    public async Task<IReadOnlyList<SubmissionView>> HandleAsync(CurrentUser user, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateAsync(cancellationToken);
        var rows = await Visible(db, user, new SubmissionsFilter()).ToListAsync(cancellationToken);
        return await ViewsAsync(db, user, rows, cancellationToken);
    }

    /// <summary>One page of them, newest first, filtered (the API).</summary>
    public async Task<Paged<SubmissionView>> HandleAsync(CurrentUser user, SubmissionsFilter filter, PageRequest page, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateAsync(cancellationToken);
        var rows = await Visible(db, user, filter).ToPagedAsync(page, cancellationToken);
        return new Paged<SubmissionView>(await ViewsAsync(db, user, rows.Items, cancellationToken), rows.Page, rows.PageSize, rows.Total);
    }

    private sealed record Row(Guid Id, Guid CandidateId, string Candidate, Guid PositionId, string Position, Guid ClientId, string Client, SubmissionStage Stage, DateTimeOffset SubmittedAt);

    private static IQueryable<Row> Visible(IAppDbContext db, CurrentUser user, SubmissionsFilter filter)
    {
        var submissions =
            from s in db.Submissions.AsNoTracking()
            join c in db.Candidates on s.CandidateId equals c.Id
            join p in db.Positions on s.PositionId equals p.Id
            join company in db.ClientCompanies on p.ClientCompanyId equals company.Id
            where s.AgencyId == user.AgencyId
            select new { s, Candidate = c, Position = p, Company = company };

        submissions = user.Role switch
        {
            Role.Candidate => submissions.Where(x => x.Candidate.UserId == user.UserId),
            // A candidate still at the recruiter screen has not been put to the client yet.
            Role.Client => submissions.Where(x => x.s.Stage != SubmissionStage.RecruiterScreen && db.ClientContacts.Any(cc => cc.UserId == user.UserId && cc.ClientCompanyId == x.Company.Id)),
            _ => submissions,
        };

        if (filter.CandidateId is { } candidateId)
        {
            submissions = submissions.Where(x => x.s.CandidateId == candidateId);
        }

        if (filter.PositionId is { } positionId)
        {
            submissions = submissions.Where(x => x.s.PositionId == positionId);
        }

        if (filter.Stage is { } stage)
        {
            submissions = submissions.Where(x => x.s.Stage == stage);
        }

        return submissions
            .OrderByDescending(x => x.s.SubmittedAt).ThenBy(x => x.s.Id)
            .Select(x => new Row(x.s.Id, x.Candidate.Id, x.Candidate.Name, x.Position.Id, x.Position.Title, x.Company.Id, x.Company.Name, x.s.Stage, x.s.SubmittedAt));
    }

    private static async Task<IReadOnlyList<SubmissionView>> ViewsAsync(IAppDbContext db, CurrentUser user, IReadOnlyList<Row> rows, CancellationToken cancellationToken)
    {
        var ids = rows.Select(r => r.Id).ToList();

        var interviews = await (
                from i in db.Interviews.AsNoTracking()
                where ids.Contains(i.SubmissionId)
                join w in db.FeedbackWindows on i.Id equals w.InterviewId into windows
                from w in windows.DefaultIfEmpty()
                join f in db.ClientFeedback on i.Id equals f.InterviewId into feedback
                from f in feedback.DefaultIfEmpty()
                orderby i.Round
                select new { Interview = i, DueAt = (DateTimeOffset?)w.DueAt, Status = (FeedbackWindowStatus?)w.Status, Summary = f.CandidateSummary })
            .ToListAsync(cancellationToken);
        var interviewIds = interviews.Select(i => i.Interview.Id).ToList();
        var interviewers = await (
                from link in db.Interviews.SelectMany(i => i.Interviewers)
                where interviewIds.Contains(link.InterviewId)
                join contact in db.ClientContacts on link.ClientContactId equals contact.Id
                orderby contact.Name
                select new { link.InterviewId, View = new InterviewerView(contact.Id, contact.Name, contact.Title, contact.Seniority.ToString()) })
            .ToListAsync(cancellationToken);

        var showsSummary = user.Role is Role.Candidate or Role.Recruiter;
        var requests = await db.FeedbackRequests.Where(q => showsSummary && ids.Contains(q.SubmissionId)).Select(q => new { q.SubmissionId, q.Status, q.Answer }).ToListAsync(cancellationToken);

        // The reason of the step that set the current stage (the latest one at that stage).
        var showsReason = user.Role is not Role.Client;
        var steps = await db.Submissions.Where(s => showsReason && ids.Contains(s.Id)).SelectMany(s => s.StageChanges)
            .Select(c => new { c.SubmissionId, c.Stage, c.ChangedAt, c.Reason })
            .ToListAsync(cancellationToken);
        string? ReasonOf(Row r) => steps.Where(c => c.SubmissionId == r.Id && c.Stage == r.Stage).MaxBy(c => c.ChangedAt)?.Reason;
        return rows.Select(r => new SubmissionView(r.Id, r.CandidateId, r.Candidate, r.PositionId, r.Position, r.ClientId, r.Client, r.Stage, ReasonOf(r),
                interviews.Where(i => i.Interview.SubmissionId == r.Id)
                    .Select(i => new InterviewView(i.Interview.Id, i.Interview.Round, i.Interview.ScheduledAt, i.Interview.Format.ToString(),
                        interviewers.Where(v => v.InterviewId == i.Interview.Id).Select(v => v.View).ToList(),
                        i.DueAt, i.Status?.ToString(), showsSummary ? i.Summary : null))
                    .ToList(),
                requests.FirstOrDefault(q => q.SubmissionId == r.Id)?.Status,
                requests.FirstOrDefault(q => q.SubmissionId == r.Id)?.Answer))
            .ToList();
    }
}
