using System.Collections.Concurrent;

namespace RecruiterLiaison.Infrastructure.Messaging;

/// <summary>
/// What this process knows about outbox messages that the database does not yet: messages it
/// sent but could not mark sent, and messages it claimed but never sent, because the database
/// went away mid-batch. The next run writes both down before sending anything, so a database
/// outage neither sends a message twice nor leaves one waiting out its claim.
/// </summary>
public sealed class OutboxLedger
{
    private readonly ConcurrentDictionary<Guid, DateTimeOffset?> _unrecorded = new();

    public void Sent(Guid messageId, DateTimeOffset at) => _unrecorded[messageId] = at;

    public void Unsent(Guid messageId) => _unrecorded.TryAdd(messageId, null);

    public IReadOnlyDictionary<Guid, DateTimeOffset?> Pending() => new Dictionary<Guid, DateTimeOffset?>(_unrecorded);

    public void Recorded(Guid messageId) => _unrecorded.TryRemove(messageId, out _);
}
