using RecruiterLiaison.Domain.Common;

namespace RecruiterLiaison.Domain.Candidates;

/// <summary>A job seeker the agency represents; they get a sign-in account when they accept an invitation.</summary>
public sealed class Candidate
{
    private Candidate()
    {
    }

    public Candidate(Guid agencyId, string name, string email, string? phone = null, string? location = null, string? profile = null)
    {
        Id = Guid.NewGuid();
        AgencyId = agencyId;
        Update(name, email, phone, location, profile);
    }

    /// <summary>A candidate who already has an account (the demo seed, tests).</summary>
    public Candidate(Guid agencyId, Guid userId, string name, string email)
        : this(agencyId, name, email)
    {
        UserId = userId;
    }

    public Guid Id { get; private set; }

    public Guid AgencyId { get; private set; }

    /// <summary>The sign-in account, once the candidate has accepted an invitation.</summary>
    public Guid? UserId { get; private set; }

    public string Name { get; private set; } = "";

    public string Email { get; private set; } = "";

    public string? Phone { get; private set; }

    public string? Location { get; private set; }

    /// <summary>A short profile the recruiter writes: what they do, what they are looking for.</summary>
    public string? Profile { get; private set; }

    public uint Version { get; private set; }

    public void Update(string name, string email, string? phone, string? location, string? profile)
    {
        Name = Require.Text(name, Limits.NameLength, "A candidate's name");
        Email = Require.Email(email);
        Phone = Require.Optional(phone, Limits.ShortTextLength, "A phone number");
        Location = Require.Optional(location, Limits.NameLength, "A location");
        Profile = Require.Optional(profile, Limits.LongTextLength, "A profile");
    }

    /// <summary>Ties the candidate to the account made from their invitation; one account per candidate.</summary>
    public void LinkAccount(Guid userId)
    {
        if (UserId is { } existing && existing != userId)
        {
            throw new DomainException($"{Name} already has an account.");
        }

        UserId = userId;
    }
}
