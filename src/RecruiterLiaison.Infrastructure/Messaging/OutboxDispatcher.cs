using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using RecruiterLiaison.Application.Messaging;
using RecruiterLiaison.Domain.Notifications;
using RecruiterLiaison.Infrastructure.Persistence;

namespace RecruiterLiaison.Infrastructure.Messaging;

/// <summary>
/// Delivers outbox e-mail. A batch of due messages is claimed with FOR UPDATE SKIP LOCKED, so
/// two dispatchers never take the same message; a failed send is retried with back-off.
/// </summary>
public sealed class OutboxDispatcher(IDbContextFactory<AppDbContext> contexts, IEmailSender sender, ILogger<OutboxDispatcher> logger)
{
    private const int BatchSize = 20;

    private const string DueBatch = """
        SELECT * FROM outbox_messages
        WHERE sent_at IS NULL AND next_attempt_at <= {0}
        ORDER BY next_attempt_at
        LIMIT {1}
        FOR UPDATE SKIP LOCKED
        """;

    public async Task<(int Sent, int Failed)> RunOnceAsync(DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        var (sent, failed) = (0, 0);
        while (true)
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var batch = await db.OutboxMessages.FromSqlRaw(DueBatch, at, BatchSize).ToListAsync(cancellationToken);
            if (batch.Count == 0)
            {
                return (sent, failed);
            }

            foreach (var message in batch.TakeWhile(_ => !cancellationToken.IsCancellationRequested))
            {
                if (await TrySendAsync(message, at, cancellationToken))
                {
                    sent++;
                }
                else
                {
                    failed++;
                }
            }

            // Recorded even when shutdown interrupts the batch: what went out must not go out again.
            await db.SaveChangesAsync(CancellationToken.None);
            await transaction.CommitAsync(CancellationToken.None);
            if (cancellationToken.IsCancellationRequested || batch.All(m => m.SentAt is null))
            {
                return (sent, failed);
            }
        }
    }

    private async Task<bool> TrySendAsync(OutboxMessage message, DateTimeOffset at, CancellationToken cancellationToken)
    {
        try
        {
            await sender.SendAsync(message.ToAddress, message.Subject, message.Body, cancellationToken);
            message.MarkSent(at);
            logger.LogInformation("Sent e-mail {MessageId} to {Recipient}", message.Id, message.ToAddress);
            return true;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return false; // left unsent; the next run sends it
        }
        catch (EmailDeliveryException failure)
        {
            message.MarkFailed(failure.Message, at);
            logger.LogWarning("E-mail {MessageId} to {Recipient} failed (attempt {Attempt}), will retry: {Reason}", message.Id, message.ToAddress, message.Attempts, failure.Message);
            return false;
        }
    }
}
