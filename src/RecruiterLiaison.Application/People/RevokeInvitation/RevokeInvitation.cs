using RecruiterLiaison.Application.Common;

namespace RecruiterLiaison.Application.People.RevokeInvitation;

/// <summary>Withdraws an invitation that has not been accepted; its link then shows that it was withdrawn.</summary>
public sealed class RevokeInvitationHandler(IAppDbContextFactory contexts, TimeProvider clock)
{
    public Task<Result<InvitationRow>> HandleAsync(CurrentUser user, Guid invitationId, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        return InvitationActions.ActAsync(contexts, user, invitationId, "revoke an invitation", now, (_, invitation) =>
        {
            invitation.Revoke(now);
            return Task.FromResult((AuditActions.InvitationRevoked, $"Withdrew {invitation.DisplayName}'s invitation ({invitation.Email})"));
        }, cancellationToken);
    }
}
