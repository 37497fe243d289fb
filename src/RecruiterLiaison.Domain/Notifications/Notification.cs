namespace RecruiterLiaison.Domain.Notifications;

/// <summary>An entry in a user's in-app inbox (the bell).</summary>
public sealed class Notification
{
    private Notification()
    {
    }

    public Notification(Guid agencyId, Guid userId, string title, string body, string link, DateTimeOffset createdAt)
    {
        Id = Guid.NewGuid();
        AgencyId = agencyId;
        UserId = userId;
        Title = title;
        Body = body;
        Link = link;
        CreatedAt = createdAt;
    }

    public Guid Id { get; private set; }

    public Guid AgencyId { get; private set; }

    public Guid UserId { get; private set; }

    public string Title { get; private set; } = "";

    public string Body { get; private set; } = "";

    public string Link { get; private set; } = "";

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? ReadAt { get; private set; }

    public void MarkRead(DateTimeOffset at) => ReadAt ??= at;
}

/// <summary>
/// An e-mail waiting to leave the app, written in the same transaction as the change that
/// caused it; the dispatcher sends it once and records the outcome.
/// </summary>
public sealed class OutboxMessage
{
    private OutboxMessage()
    {
    }

    public OutboxMessage(Guid agencyId, string toAddress, string subject, string body, DateTimeOffset createdAt)
    {
        Id = Guid.NewGuid();
        AgencyId = agencyId;
        ToAddress = toAddress;
        Subject = subject;
        Body = body;
        CreatedAt = createdAt;
        NextAttemptAt = createdAt;
    }

    public Guid Id { get; private set; }

    public Guid AgencyId { get; private set; }

    public string ToAddress { get; private set; } = "";

    public string Subject { get; private set; } = "";

    public string Body { get; private set; } = "";

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset NextAttemptAt { get; private set; }

    public int Attempts { get; private set; }

    public DateTimeOffset? SentAt { get; private set; }

    public string? LastError { get; private set; }

    /// <summary>
    /// Taken by one dispatcher until <paramref name="until"/>: nobody else sends it meanwhile,
    /// and if that dispatcher vanishes the message is due again when the claim runs out.
    /// </summary>
    public void Claim(DateTimeOffset until) => NextAttemptAt = until;

    /// <summary>Given back unsent (shutdown, or the database went away mid-batch): due again at once.</summary>
    public void Release(DateTimeOffset at)
    {
        if (SentAt is null)
        {
            NextAttemptAt = at;
        }
    }

    public void MarkSent(DateTimeOffset at)
    {
        SentAt = at;
        Attempts++;
        LastError = null;
    }

    /// <summary>Exponential back-off: 1, 2, 4 … minutes, capped at an hour.</summary>
    public void MarkFailed(string error, DateTimeOffset at)
    {
        Attempts++;
        LastError = error.Length > 2000 ? error[..2000] : error;
        NextAttemptAt = at + TimeSpan.FromMinutes(Math.Min(60, Math.Pow(2, Attempts - 1)));
    }
}
