using System.Net.Sockets;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;
using RecruiterLiaison.Application.Common;

namespace RecruiterLiaison.Infrastructure.Changes;

/// <summary>
/// One LISTEN connection per app instance. Triggers on notes, client replies and
/// notifications send <c>kind:agency:id</c> on the <see cref="Channel"/> channel when their
/// transaction commits, so a change made on any instance (or by the API, or a job) reaches
/// this instance's open pages. A lost connection is re-established with back-off; the sink
/// hears when the feed is interrupted and when it resumes, so pages can say they are not live
/// and reload what they show once they are again.
/// </summary>
public sealed class ChangeFeedListener(NpgsqlDataSource dataSource, IChangeSink sink, ILogger<ChangeFeedListener> logger) : BackgroundService
{
    public const string Channel = "rl_changes";

    // Short enough that pages are live again within seconds of the database coming back.
    private static readonly TimeSpan LongestRetryDelay = TimeSpan.FromSeconds(5);

    // How long the feed waits for a notification before it checks the connection is alive.
    private static readonly TimeSpan QuietSpell = TimeSpan.FromSeconds(30);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var delay = TimeSpan.FromSeconds(1);
        var interrupted = false;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var connection = await dataSource.OpenConnectionAsync(stoppingToken);
                connection.Notification += (_, e) => Dispatch(e.Payload);
                await using (var listen = new NpgsqlCommand($"LISTEN {Channel}", connection))
                {
                    await listen.ExecuteNonQueryAsync(stoppingToken);
                }

                logger.LogInformation("Listening for changes on {Channel}", Channel);
                delay = TimeSpan.FromSeconds(1);
                if (interrupted)
                {
                    interrupted = false;
                    sink.Resumed();
                }

                while (true)
                {
                    // A connection cut without a reset (a dropped route, a failed-over host) never
                    // wakes a plain wait: a quiet spell is ended with a round trip, which fails on
                    // a dead connection and sends the feed to reconnect.
                    if (!await connection.WaitAsync(QuietSpell, stoppingToken))
                    {
                        await using var ping = new NpgsqlCommand("SELECT 1", connection);
                        await ping.ExecuteScalarAsync(stoppingToken);
                    }
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception failure) when (failure is NpgsqlException or IOException or SocketException or TimeoutException or InvalidOperationException)
            {
                logger.LogWarning("The change feed lost its connection; retrying in {Delay}: {Reason}", delay, failure.Message);
                if (!interrupted)
                {
                    interrupted = true;
                    sink.Interrupted();
                }

                await Task.Delay(delay, stoppingToken);
                delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, LongestRetryDelay.Ticks));
            }
        }
    }

    private void Dispatch(string payload)
    {
        if (Parse(payload) is { } change)
        {
            sink.Publish(change);
        }
        else
        {
            logger.LogWarning("Ignored a malformed change {Payload}", payload);
        }
    }

    /// <summary>Reads <c>note:agency:id</c>; null for anything else.</summary>
    public static Change? Parse(string payload) =>
        payload.Split(':') is [var kind, var agency, var id]
        && Enum.TryParse<ChangeKind>(kind.Replace("-", "", StringComparison.Ordinal), ignoreCase: true, out var parsed)
        && Guid.TryParse(agency, out var agencyId) && Guid.TryParse(id, out var subject)
            ? new Change(parsed, agencyId, subject)
            : null;
}
