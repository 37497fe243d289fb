namespace RecruiterLiaison.Domain.Clients;

/// <summary>A person at a client company: an interviewer, a hiring manager, an executive.</summary>
public sealed class ClientContact
{
    private ClientContact()
    {
    }

    internal ClientContact(Guid agencyId, Guid clientCompanyId, string name, string title, string email, Seniority seniority, Guid? userId)
    {
        Id = Guid.NewGuid();
        AgencyId = agencyId;
        ClientCompanyId = clientCompanyId;
        Name = name;
        Title = title;
        Email = email;
        Seniority = seniority;
        UserId = userId;
    }

    public Guid Id { get; private set; }

    public Guid AgencyId { get; private set; }

    public Guid ClientCompanyId { get; private set; }

    /// <summary>The sign-in account, when the contact uses the app; executives often do not.</summary>
    public Guid? UserId { get; private set; }

    public string Name { get; private set; } = "";

    public string Title { get; private set; } = "";

    public string Email { get; private set; } = "";

    public Seniority Seniority { get; private set; }

    public bool IsSenior => Seniority is Seniority.SeniorLeader or Seniority.Executive;
}
