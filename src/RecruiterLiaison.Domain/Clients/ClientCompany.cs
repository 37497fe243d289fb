namespace RecruiterLiaison.Domain.Clients;

/// <summary>A company the agency places candidates with.</summary>
public sealed class ClientCompany
{
    private readonly List<ClientContact> _contacts = [];

    private ClientCompany()
    {
    }

    public ClientCompany(Guid agencyId, string name)
    {
        Id = Guid.NewGuid();
        AgencyId = agencyId;
        Name = name;
        Policy = new ContactPolicy(Id);
    }

    public Guid Id { get; private set; }

    public Guid AgencyId { get; private set; }

    public string Name { get; private set; } = "";

    public IReadOnlyCollection<ClientContact> Contacts => _contacts;

    public ContactPolicy Policy { get; private set; } = null!;

    public ClientContact AddContact(string name, string title, string email, Seniority seniority, Guid? userId = null)
    {
        var contact = new ClientContact(AgencyId, Id, name, title, email, seniority, userId);
        _contacts.Add(contact);
        return contact;
    }
}
