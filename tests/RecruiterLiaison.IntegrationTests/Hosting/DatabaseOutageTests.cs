using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using RecruiterLiaison.IntegrationTests.Support;
using RecruiterLiaison.Tests.Shared;

namespace RecruiterLiaison.IntegrationTests.Hosting;

/// <summary>
/// The app in Production over a PostgreSQL of its own that the test kills (pg_ctl stop -m
/// immediate) and starts again while work is under way: nothing acknowledged is lost, nothing
/// is done twice, and the app recovers without a restart.
/// </summary>
public sealed class DatabaseOutageTests(Xunit.Abstractions.ITestOutputHelper output) : IAsyncLifetime
{
    private const int Notes = 500;
    private const int Clients = 16;
    private const int SeededEmails = 300;
    private const int ChasedWindows = 60;

    private PrivateCluster _cluster = null!;
    private LoopbackSmtpServer _smtp = null!;
    private AppProcess _app = null!;
    private string _database = "";

    public async Task InitializeAsync()
    {
        _cluster = await PrivateCluster.StartAsync();
        _database = await _cluster.CreateDatabaseAsync("outage");
        _smtp = new LoopbackSmtpServer();
        _app = AppProcess.Start(_database, new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["Database:MigrateOnStartup"] = "true",
            ["Database:SeedDemoData"] = "true",
            ["Jobs:IntervalSeconds"] = "1",
            ["Email:SmtpHost"] = "127.0.0.1",
            ["Email:SmtpPort"] = _smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Email:TimeoutSeconds"] = "5",
            ["RateLimits:NoteSubmissionsPerMinute"] = "100000",
            ["RateLimits:ApiPerMinute"] = "100000",
        });
        await _app.WaitUntilReadyAsync(TimeSpan.FromSeconds(120));
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        await _smtp.DisposeAsync();
        await _cluster.DisposeAsync();
    }

    [Fact]
    public async Task Notes_and_emails_in_flight_when_the_database_is_killed_each_happen_exactly_once()
    {
        var marker = Guid.NewGuid().ToString("N")[..8];
        var target = await DemoTargets.PriyaToSarahAsync(_database);
        var token = await DemoTargets.TokenAsync(_database, DemoTargets.Candidate);
        var subjects = await DemoTargets.QueueEmailsAsync(_database, $"Outage {marker}", SeededEmails);
        // A window falls due every half second for half a minute: before, during and after the kill.
        var windows = await DemoTargets.WindowsFallingDueAsync(_database, ChasedWindows, DateTimeOffset.UtcNow.AddSeconds(1), TimeSpan.FromSeconds(0.5));
        using var http = new HttpClient { BaseAddress = _app.BaseAddress, Timeout = TimeSpan.FromSeconds(20) };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);

        var acknowledged = new ConcurrentDictionary<int, Guid>();
        var refusals = new ConcurrentBag<string>();
        var next = -1;
        using var deadline = new CancellationTokenSource(TimeSpan.FromMinutes(4));
        var submitting = Task.WhenAll(Enumerable.Range(0, Clients).Select(_ => Task.Run(async () =>
        {
            int index;
            while ((index = Interlocked.Increment(ref next)) < Notes)
            {
                var (status, id, body) = await SubmitWithRetriesAsync(http, target, $"Dear Sarah, thank you for Friday. Note {index} of run {marker}.", deadline.Token);
                if (status == HttpStatusCode.Created)
                {
                    acknowledged[index] = id;
                }
                else
                {
                    refusals.Add($"{index}: {(int)status} {body}");
                }
            }
        })));

        // The kill waits for a fifth of the notes, some e-mail and the first window falling due, so
        // that on a fast machine it still lands with chases before it as well as during it.
        var firstDue = windows.Min(w => w.DueAt);
        await EventuallyAsync(() => acknowledged.Count >= Notes / 5 && _smtp.Received.Count > 0 && DateTimeOffset.UtcNow > firstDue, TimeSpan.FromMinutes(2));
        var killedAt = DateTimeOffset.UtcNow;
        await _cluster.KillAsync();
        var (notesAtKill, emailsAtKill) = (acknowledged.Count, _smtp.Received.Count);
        var whileDown = await ReadinessAsync(http);
        await Task.Delay(TimeSpan.FromSeconds(3));
        await _cluster.StartAgainAsync();
        var backAt = DateTimeOffset.UtcNow;
        await submitting;
        var afterwards = await EventuallyReadyAsync(http);

        var dueWhileDown = windows.Count(w => w.DueAt >= killedAt && w.DueAt <= backAt);
        output.WriteLine($"killed after {notesAtKill} notes and {emailsAtKill} e-mails, {dueWhileDown} chases falling due while down; {_retries} retries; ready again after the restart: {afterwards}");
        refusals.ShouldBeEmpty();
        _retries.ShouldBeGreaterThan(0, "the kill must land while notes are being submitted");
        notesAtKill.ShouldBeLessThan(Notes);
        emailsAtKill.ShouldBeInRange(1, SeededEmails - 1, "the kill must land while e-mail is going out");
        dueWhileDown.ShouldBeGreaterThan(0, "chases must fall due while the database is down");
        windows.ShouldContain(w => w.DueAt < killedAt, "and some before the kill");
        acknowledged.Count.ShouldBe(Notes);
        whileDown.ShouldBe(HttpStatusCode.ServiceUnavailable);
        afterwards.ShouldBe(HttpStatusCode.OK);
        Npgsql.NpgsqlConnection.ClearAllPools(); // this test's own connections from before the kill are dead
        await using var db = TestDatabase.OpenContext(_database);
        var notes = await db.Notes.Where(n => n.Versions.Any(v => v.Body.EndsWith($"of run {marker}."))).Select(n => n.Id).ToListAsync();
        notes.Count.ShouldBe(Notes, "each acknowledged note exactly once, and no unacknowledged extra");
        notes.ShouldBe(acknowledged.Values, ignoreOrder: true);

        var started = DateTime.UtcNow;
        await EventuallyAsync(() => db.OutboxMessages.AsNoTracking().All(m => m.SentAt != null), TimeSpan.FromMinutes(2));
        output.WriteLine($"outbox drained {DateTime.UtcNow - started} after the notes were in");

        // The last windows fall due after the notes are in; wait for them, then for their e-mail.
        var lastDue = windows.Max(w => w.DueAt);
        if (lastDue > DateTimeOffset.UtcNow)
        {
            await Task.Delay(lastDue - DateTimeOffset.UtcNow);
        }

        var ids = windows.Select(w => w.WindowId).ToList();
        await EventuallyAsync(() => db.OutboxMessages.AsNoTracking().All(m => m.SentAt != null) && db.Set<Domain.Feedback.Chase>().AsNoTracking().Count(c => ids.Contains(c.FeedbackWindowId)) >= ChasedWindows, TimeSpan.FromMinutes(2));
        var chases = await db.Set<Domain.Feedback.Chase>().AsNoTracking().Where(c => ids.Contains(c.FeedbackWindowId)).Select(c => new { c.FeedbackWindowId, c.Step }).ToListAsync();
        chases.GroupBy(c => c.FeedbackWindowId).Count().ShouldBe(ChasedWindows, "every window that fell due was chased, those due during the outage included");
        chases.ShouldAllBe(c => c.Step == 1, "each window chased once: the next step is working days away");
        var received = _smtp.Received.Select(m => m.Subject).ToList();
        subjects.ShouldAllBe(s => received.Count(r => r == s) == 1, "each queued e-mail sent once, none lost");
        var chaseSubject = "Feedback for Priya Raman (Senior Backend Engineer) is overdue";
        received.Count(r => r == chaseSubject).ShouldBeGreaterThanOrEqualTo(ChasedWindows, "each chase's e-mail went out");
        received.Count.ShouldBe(await db.OutboxMessages.CountAsync(), "no e-mail, chases included, went out twice");
    }

    /// <summary>What a well-behaved client does: the same key on every retry, until an answer that is not "try again".</summary>
    private int _retries;

    private async Task<(HttpStatusCode Status, Guid Id, string Body)> SubmitWithRetriesAsync(
        HttpClient http, (Guid Submission, Guid Interview, Guid Contact) target, string text, CancellationToken cancellationToken)
    {
        var key = Guid.NewGuid().ToString();
        var payload = JsonSerializer.Serialize(new { submissionId = target.Submission, interviewId = target.Interview, recipientContactId = target.Contact, kind = "ThankYou", body = text });
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            try
            {
                using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/notes") { Content = new StringContent(payload, System.Text.Encoding.UTF8, "application/json") };
                request.Headers.Add("Idempotency-Key", key);
                using var response = await http.SendAsync(request, cancellationToken);
                var body = await response.Content.ReadAsStringAsync(cancellationToken);
                if (response.StatusCode == HttpStatusCode.Created)
                {
                    return (response.StatusCode, JsonDocument.Parse(body).RootElement.GetProperty("id").GetGuid(), body);
                }

                if (response.StatusCode is not (HttpStatusCode.ServiceUnavailable or HttpStatusCode.InternalServerError))
                {
                    return (response.StatusCode, Guid.Empty, body);
                }
            }
            catch (HttpRequestException)
            {
                // The connection broke mid-request: the client cannot know whether it landed, so it retries.
            }
            catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                // Timed out: the same.
            }

            Interlocked.Increment(ref _retries);
            await Task.Delay(250, cancellationToken);
        }
    }

    private async Task<HttpStatusCode> ReadinessAsync(HttpClient http)
    {
        // Give the app a moment to notice; the check opens a new connection each time.
        var status = HttpStatusCode.OK;
        for (var attempt = 0; attempt < 20 && status == HttpStatusCode.OK; attempt++)
        {
            using var response = await http.GetAsync("/health/ready");
            status = response.StatusCode;
            await Task.Delay(100);
        }

        return status;
    }

    private static async Task<HttpStatusCode> EventuallyReadyAsync(HttpClient http)
    {
        var status = HttpStatusCode.ServiceUnavailable;
        for (var attempt = 0; attempt < 100 && status != HttpStatusCode.OK; attempt++)
        {
            using var response = await http.GetAsync("/health/ready");
            status = response.StatusCode;
            await Task.Delay(200);
        }

        return status;
    }

    private static async Task EventuallyAsync(Func<bool> condition, TimeSpan timeout)
    {
        var until = DateTime.UtcNow + timeout;
        while (!Try(condition))
        {
            if (DateTime.UtcNow > until)
            {
                throw new TimeoutException("The condition did not hold in time.");
            }

            await Task.Delay(100);
        }
    }

    private static bool Try(Func<bool> condition)
    {
        try
        {
            return condition();
        }
        catch (Exception exception) when (exception is Npgsql.NpgsqlException or InvalidOperationException)
        {
            return false; // the database is still coming back
        }
    }
}
