namespace RecruiterLiaison.Domain.Auditing;

/// <summary>Append-only record of who did what and when, including refused access.</summary>
public sealed class AuditEvent
{
    private AuditEvent()
    {
    }

    public AuditEvent(Guid? agencyId, Guid? actorUserId, string action, string subjectType, Guid? subjectId, string detail, DateTimeOffset occurredAt)
    {
        Id = Guid.NewGuid();
        AgencyId = agencyId;
        ActorUserId = actorUserId;
        Action = action;
        SubjectType = subjectType;
        SubjectId = subjectId;
        Detail = detail;
        OccurredAt = occurredAt;
    }

    public Guid Id { get; private set; }

    public Guid? AgencyId { get; private set; }

    public Guid? ActorUserId { get; private set; }

    public string Action { get; private set; } = "";

    public string SubjectType { get; private set; } = "";

    public Guid? SubjectId { get; private set; }

    public string Detail { get; private set; } = "";

    public DateTimeOffset OccurredAt { get; private set; }
}

/// <summary>A personal access token for the API; only its SHA-256 hash is stored.</summary>
public sealed class ApiToken
{
    private ApiToken()
    {
    }

    public ApiToken(Guid agencyId, Guid userId, string name, string prefix, string tokenHash, DateTimeOffset createdAt)
    {
        Id = Guid.NewGuid();
        AgencyId = agencyId;
        UserId = userId;
        Name = name;
        Prefix = prefix;
        TokenHash = tokenHash;
        CreatedAt = createdAt;
    }

    public Guid Id { get; private set; }

    public Guid AgencyId { get; private set; }

    public Guid UserId { get; private set; }

    public string Name { get; private set; } = "";

    /// <summary>The first characters of the token, shown in lists so a user can tell tokens apart.</summary>
    public string Prefix { get; private set; } = "";

    public string TokenHash { get; private set; } = "";

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? RevokedAt { get; private set; }

    public bool IsActive => RevokedAt is null;

    public void Revoke(DateTimeOffset at) => RevokedAt ??= at;
}
