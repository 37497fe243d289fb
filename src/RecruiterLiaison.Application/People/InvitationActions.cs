using Microsoft.EntityFrameworkCore;
using RecruiterLiaison.Application.Common;
using RecruiterLiaison.Domain.Common;
using RecruiterLiaison.Domain.People;

namespace RecruiterLiaison.Application.People;

/// <summary>
/// What resending and revoking share: find the invitation the caller may act on (a foreign or
/// hidden one is a 404, audited), run the domain method, audit, and save; a concurrent change
/// is a conflict and a refused state change is a plain failure.
/// </summary>
internal static class InvitationActions
{
    public static async Task<Result<InvitationRow>> ActAsync(IAppDbContextFactory contexts, CurrentUser user, Guid invitationId, string what, DateTimeOffset now,
        Func<IAppDbContext, Invitation, Task<(string Action, string Detail)>> act, CancellationToken cancellationToken)
    {
        if (!user.IsStaff)
        {
            await contexts.AuditRefusalAsync(user, "Invitation", invitationId, what, now);
            return new Failure(FailureKind.Forbidden, "Only recruiters and admins manage invitations.");
        }

        await using var db = await contexts.CreateAsync(cancellationToken);
        var invitation = await db.Invitations.VisibleTo(user).SingleOrDefaultAsync(i => i.Id == invitationId, cancellationToken);
        if (invitation is null)
        {
            await contexts.AuditRefusalAsync(user, "Invitation", invitationId, what, now);
            return Failure.NotFound("invitation");
        }

        try
        {
            var (action, detail) = await act(db, invitation);
            db.Audit(user, action, "Invitation", invitation.Id, detail, now);
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DomainException refused)
        {
            return Failure.Invalid(refused.Message);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Failure.Conflict("Someone else changed this invitation at the same moment; reload to see it as it now stands.");
        }

        return await InvitationQueries.RowAsync(db, invitation, now, cancellationToken);
    }
}
