using Microsoft.EntityFrameworkCore;
using RecruiterLiaison.Application.Common;
using RecruiterLiaison.Domain.Clients;

namespace RecruiterLiaison.Application.Notes.GetDraftOptions;

public sealed record RecipientOption(Guid InterviewId, int Round, DateTimeOffset ScheduledAt, Guid ContactId, string Name, string Title, Seniority Seniority);

public sealed record DraftOptions(Guid SubmissionId, string Position, string Client, bool IsClosed, IReadOnlyList<RecipientOption> Recipients);

/// <summary>What a candidate may choose when drafting: each interview of the submission and its interviewers.</summary>
public sealed class GetDraftOptionsHandler(IAppDbContextFactory contexts, TimeProvider clock)
{
    public async Task<DraftOptions?> HandleAsync(CurrentUser user, Guid submissionId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateAsync(cancellationToken);
        var submission = await (
                from s in db.Submissions
                join c in db.Candidates on s.CandidateId equals c.Id
                join p in db.Positions on s.PositionId equals p.Id
                join company in db.ClientCompanies on p.ClientCompanyId equals company.Id
                where s.Id == submissionId && c.UserId == user.UserId && s.AgencyId == user.AgencyId
                select new { s.Id, p.Title, Company = company.Name, s.Stage })
            .SingleOrDefaultAsync(cancellationToken);
        if (submission is null)
        {
            await contexts.AuditRefusalAsync(user, "Submission", submissionId, "draft a note on a submission", clock.GetUtcNow());
            return null;
        }

        var recipients = await (
                from i in db.Interviews
                where i.SubmissionId == submissionId
                from v in i.Interviewers
                join contact in db.ClientContacts on v.ClientContactId equals contact.Id
                orderby i.Round, contact.Name
                select new RecipientOption(i.Id, i.Round, i.ScheduledAt, contact.Id, contact.Name, contact.Title, contact.Seniority))
            .ToListAsync(cancellationToken);
        var closed = submission.Stage is Domain.Submissions.SubmissionStage.Rejected or Domain.Submissions.SubmissionStage.Withdrawn or Domain.Submissions.SubmissionStage.RemovedFromConsideration;
        return new DraftOptions(submission.Id, submission.Title, submission.Company, closed, recipients);
    }
}
