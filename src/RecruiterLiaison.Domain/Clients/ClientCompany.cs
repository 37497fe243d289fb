using RecruiterLiaison.Domain.Common;

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
        Rename(name);
        Policy = new ContactPolicy(Id);
    }

    public Guid Id { get; private set; }

    public Guid AgencyId { get; private set; }

    public string Name { get; private set; } = "";

    /// <summary>When the agency stopped working with the client; its history stays readable.</summary>
    public DateTimeOffset? ArchivedAt { get; private set; }

    public bool IsArchived => ArchivedAt is not null;

    public uint Version { get; private set; }

    public IReadOnlyCollection<ClientContact> Contacts => _contacts;

    public ContactPolicy Policy { get; private set; } = null!;

    public void Rename(string name) => Name = Require.Text(name, Limits.NameLength, "A client's name");

    public void Archive(DateTimeOffset at) => ArchivedAt ??= at;

    public void Restore() => ArchivedAt = null;

    public ClientContact AddContact(string name, string title, string email, Seniority seniority, Guid? userId = null)
    {
        if (IsArchived)
        {
            throw new DomainException($"{Name} is archived; restore it before adding contacts.");
        }

        var contact = new ClientContact(AgencyId, Id, name, title, email, seniority, userId);
        _contacts.Add(contact);
        return contact;
    }
}
