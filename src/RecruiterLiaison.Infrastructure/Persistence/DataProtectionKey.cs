namespace RecruiterLiaison.Infrastructure.Persistence;

/// <summary>A data-protection key ring entry, shared by every app instance through PostgreSQL.</summary>
public sealed class DataProtectionKey
{
    public int Id { get; set; }

    public string? FriendlyName { get; set; }

    public string Xml { get; set; } = "";
}

/// <summary>A row of the migrator's ledger; mapped so the schema test covers it too.</summary>
public sealed class SchemaMigration
{
    public string Id { get; set; } = "";

    public string Checksum { get; set; } = "";

    public DateTimeOffset AppliedAt { get; set; }
}
