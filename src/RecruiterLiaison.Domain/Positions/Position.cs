using RecruiterLiaison.Domain.Common;

namespace RecruiterLiaison.Domain.Positions;

public enum PositionStatus
{
    Open,
    OnHold,
    Filled,
    Closed,
}

/// <summary>A role at a client company that the agency is filling.</summary>
public sealed class Position
{
    private readonly List<Requirement> _requirements = [];

    private Position()
    {
    }

    public Position(Guid agencyId, Guid clientCompanyId, string title, string description, string? location = null)
    {
        Id = Guid.NewGuid();
        AgencyId = agencyId;
        ClientCompanyId = clientCompanyId;
        Update(title, location, description);
        Status = PositionStatus.Open;
    }

    public Guid Id { get; private set; }

    public Guid AgencyId { get; private set; }

    public Guid ClientCompanyId { get; private set; }

    public string Title { get; private set; } = "";

    public string? Location { get; private set; }

    public string Description { get; private set; } = "";

    public PositionStatus Status { get; private set; }

    public uint Version { get; private set; }

    public IReadOnlyCollection<Requirement> Requirements => _requirements;

    /// <summary>The requirements feedback forms ask about, in the order the recruiter set.</summary>
    public IReadOnlyList<Requirement> CurrentRequirements => _requirements.Where(r => r.IsCurrent).OrderBy(r => r.Ordinal).ToList();

    /// <summary>Only an open position takes new candidates.</summary>
    public bool AcceptsCandidates => Status == PositionStatus.Open;

    public void Update(string title, string? location, string? description)
    {
        Title = Require.Text(title, Limits.TitleLength, "A position's title");
        Location = Require.Optional(location, Limits.NameLength, "A location");
        Description = Require.Optional(description, Limits.LongTextLength, "A description") ?? "";
    }

    public void ChangeStatus(PositionStatus status) => Status = status;

    public Requirement AddRequirement(string name)
    {
        var wording = Require.Text(name, Limits.NameLength, "A requirement");
        if (CurrentRequirements.Any(r => string.Equals(r.Name, wording, StringComparison.OrdinalIgnoreCase)))
        {
            throw new DomainException($"'{wording}' is already a requirement of this position.");
        }

        var requirement = new Requirement(Id, wording, _requirements.Count == 0 ? 1 : _requirements.Max(r => r.Ordinal) + 1);
        _requirements.Add(requirement);
        return requirement;
    }

    public void RewordRequirement(Guid requirementId, string name) =>
        Current(requirementId).Reword(Require.Text(name, Limits.NameLength, "A requirement"));

    /// <summary>Moves a current requirement to <paramref name="index"/> (0-based) among the current ones.</summary>
    public void MoveRequirement(Guid requirementId, int index)
    {
        var order = CurrentRequirements.ToList();
        var requirement = Current(requirementId);
        order.Remove(requirement);
        order.Insert(Math.Clamp(index, 0, order.Count), requirement);
        for (var i = 0; i < order.Count; i++)
        {
            order[i].MoveTo(i + 1);
        }
    }

    /// <summary>
    /// Takes a requirement off the feedback form. One that already has ratings is retired, so
    /// past feedback still reads whole; one without is deleted. Returns true when it was retired.
    /// </summary>
    public bool DropRequirement(Guid requirementId, bool hasRatings, DateTimeOffset at)
    {
        var requirement = Current(requirementId);
        if (hasRatings)
        {
            requirement.Retire(at);
            return true;
        }

        _requirements.Remove(requirement);
        return false;
    }

    private Requirement Current(Guid requirementId) =>
        _requirements.SingleOrDefault(r => r.Id == requirementId && r.IsCurrent)
        ?? throw new DomainException("That requirement is not a current requirement of this position.");
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

    /// <summary>When it left the feedback form; its ratings stay with the feedback they belong to.</summary>
    public DateTimeOffset? RetiredAt { get; private set; }

    public bool IsCurrent => RetiredAt is null;

    internal void Reword(string name) => Name = name;

    internal void MoveTo(int ordinal) => Ordinal = ordinal;

    internal void Retire(DateTimeOffset at) => RetiredAt = at;
}
