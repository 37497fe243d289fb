using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using RecruiterLiaison.Application.Common;
using RecruiterLiaison.Application.Messaging;
using RecruiterLiaison.Domain.Common;
using RecruiterLiaison.Domain.People;

namespace RecruiterLiaison.Application.People;

/// <summary>
/// Configuration <c>Invitations:ExpiryDays</c> (default 7) and <c>App:BaseUrl</c>, the address
/// people open the app at, which the invitation e-mail links to.
/// </summary>
public sealed record InvitationSettings(int ExpiryDays = InvitationSettings.DefaultExpiryDays, string BaseUrl = InvitationSettings.DefaultBaseUrl)
{
    public const int DefaultExpiryDays = 7;

    /// <summary>Where script/server serves the app.</summary>
    public const string DefaultBaseUrl = "http://localhost:5080";

    public int ExpiryDays { get; init; } = Math.Max(1, ExpiryDays);

    public string BaseUrl { get; init; } = string.IsNullOrWhiteSpace(BaseUrl) ? DefaultBaseUrl : BaseUrl.Trim().TrimEnd('/');

    public string LinkFor(string token) => $"{BaseUrl}/invitation/{token}";
}

/// <summary>Invitation links: 32 random bytes, base64url; only the SHA-256 hash is stored (like API tokens).</summary>
public static class InvitationTokens
{
    public static (string Token, string Hash) New()
    {
        var token = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        return (token, Hash(token));
    }

    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}

/// <summary>The e-mail that carries an invitation's link, written to the outbox with the change.</summary>
public static class InvitationEmail
{
    public static string Subject(string agency) => $"You're invited to join {agency} on RecruiterLiaison";

    public static void Send(IAppDbContext db, Invitation invitation, string agency, string? invitedBy, string token, InvitationSettings settings) =>
        Outbox.Email(db, invitation.AgencyId, invitation.Email, Subject(agency),
            $"""
            Dear {invitation.DisplayName},

            {invitedBy ?? "RecruiterLiaison"} has invited you to join {agency} on RecruiterLiaison as {Describe(invitation.Role)}.

            Set your password and sign in here:
            {settings.LinkFor(token)}

            The link works once and expires in {settings.ExpiryDays} day(s). If you did not expect this invitation, you can ignore this e-mail.
            """,
            invitation.SentAt);

    public static string Describe(Role role) => role switch
    {
        Role.AgencyAdmin => "an agency admin",
        Role.Recruiter => "a recruiter",
        Role.Client => "a client contact",
        _ => "a candidate",
    };
}

/// <summary>An invitation as lists, the admin's page and the API show it; never its token.</summary>
public sealed record InvitationRow(
    Guid Id,
    string Email,
    string DisplayName,
    Role Role,
    InvitationState State,
    Guid? ClientContactId,
    Guid? CandidateId,
    string? InvitedBy,
    DateTimeOffset SentAt,
    DateTimeOffset ExpiresAt,
    DateTimeOffset? AcceptedAt,
    DateTimeOffset? RevokedAt);

internal static class InvitationQueries
{
    /// <summary>The invitations the caller may see and act on: an admin all, a recruiter those for candidates and client contacts.</summary>
    public static IQueryable<Invitation> VisibleTo(this IQueryable<Invitation> invitations, CurrentUser user) =>
        user.Is(Role.AgencyAdmin)
            ? invitations.Where(i => i.AgencyId == user.AgencyId)
            : invitations.Where(i => i.AgencyId == user.AgencyId && (i.Role == Role.Client || i.Role == Role.Candidate));

    public static IQueryable<Invitation> InState(this IQueryable<Invitation> invitations, InvitationState state, DateTimeOffset now) => state switch
    {
        InvitationState.Accepted => invitations.Where(i => i.AcceptedAt != null),
        InvitationState.Revoked => invitations.Where(i => i.AcceptedAt == null && i.RevokedAt != null),
        InvitationState.Expired => invitations.Where(i => i.AcceptedAt == null && i.RevokedAt == null && i.ExpiresAt <= now),
        _ => invitations.Where(i => i.AcceptedAt == null && i.RevokedAt == null && i.ExpiresAt > now),
    };

    public static async Task<InvitationRow> RowAsync(IAppDbContext db, Invitation invitation, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var invitedBy = invitation.InvitedByUserId is { } by
            ? await db.Users.Where(u => u.Id == by).Select(u => u.DisplayName).SingleOrDefaultAsync(cancellationToken)
            : null;
        return new InvitationRow(invitation.Id, invitation.Email, invitation.DisplayName, invitation.Role, invitation.StateAt(now), invitation.ClientContactId, invitation.CandidateId,
            invitedBy, invitation.SentAt, invitation.ExpiresAt, invitation.AcceptedAt, invitation.RevokedAt);
    }
}
