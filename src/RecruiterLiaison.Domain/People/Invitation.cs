using RecruiterLiaison.Domain.Common;

namespace RecruiterLiaison.Domain.People;

public enum InvitationState
{
    Pending,
    Accepted,
    Revoked,
    Expired,
}

/// <summary>
/// A single-use link that lets a person set a password and join the agency in a role. Only a
/// hash of the link's token is stored; resending issues a new token and a new expiry, so an
/// older e-mail's link stops working.
/// </summary>
public sealed class Invitation
{
    private Invitation()
    {
    }

    private Invitation(Guid agencyId, string email, string displayName, Role role, Guid? clientContactId, Guid? candidateId, Guid? invitedByUserId, string tokenHash, DateTimeOffset at, DateTimeOffset expiresAt)
    {
        Id = Guid.NewGuid();
        AgencyId = agencyId;
        Email = Require.Email(email);
        DisplayName = Require.Text(displayName, Limits.NameLength, "A name");
        Role = role;
        ClientContactId = clientContactId;
        CandidateId = candidateId;
        InvitedByUserId = invitedByUserId;
        CreatedAt = at;
        Renew(tokenHash, at, expiresAt);
    }

    /// <summary>A recruiter or an admin: the people who run the agency.</summary>
    public static Invitation ForStaff(Guid agencyId, string email, string displayName, Role role, Guid? invitedByUserId, string tokenHash, DateTimeOffset at, DateTimeOffset expiresAt)
    {
        if (role is not (Role.Recruiter or Role.AgencyAdmin))
        {
            throw new DomainException("A client contact's or a candidate's invitation is tied to their record.");
        }

        return new Invitation(agencyId, email, displayName, role, null, null, invitedByUserId, tokenHash, at, expiresAt);
    }

    /// <summary>A client contact; their account reads that contact's notes and nothing else.</summary>
    public static Invitation ForContact(Guid agencyId, Guid clientContactId, string email, string displayName, Guid invitedByUserId, string tokenHash, DateTimeOffset at, DateTimeOffset expiresAt) =>
        new(agencyId, email, displayName, Role.Client, clientContactId, null, invitedByUserId, tokenHash, at, expiresAt);

    /// <summary>A candidate; their account sees that candidate's submissions and notes.</summary>
    public static Invitation ForCandidate(Guid agencyId, Guid candidateId, string email, string displayName, Guid invitedByUserId, string tokenHash, DateTimeOffset at, DateTimeOffset expiresAt) =>
        new(agencyId, email, displayName, Role.Candidate, null, candidateId, invitedByUserId, tokenHash, at, expiresAt);

    public Guid Id { get; private set; }

    public Guid AgencyId { get; private set; }

    public string Email { get; private set; } = "";

    public string DisplayName { get; private set; } = "";

    public Role Role { get; private set; }

    public Guid? ClientContactId { get; private set; }

    public Guid? CandidateId { get; private set; }

    /// <summary>Null for the first admin of an agency, invited from the command line.</summary>
    public Guid? InvitedByUserId { get; private set; }

    public string TokenHash { get; private set; } = "";

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset SentAt { get; private set; }

    public DateTimeOffset ExpiresAt { get; private set; }

    public DateTimeOffset? AcceptedAt { get; private set; }

    /// <summary>The account the invitation made.</summary>
    public Guid? UserId { get; private set; }

    public DateTimeOffset? RevokedAt { get; private set; }

    public uint Version { get; private set; }

    public InvitationState StateAt(DateTimeOffset now) =>
        AcceptedAt is not null ? InvitationState.Accepted
        : RevokedAt is not null ? InvitationState.Revoked
        : now >= ExpiresAt ? InvitationState.Expired
        : InvitationState.Pending;

    /// <summary>A new link (the old one stops working) with a new expiry; also how an expired invitation is sent again.</summary>
    public void Renew(string tokenHash, DateTimeOffset at, DateTimeOffset expiresAt)
    {
        if (AcceptedAt is not null || RevokedAt is not null)
        {
            throw new DomainException($"This invitation was already {(AcceptedAt is not null ? "accepted" : "revoked")}; send a new one.");
        }

        if (expiresAt <= at)
        {
            throw new DomainException("An invitation must expire after it is sent.");
        }

        TokenHash = tokenHash;
        SentAt = at;
        ExpiresAt = expiresAt;
    }

    public void Revoke(DateTimeOffset at)
    {
        if (StateAt(at) is InvitationState.Accepted)
        {
            throw new DomainException("This invitation was already accepted; deactivate the person instead.");
        }

        RevokedAt ??= at;
    }

    public void Accept(Guid userId, DateTimeOffset at)
    {
        var state = StateAt(at);
        if (state != InvitationState.Pending)
        {
            throw new DomainException(state switch
            {
                InvitationState.Accepted => "This invitation has already been used.",
                InvitationState.Revoked => "This invitation was withdrawn.",
                _ => "This invitation has expired.",
            });
        }

        AcceptedAt = at;
        UserId = userId;
    }
}
