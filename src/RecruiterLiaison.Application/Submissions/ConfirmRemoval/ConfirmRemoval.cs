using Microsoft.EntityFrameworkCore;
using RecruiterLiaison.Application.Common;
using RecruiterLiaison.Domain.Common;

namespace RecruiterLiaison.Application.Submissions.ConfirmRemoval;

public sealed record RemovalRequest(Guid SubmissionId, string Candidate, string Position, string Client, string RequestedBy, string Reason, DateTimeOffset RequestedAt);

/// <summary>The recruiter confirms a client's removal request and tells the candidate in words the recruiter chooses.</summary>
public sealed class ConfirmRemovalHandler(IAppDbContextFactory contexts, TimeProvider clock)
{
    public async Task<IReadOnlyList<RemovalRequest>> PendingAsync(CurrentUser user, CancellationToken cancellationToken = default)
    {
        if (!user.Is(Role.Recruiter))
        {
            return [];
        }

        await using var db = await contexts.CreateAsync(cancellationToken);
        return await Pending(db, user).ToListAsync(cancellationToken);
    }

    /// <summary>One page of the removal requests waiting for a recruiter, oldest first.</summary>
    public async Task<Paged<RemovalRequest>> PendingAsync(CurrentUser user, PageRequest page, CancellationToken cancellationToken = default)
    {
        if (!user.Is(Role.Recruiter))
        {
            return new Paged<RemovalRequest>([], page.Page, page.PageSize, 0);
        }

        await using var db = await contexts.CreateAsync(cancellationToken);
        return await Pending(db, user).ToPagedAsync(page, cancellationToken);
    }

    private static IQueryable<RemovalRequest> Pending(IAppDbContext db, CurrentUser user) =>
                from s in db.Submissions
                where s.AgencyId == user.AgencyId && s.RemovalRequestedAt != null
                    && !Domain.Submissions.Submission.ClosedStages.Contains(s.Stage)
                join c in db.Candidates on s.CandidateId equals c.Id
                join p in db.Positions on s.PositionId equals p.Id
                join company in db.ClientCompanies on p.ClientCompanyId equals company.Id
                join contact in db.ClientContacts on s.RemovalRequestedByContactId equals contact.Id
                orderby s.RemovalRequestedAt, s.Id
                select new RemovalRequest(s.Id, c.Name, p.Title, company.Name, contact.Name, s.RemovalReason!, s.RemovalRequestedAt!.Value);

    public async Task<Result<bool>> HandleAsync(CurrentUser user, Guid submissionId, string messageToCandidate, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        await using var db = await contexts.CreateAsync(cancellationToken);
        var submission = user.Is(Role.Recruiter) ? await db.Submissions.Include(s => s.StageChanges).SingleOrDefaultAsync(s => s.Id == submissionId && s.AgencyId == user.AgencyId, cancellationToken) : null;
        if (submission is null)
        {
            await contexts.AuditRefusalAsync(user, "Submission", submissionId, "confirm a removal", now);
            return Failure.NotFound("submission");
        }

        if (string.IsNullOrWhiteSpace(messageToCandidate) || messageToCandidate.Length > Limits.MessageLength)
        {
            return Failure.Field("message", $"Write what the candidate will read (up to {Limits.MessageLength} characters).");
        }

        try
        {
            submission.ConfirmRemoval(user.UserId, now);
        }
        catch (DomainException exception)
        {
            return Failure.Conflict(exception.Message);
        }

        await TellCandidate.SendAsync(db, user.AgencyId, submission.CandidateId, new CandidateMessage("An update on your application", messageToCandidate.Trim(),
            name => $"Dear {name},\n\n{messageToCandidate.Trim()}\n\nYour recruiter", "/candidate"), now, cancellationToken);
        db.Audit(user, "submission.removed", "Submission", submissionId, $"Removed at the client's request ({submission.RemovalReason}). Told the candidate: {messageToCandidate.Trim()}", now);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Failure.Conflict("This submission changed at the same moment; reload to see where it stands.");
        }

        return true;
    }
}
