using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using RecruiterLiaison.Application.Messaging;
using RecruiterLiaison.Domain.Notifications;
using RecruiterLiaison.Infrastructure.Persistence;

namespace RecruiterLiaison.Infrastructure.Messaging;

/// <summary>
/// Delivers outbox e-mail. A batch of due messages is claimed (FOR UPDATE SKIP LOCKED, then a
/// committed claim), so two dispatchers never take the same message; each message is marked
/// sent as soon as it has gone; a failed send is retried with back-off. What the database could
/// not be told because it went away is kept in the <see cref="OutboxLedger"/> and written first
/// on the next run.
/// </summary>
public sealed class OutboxDispatcher(IDbContextFactory<AppDbContext> contexts, IEmailSender sender, OutboxLedger ledger, ILogger<OutboxDispatcher> logger)
{
    private const int BatchSize = 20;

    /// <summary>Longer than a batch takes to send; a dispatcher that dies leaves its claim to run out.</summary>
    public static readonly TimeSpan ClaimDuration = TimeSpan.FromMinutes(5);

    private const string DueBatch = """
        SELECT * FROM outbox_messages
        WHERE sent_at IS NULL AND next_attempt_at <= {0}
        ORDER BY next_attempt_at
        LIMIT {1}
        FOR UPDATE SKIP LOCKED
        """;

    public async Task<(int Sent, int Failed)> RunOnceAsync(DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        await RecordLedgerAsync(at);
        var (sent, failed) = (0, 0);
        while (!cancellationToken.IsCancellationRequested)
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            var batch = await ClaimAsync(db, at, cancellationToken);
            if (batch.Count == 0)
            {
                return (sent, failed);
            }

            var databaseGone = false;
            foreach (var message in batch)
            {
                if (cancellationToken.IsCancellationRequested || databaseGone)
                {
                    // Shutting down, or the database has gone: what is left goes back, unsent.
                    ledger.Unsent(message.Id);
                    continue;
                }

                if (await TrySendAsync(message, at, cancellationToken))
                {
                    sent++;
                    ledger.Sent(message.Id, at);
                }
                else
                {
                    failed++;
                }

                databaseGone = !await TryRecordAsync(db, message);
            }

            await RecordLedgerAsync(at);
            if (batch.All(m => m.SentAt is null))
            {
                return (sent, failed);
            }
        }

        return (sent, failed);
    }

    private static async Task<List<OutboxMessage>> ClaimAsync(AppDbContext db, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var batch = await db.OutboxMessages.FromSqlRaw(DueBatch, at, BatchSize).ToListAsync(cancellationToken);
        foreach (var message in batch)
        {
            message.Claim(at + ClaimDuration);
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return batch;
    }

    /// <summary>Marks one message sent (or failed); when the database does not answer, the ledger keeps it.</summary>
    private async Task<bool> TryRecordAsync(AppDbContext db, OutboxMessage message)
    {
        try
        {
            await db.SaveChangesAsync(CancellationToken.None);
            ledger.Recorded(message.Id);
            return true;
        }
        catch (Exception exception) when (DatabaseFaults.IsUnavailable(exception))
        {
            if (message.SentAt is null)
            {
                ledger.Unsent(message.Id);
            }

            logger.LogWarning("E-mail {MessageId} could not be recorded, the database is unavailable; it is kept to record on the next run", message.Id);
            return false;
        }
    }

    /// <summary>Writes down what went out while the database was away, and gives back what was claimed but not sent.</summary>
    private async Task RecordLedgerAsync(DateTimeOffset at)
    {
        var pending = ledger.Pending();
        if (pending.Count == 0)
        {
            return;
        }

        await using var db = await contexts.CreateDbContextAsync(CancellationToken.None);
        var ids = pending.Keys.ToList();
        var messages = await db.OutboxMessages.Where(m => ids.Contains(m.Id)).ToListAsync(CancellationToken.None);
        foreach (var message in messages)
        {
            if (pending[message.Id] is { } sentAt)
            {
                if (message.SentAt is null)
                {
                    message.MarkSent(sentAt);
                }
            }
            else
            {
                message.Release(at);
            }
        }

        await db.SaveChangesAsync(CancellationToken.None);
        foreach (var id in ids)
        {
            ledger.Recorded(id);
        }

        logger.LogInformation("Recorded {Count} outbox message(s) this process had sent or claimed while the database was unavailable", ids.Count);
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
            message.Release(at);
            return false; // given back unsent; the next run sends it
        }
        catch (EmailDeliveryException failure)
        {
            message.MarkFailed(failure.Message, at);
            logger.LogWarning("E-mail {MessageId} to {Recipient} failed (attempt {Attempt}), will retry: {Reason}", message.Id, message.ToAddress, message.Attempts, failure.Message);
            return false;
        }
    }
}
