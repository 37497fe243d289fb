using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using RecruiterLiaison.EndToEndTests.Support;
using RecruiterLiaison.Tests.Shared;

namespace RecruiterLiaison.EndToEndTests;

/// <summary>Two instances behind nginx, as deployed: people work through the balancer and never notice which instance they are on.</summary>
[Collection(ScaleOutCollection.Name)]
public sealed class ScaleOutTests(ScaleOutFixture cluster)
{
    private static readonly TimeSpan Live = TimeSpan.FromSeconds(5);

    [Fact]
    public async Task Through_nginx_a_recruiters_circuit_shows_a_note_submitted_on_the_other_instance_live_and_claims_it()
    {
        var sockets = new List<string>();
        var recruiter = await cluster.SignInThroughBalancerAsync("recruiter@demo.test");
        recruiter.WebSocket += (_, socket) => sockets.Add(socket.Url);
        await OpenQueueAsync(recruiter);
        var serving = await cluster.InstanceServingLoopbackAsync();
        var marker = $"scaleout-{Guid.NewGuid():N}";

        await SubmitAsync(1 - serving, $"Dear Sarah,\n\nOne question about the team ({marker}).\n\nPriya Raman");

        sockets.ShouldContain(url => url.StartsWith($"ws://{cluster.Balancer.BaseAddress.Authority}/_blazor", StringComparison.Ordinal), "the circuit runs over a WebSocket through nginx");
        var item = recruiter.Locator("[data-testid=queue-item]", new() { HasText = marker });
        await item.WaitForAsync(new() { Timeout = (float)Live.TotalMilliseconds });
        await item.Locator("[data-testid=claim]").ClickAsync();
        await recruiter.WaitForURLAsync("**/recruiter/notes/**", new() { Timeout = 10_000 });
        (await recruiter.InnerTextAsync("body")).ShouldContain(marker);
        await recruiter.Context.CloseAsync();
    }

    [Fact]
    public async Task Chases_and_email_go_out_once_with_both_instances_jobs_running()
    {
        var marker = Guid.NewGuid().ToString("N")[..8];
        var subjects = await DemoTargets.QueueEmailsAsync(cluster.ConnectionString, $"Scale-out {marker}", 60);

        var delivered = await EventuallyAsync(() =>
        {
            var found = Delivered(marker);
            return found.Count >= subjects.Count ? found : null;
        }, TimeSpan.FromSeconds(60));

        delivered.Count.ShouldBe(subjects.Count, "each message once, none twice");
        delivered.Distinct().Count().ShouldBe(subjects.Count);

        // Everything else the jobs sent (the demo data's overdue windows are chased at start) went out once too.
        await using var db = TestDatabase.OpenContext(cluster.ConnectionString);
        await EventuallyAsync(() => db.OutboxMessages.All(m => m.SentAt != null) ? "" : null, TimeSpan.FromSeconds(60));
        var chases = await db.FeedbackWindows.SelectMany(w => w.Chases).CountAsync();
        chases.ShouldBeGreaterThan(0);
        AllDelivered().Count.ShouldBe(await db.OutboxMessages.CountAsync());
    }

    [Fact]
    public async Task When_the_instance_serving_a_user_stops_they_carry_on_on_the_other_with_their_saved_work()
    {
        var marker = $"failover-{Guid.NewGuid():N}";
        var candidate = await cluster.SignInThroughBalancerAsync("candidate@demo.test");
        var note = await SubmitAsync(await cluster.InstanceServingLoopbackAsync(), $"Dear Sarah,\n\nThank you for Friday ({marker}).\n\nPriya Raman");
        await candidate.GotoAsync($"/candidate/notes/{note}");
        await candidate.WaitForFunctionAsync("() => window.Blazor !== undefined");
        await candidate.Locator("body", new() { HasText = marker }).WaitForAsync();
        var serving = await cluster.InstanceServingLoopbackAsync();

        await cluster.StopAsync(serving);
        try
        {
            // The open page notices its circuit is gone and says so.
            await candidate.Locator("#components-reconnect-modal").WaitForAsync(new() { Timeout = 15_000 });

            // A reload reaches the other instance through nginx: still signed in, the note still there.
            await candidate.ReloadAsync();
            await candidate.Locator("body", new() { HasText = marker }).WaitForAsync(new() { Timeout = 15_000 });
            candidate.Url.ShouldNotContain("/Account/Login");
            (await cluster.InstanceServingLoopbackAsync()).ShouldBe(1 - serving);
            await candidate.WaitForFunctionAsync("() => window.Blazor !== undefined");
        }
        finally
        {
            await candidate.Context.CloseAsync();
            await cluster.RestartAsync(serving);
        }
    }

    private static async Task OpenQueueAsync(IPage page)
    {
        await page.GotoAsync("/recruiter/queue");
        await page.Locator("[data-testid=queue-grid]").WaitForAsync();
        await page.WaitForFunctionAsync("() => document.querySelector('[data-testid=queue-grid]') && window.Blazor !== undefined");
        await page.WaitForTimeoutAsync(500);
    }

    private async Task<Guid> SubmitAsync(int instance, string body)
    {
        var (submission, interview, contact) = await DemoTargets.PriyaToSarahAsync(cluster.ConnectionString);
        using var api = await cluster.ApiAsync(instance, DemoTargets.Candidate);
        var response = await api.PostAsJsonAsync("/api/v1/notes", new { submissionId = submission, interviewId = interview, recipientContactId = contact, kind = "Question", body });
        response.IsSuccessStatusCode.ShouldBeTrue(await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("id").GetGuid();
    }


    /// <summary>The subjects of this run's messages in both instances' pickup folders.</summary>
    private List<string> Delivered(string marker) => [.. AllDelivered().Where(s => s.Contains(marker, StringComparison.Ordinal))];

    private List<string> AllDelivered() =>
        [.. cluster.MailDirectories.Where(Directory.Exists)
            .SelectMany(d => Directory.GetFiles(d, "*.eml"))
            .Select(f => File.ReadLines(f).FirstOrDefault(l => l.StartsWith("Subject:", StringComparison.Ordinal)) ?? "")];

    private static async Task<T> EventuallyAsync<T>(Func<T?> attempt, TimeSpan timeout)
        where T : class
    {
        var until = DateTime.UtcNow + timeout;
        while (true)
        {
            if (attempt() is { } value)
            {
                return value;
            }

            if (DateTime.UtcNow > until)
            {
                throw new TimeoutException("Not there in time.");
            }

            await Task.Delay(200);
        }
    }
}
