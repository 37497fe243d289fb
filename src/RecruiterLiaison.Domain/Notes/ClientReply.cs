using RecruiterLiaison.Domain.Common;

namespace RecruiterLiaison.Domain.Notes;

public enum ClientReplyStatus
{
    PendingReview,
    Relayed,
    Declined,
}

/// <summary>
/// A client's answer to a delivered note. It goes to the recruiter, who relays it to the
/// candidate as written or rewritten, or keeps it back: the review queue in reverse.
/// </summary>
public sealed class ClientReply
{
    private ClientReply()
    {
    }

    public ClientReply(Guid agencyId, Guid noteId, Guid contactId, string body, DateTimeOffset at)
    {
        if (string.IsNullOrWhiteSpace(body) || body.Length > Limits.NoteBodyLength)
        {
            throw new DomainException($"A reply is 1 to {Limits.NoteBodyLength} characters.");
        }

        Id = Guid.NewGuid();
        AgencyId = agencyId;
        NoteId = noteId;
        ContactId = contactId;
        Body = body.Trim();
        CreatedAt = at;
        Status = ClientReplyStatus.PendingReview;
    }

    public Guid Id { get; private set; }

    public Guid AgencyId { get; private set; }

    public Guid NoteId { get; private set; }

    public Guid ContactId { get; private set; }

    public string Body { get; private set; } = "";

    public DateTimeOffset CreatedAt { get; private set; }

    public ClientReplyStatus Status { get; private set; }

    /// <summary>The text the candidate reads; null until relayed.</summary>
    public string? RelayedBody { get; private set; }

    public DateTimeOffset? DecidedAt { get; private set; }

    public Guid? DecidedByUserId { get; private set; }

    public uint Version { get; private set; }

    public void Relay(Guid recruiterId, string? rewrittenBody, DateTimeOffset at)
    {
        EnsurePending();
        var body = string.IsNullOrWhiteSpace(rewrittenBody) ? Body : rewrittenBody.Trim();
        if (body.Length > Limits.NoteBodyLength)
        {
            throw new DomainException($"A reply is at most {Limits.NoteBodyLength} characters.");
        }

        Status = ClientReplyStatus.Relayed;
        RelayedBody = body;
        Decide(recruiterId, at);
    }

    public void KeepBack(Guid recruiterId, DateTimeOffset at)
    {
        EnsurePending();
        Status = ClientReplyStatus.Declined;
        Decide(recruiterId, at);
    }

    private void Decide(Guid recruiterId, DateTimeOffset at)
    {
        DecidedByUserId = recruiterId;
        DecidedAt = at;
    }

    private void EnsurePending()
    {
        if (Status != ClientReplyStatus.PendingReview)
        {
            throw new DomainException($"This reply has already been handled ({Status}).");
        }
    }
}
