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

public sealed record Change(ChangeKind Kind, Guid AgencyId, Guid Id);

/// <summary>
/// Receives every change committed to the database by any app instance (PostgreSQL
/// LISTEN/NOTIFY, fed by triggers in the same transaction as the change).
/// </summary>
public interface IChangeSink
{
    void Publish(Change change);
}
