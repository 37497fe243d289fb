using RecruiterLiaison.Application.Common;
using RecruiterLiaison.Domain.Notifications;

namespace RecruiterLiaison.Application.Messaging;

/// <summary>
/// E-mail that leaves the app is written to the outbox in the same unit of work as the change
/// that causes it; the dispatcher sends it later, once.
/// </summary>
public static class Outbox
{
    public static void Email(IAppDbContext db, Guid agencyId, string to, string subject, string body, DateTimeOffset at)
    {
        if (!string.IsNullOrWhiteSpace(to))
        {
            db.OutboxMessages.Add(new OutboxMessage(agencyId, to, subject, body, at));
        }
    }
}

/// <summary>Sends one e-mail: SMTP when configured, a pickup folder of .eml files otherwise.</summary>
public interface IEmailSender
{
    /// <exception cref="EmailDeliveryException">The server refused the message or could not be reached.</exception>
    Task SendAsync(string to, string subject, string body, CancellationToken cancellationToken);
}

/// <summary>A send that failed for a reason worth retrying later: a refusal, a timeout, a lost connection.</summary>
public sealed class EmailDeliveryException(string reason, Exception? inner = null) : Exception(reason, inner);
