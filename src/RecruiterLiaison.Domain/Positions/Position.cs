namespace RecruiterLiaison.Domain.Positions;

/// <summary>A role at a client company that the agency is filling.</summary>
public sealed class Position
{
    private readonly List<Requirement> _requirements = [];

    private Position()
    {
    }

    public Position(Guid agencyId, Guid clientCompanyId, string title, string description)
    {
        Id = Guid.NewGuid();
        AgencyId = agencyId;
        ClientCompanyId = clientCompanyId;
        Title = title;
        Description = description;
    }

    public Guid Id { get; private set; }

    public Guid AgencyId { get; private set; }

    public Guid ClientCompanyId { get; private set; }

    public string Title { get; private set; } = "";

    public string Description { get; private set; } = "";

    public IReadOnlyCollection<Requirement> Requirements => _requirements;

    public Requirement AddRequirement(string name)
    {
        var requirement = new Requirement(Id, name, _requirements.Count + 1);
        _requirements.Add(requirement);
        return requirement;
    }
}

/// <summary>A skill or criterion of a position; client feedback rates each one.</summary>
public sealed class Requirement
{
    private Requirement()
    {
    }

    internal Requirement(Guid positionId, string name, int ordinal)
    {
        Id = Guid.NewGuid();
        PositionId = positionId;
        Name = name;
        Ordinal = ordinal;
    }

    public Guid Id { get; private set; }

    public Guid PositionId { get; private set; }

    public string Name { get; private set; } = "";

    public int Ordinal { get; private set; }
}
