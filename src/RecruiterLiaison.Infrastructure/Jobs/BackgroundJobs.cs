using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using RecruiterLiaison.Application.Common;
using RecruiterLiaison.Application.Feedback.ChaseFeedbackRequests;
using RecruiterLiaison.Application.Feedback.ChaseOverdueFeedback;
using RecruiterLiaison.Domain.Feedback;
using RecruiterLiaison.Domain.Notes;
using RecruiterLiaison.Infrastructure.Messaging;
using RecruiterLiaison.Infrastructure.Persistence;

namespace RecruiterLiaison.Infrastructure.Jobs;

/// <summary>Every job step, as of one instant: what the hosted service and `rl jobs run-once` both run.</summary>
public sealed class JobRunner(ChaseOverdueFeedbackHandler chaser, ChaseFeedbackRequestsHandler requestChaser, OutboxDispatcher dispatcher, Idempotency.IdempotencyRecords idempotency, IDbContextFactory<AppDbContext> contexts)
{
    public async Task<JobReport> RunOnceAsync(DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        var chases = await chaser.HandleAsync(at, cancellationToken);
        var requestChases = await requestChaser.HandleAsync(at, cancellationToken);
        var (sent, failed) = await dispatcher.RunOnceAsync(at, cancellationToken);
        await idempotency.ForgetOlderThanAsync(at - Idempotency.IdempotencyRecords.Retention, cancellationToken);
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            AppMetrics.Snapshot(
                await db.Notes.CountAsync(n => n.Status == NoteStatus.PendingReview, cancellationToken),
                await db.FeedbackWindows.CountAsync(w => w.Status != FeedbackWindowStatus.Received && w.DueAt <= at, cancellationToken));
        }

        return new JobReport(chases, requestChases, sent, failed);
    }
}

public sealed record JobReport(IReadOnlyList<ChaseReport> Chases, IReadOnlyList<RecruiterLiaison.Application.Feedback.ChaseFeedbackRequests.RequestChaseReport> RequestChases, int EmailsSent, int EmailsFailed);

/// <summary>Runs the job steps every interval (<c>Jobs:IntervalSeconds</c>, default 60) unless <c>Jobs:Enabled</c> is false.</summary>
internal sealed class BackgroundJobs(IServiceScopeFactory scopes, IConfiguration configuration, TimeProvider clock, ILogger<BackgroundJobs> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!configuration.GetValue("Jobs:Enabled", true))
        {
            return;
        }

        var interval = TimeSpan.FromSeconds(configuration.GetValue("Jobs:IntervalSeconds", 60));
        using var timer = new PeriodicTimer(interval, clock);
        do
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var report = await scope.ServiceProvider.GetRequiredService<JobRunner>().RunOnceAsync(clock.GetUtcNow(), stoppingToken);
                if (report.Chases.Count > 0 || report.EmailsSent > 0 || report.EmailsFailed > 0)
                {
                    logger.LogInformation("Jobs: {ChaseCount} chases, {Sent} e-mails sent, {Failed} failed", report.Chases.Count, report.EmailsSent, report.EmailsFailed);
                }
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // A failed run is retried at the next tick; the app keeps serving.
                logger.LogError(exception, "Background job run failed");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
