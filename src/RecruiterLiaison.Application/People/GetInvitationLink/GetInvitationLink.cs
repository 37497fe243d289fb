using Microsoft.EntityFrameworkCore;
using RecruiterLiaison.Application.Common;
using RecruiterLiaison.Domain.Common;
using RecruiterLiaison.Domain.People;

namespace RecruiterLiaison.Application.People.GetInvitationLink;

/// <summary>What an invitation link can still do. Unknown covers a mistyped link and one replaced by a resend.</summary>
public enum InvitationLinkState
{
    Usable,
    Used,
    Expired,
    Revoked,
    Unknown,
}

/// <summary>Whom a usable link is for, and the password rules the page explains.</summary>
public sealed record InvitationView(string DisplayName, string Email, string Agency, Role Role, DateTimeOffset ExpiresAt, IReadOnlyList<string> PasswordRules);

public sealed record InvitationLink(InvitationLinkState State, InvitationView? Invitation)
{
    /// <summary>What the page says when the link cannot be used; nothing about any account or address.</summary>
    public string? Problem => State switch
    {
        InvitationLinkState.Used => "This invitation has already been used. If you set your password with it, sign in.",
        InvitationLinkState.Expired => "This invitation has expired. Ask the person who invited you to send it again.",
        InvitationLinkState.Revoked => "This invitation was withdrawn. Ask the agency if you think this is a mistake.",
        InvitationLinkState.Unknown => "This invitation link does not work. Check that you opened the whole link from the most recent e-mail, or ask for a new invitation.",
        _ => null,
    };
}

/// <summary>Looks an invitation up by the token in its link, for the page that accepts it (no one is signed in).</summary>
public sealed class GetInvitationLinkHandler(IAppDbContextFactory contexts, IAccounts accounts, TimeProvider clock)
{
    public async Task<InvitationLink> HandleAsync(string? token, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(token) || token.Length > 100)
        {
            return new InvitationLink(InvitationLinkState.Unknown, null);
        }

        var hash = InvitationTokens.Hash(token.Trim());
        await using var db = await contexts.CreateAsync(cancellationToken);
        var found = await (
                from i in db.Invitations.AsNoTracking()
                join a in db.Agencies on i.AgencyId equals a.Id
                where i.TokenHash == hash
                select new { Invitation = i, Agency = a.Name })
            .SingleOrDefaultAsync(cancellationToken);
        if (found is null)
        {
            return new InvitationLink(InvitationLinkState.Unknown, null);
        }

        var state = StateOf(found.Invitation.StateAt(clock.GetUtcNow()));
        return state != InvitationLinkState.Usable
            ? new InvitationLink(state, null)
            : new InvitationLink(state, new InvitationView(found.Invitation.DisplayName, found.Invitation.Email, found.Agency, found.Invitation.Role, found.Invitation.ExpiresAt, accounts.PasswordRules));
    }

    internal static InvitationLinkState StateOf(InvitationState state) => state switch
    {
        InvitationState.Accepted => InvitationLinkState.Used,
        InvitationState.Revoked => InvitationLinkState.Revoked,
        InvitationState.Expired => InvitationLinkState.Expired,
        _ => InvitationLinkState.Usable,
    };
}
