using Microsoft.EntityFrameworkCore;
using RecruiterLiaison.Application.Common;

namespace RecruiterLiaison.Application.People.ResendInvitation;

/// <summary>Sends a pending or expired invitation again with a new link and a new expiry; the old link stops working.</summary>
public sealed class ResendInvitationHandler(IAppDbContextFactory contexts, InvitationSettings settings, TimeProvider clock)
{
    public Task<Result<InvitationRow>> HandleAsync(CurrentUser user, Guid invitationId, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        return InvitationActions.ActAsync(contexts, user, invitationId, "resend an invitation", now, async (db, invitation) =>
        {
            var (token, hash) = InvitationTokens.New();
            var expires = now.AddDays(settings.ExpiryDays);
            invitation.Renew(hash, now, expires);
            var agency = await db.Agencies.Where(a => a.Id == user.AgencyId).Select(a => a.Name).SingleAsync(cancellationToken);
            InvitationEmail.Send(db, invitation, agency, user.DisplayName, token, settings);
            return (AuditActions.InvitationResent, $"Sent {invitation.DisplayName}'s invitation again to {invitation.Email}; the earlier link no longer works and the new one expires {expires:u}");
        }, cancellationToken);
    }
}
