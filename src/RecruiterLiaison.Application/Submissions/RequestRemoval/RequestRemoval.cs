using Microsoft.EntityFrameworkCore;
using RecruiterLiaison.Application.Common;
using RecruiterLiaison.Domain.Common;

namespace RecruiterLiaison.Application.Submissions.RequestRemoval;

/// <summary>A client contact asks the agency to remove a candidate from consideration, with a reason.</summary>
public sealed class RequestRemovalHandler(IAppDbContextFactory contexts, TimeProvider clock)
{
    public async Task<Result<bool>> HandleAsync(CurrentUser user, Guid submissionId, string reason, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        await using var db = await contexts.CreateAsync(cancellationToken);
        var contact = user.Is(Role.Client) ? await db.ClientContacts.SingleOrDefaultAsync(c => c.UserId == user.UserId && c.AgencyId == user.AgencyId, cancellationToken) : null;
        var submission = contact is null
            ? null
            : await db.Submissions.SingleOrDefaultAsync(s => s.Id == submissionId && s.AgencyId == user.AgencyId && db.Positions.Any(p => p.Id == s.PositionId && p.ClientCompanyId == contact.ClientCompanyId), cancellationToken);
        if (submission is null)
        {
            await contexts.AuditRefusalAsync(user, "Submission", submissionId, "ask to remove a candidate", now);
            return Failure.NotFound("submission");
        }

        try
        {
            submission.RequestRemoval(contact!.Id, reason ?? "", now);
        }
        catch (DomainException exception)
        {
            return Failure.Field("reason", exception.Message);
        }

        db.Audit(user, "submission.removal-requested", "Submission", submissionId, submission.RemovalReason!, now);
        await Notify.RecruitersAsync(db, user.AgencyId, $"{contact.Name} asks to remove a candidate", submission.RemovalReason!, "/recruiter#removals", now, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }
}
