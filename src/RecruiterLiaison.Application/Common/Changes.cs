namespace RecruiterLiaison.Application.Common;

/// <summary>What changed, as the change feed announces it: never the row, only where to look.</summary>
public enum ChangeKind
{
    /// <summary>A note arrived, was claimed, decided, revised or withdrawn. Id: the note.</summary>
    Note,

    /// <summary>A client reply arrived or was relayed. Id: the reply.</summary>
    ClientReply,

    /// <summary>A notification was added or read. Id: the user it belongs to.</summary>
    Notification,
}

public sealed record Change(ChangeKind Kind, Guid AgencyId, Guid Id)
{
    /// <summary>
    /// Told to every subscriber when the feed comes back after an interruption: a change may
    /// have committed while nobody was listening, so anything of the kind may have changed.
    /// </summary>
    public static Change Anything(ChangeKind kind, Guid agencyId) => new(kind, agencyId, Guid.Empty);

    /// <summary>Whether this change may be about <paramref name="id"/>.</summary>
    public bool Concerns(Guid id) => Id == id || Id == Guid.Empty;
}

/// <summary>
/// Receives every change committed to the database by any app instance (PostgreSQL
/// LISTEN/NOTIFY, fed by triggers in the same transaction as the change).
/// </summary>
public interface IChangeSink
{
    void Publish(Change change);

    /// <summary>The feed lost its connection (the database is most likely down): pages are not live until <see cref="Resumed"/>.</summary>
    void Interrupted();

    /// <summary>The feed is listening again.</summary>
    void Resumed();
}
