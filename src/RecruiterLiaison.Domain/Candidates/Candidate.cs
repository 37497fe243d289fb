namespace RecruiterLiaison.Domain.Candidates;

/// <summary>A job seeker the agency represents.</summary>
public sealed class Candidate
{
    private Candidate()
    {
    }

    public Candidate(Guid agencyId, Guid userId, string name, string email)
    {
        Id = Guid.NewGuid();
        AgencyId = agencyId;
        UserId = userId;
        Name = name;
        Email = email;
    }

    public Guid Id { get; private set; }

    public Guid AgencyId { get; private set; }

    public Guid UserId { get; private set; }

    public string Name { get; private set; } = "";

    public string Email { get; private set; } = "";
}
