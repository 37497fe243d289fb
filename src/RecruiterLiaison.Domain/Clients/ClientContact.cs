using RecruiterLiaison.Domain.Common;

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
        Update(name, title, email, seniority);
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

    public uint Version { get; private set; }

    public bool IsSenior => Seniority is Seniority.SeniorLeader or Seniority.Executive;

    public bool HasAccount => UserId is not null;

    public void Update(string name, string title, string email, Seniority seniority)
    {
        Name = Require.Text(name, Limits.NameLength, "A contact's name");
        Title = Require.Optional(title, Limits.TitleLength, "A job title") ?? "";
        Email = Require.Email(email);
        Seniority = seniority;
    }

    /// <summary>Ties the contact to the account made from their invitation; one account per contact.</summary>
    public void LinkAccount(Guid userId)
    {
        if (UserId is { } existing && existing != userId)
        {
            throw new DomainException($"{Name} already has an account.");
        }

        UserId = userId;
    }
}
