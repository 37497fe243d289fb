using Microsoft.EntityFrameworkCore;
using Npgsql;
using RecruiterLiaison.Infrastructure.Persistence;

namespace RecruiterLiaison.Infrastructure.Idempotency;

/// <summary>
/// One API write sent with an <c>Idempotency-Key</c>: every context the handler creates while it
/// runs joins one connection and one transaction, and the record of the response is written in
/// that transaction too. The change and its record commit together or not at all, so a retry
/// after any failure (the database gone mid-request included) either replays the response or
/// does the write for the first time; never twice.
/// </summary>
public sealed class IdempotentWrite : IAsyncDisposable
{
    private static readonly AsyncLocal<IdempotentWrite?> Ambient = new();

    private readonly NpgsqlConnection _connection;
    private readonly NpgsqlTransaction _transaction;
    private readonly DbContextOptions<AppDbContext> _options;
    private bool _completed;

    private IdempotentWrite(NpgsqlConnection connection, NpgsqlTransaction transaction)
    {
        _connection = connection;
        _transaction = transaction;
        _options = new DbContextOptionsBuilder<AppDbContext>().UseAppDatabase(connection).Options;
    }

    /// <summary>The write the current request is part of, if any.</summary>
    internal static IdempotentWrite? Current => Ambient.Value;

    public static async Task<IdempotentWrite> BeginAsync(NpgsqlDataSource dataSource, CancellationToken cancellationToken)
    {
        var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        try
        {
            var transaction = await connection.BeginTransactionAsync(cancellationToken);
            return new IdempotentWrite(connection, transaction);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    /// <summary>
    /// From here on, in this flow of execution, contexts join this write. Synchronous on purpose:
    /// an async-local set inside an async method would not reach the caller.
    /// </summary>
    public void Enter() => Ambient.Value = this;

    /// <summary>Contexts created from here on open their own connections again.</summary>
    public static void Leave() => Ambient.Value = null;

    internal async Task<AppDbContext> JoinAsync(CancellationToken cancellationToken)
    {
        var db = new AppDbContext(_options);
        await db.Database.UseTransactionAsync(_transaction, cancellationToken);
        return db;
    }

    /// <summary>
    /// Records the response and commits. False when a concurrent request with the same key
    /// committed first: this one is rolled back and the caller replays that one's response.
    /// </summary>
    public async Task<bool> CommitAsync(IdempotencyRecord record, CancellationToken cancellationToken)
    {
        await using var insert = new NpgsqlCommand(
            """
            INSERT INTO idempotency_records (user_id, key, request_hash, status_code, content_type, location, body, created_at)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
            ON CONFLICT (user_id, key) DO NOTHING
            """, _connection, _transaction)
        {
            Parameters =
            {
                new() { Value = record.UserId },
                new() { Value = record.Key },
                new() { Value = record.RequestHash },
                new() { Value = record.StatusCode },
                new() { Value = (object?)record.ContentType ?? DBNull.Value },
                new() { Value = (object?)record.Location ?? DBNull.Value },
                new() { Value = record.Body },
                new() { Value = record.CreatedAt },
            },
        };
        if (await insert.ExecuteNonQueryAsync(cancellationToken) == 0)
        {
            await _transaction.RollbackAsync(cancellationToken);
            _completed = true;
            return false;
        }

        await _transaction.CommitAsync(cancellationToken);
        _completed = true;
        return true;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_completed)
        {
            try
            {
                await _transaction.RollbackAsync();
            }
            catch (NpgsqlException)
            {
                // The connection is already gone, and the transaction with it.
            }
            catch (InvalidOperationException)
            {
                // Already completed or the connection broke.
            }
        }

        await _transaction.DisposeAsync();
        await _connection.DisposeAsync();
    }
}
