using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.Playwright;
using Npgsql;
using RecruiterLiaison.EndToEndTests.Support;

namespace RecruiterLiaison.EndToEndTests;

/// <summary>What people feel live: changes made elsewhere appear on open pages without a reload.</summary>
[Collection(BrowserCollection.Name)]
public sealed class LiveQueueTests(BrowserFixture browser)
{
    private static readonly TimeSpan Live = TimeSpan.FromSeconds(2);

    [Fact]
    public async Task A_note_submitted_over_the_API_appears_on_an_open_queue_page_without_a_reload()
    {
        var recruiter = await OpenQueueAsync();
        var marker = $"arrived-{Guid.NewGuid():N}";
        var waitingBefore = await recruiter.Locator("[data-testid=queue-count]").GetAttributeAsync("aria-label");

        await SubmitOverApiAsync($"Dear Sarah,\n\nOne question about the on-call rota ({marker}).\n\nPriya Raman");

        await recruiter.Locator("[data-testid=queue-item]", new() { HasText = marker }).WaitForAsync(new() { Timeout = (float)Live.TotalMilliseconds });
        await recruiter.WaitForFunctionAsync(
            "before => document.querySelector('[data-testid=queue-count]')?.getAttribute('aria-label') !== before", waitingBefore, new() { Timeout = (float)Live.TotalMilliseconds });
        await recruiter.Context.CloseAsync();
    }

    [Fact]
    public async Task A_colleagues_claim_and_decision_show_on_another_open_queue_page()
    {
        var marker = $"claimed-{Guid.NewGuid():N}";
        await SubmitOverApiAsync($"Dear Sarah,\n\nThank you for Friday ({marker}).\n\nPriya Raman");
        var watcher = await OpenQueueAsync();
        var watched = watcher.Locator("[data-testid=queue-grid] tr", new() { Has = watcher.Locator("[data-testid=queue-item]", new() { HasText = marker }) });
        await watched.WaitForAsync();
        var colleague = await OpenQueueAsync();

        await ClaimAsync(colleague, marker);

        await watched.Locator("[data-testid=claimed-by]").WaitForAsync(new() { Timeout = (float)Live.TotalMilliseconds });
        (await watched.Locator("[data-testid=claimed-by]").InnerTextAsync()).ShouldContain("Daniel Okafor");

        await colleague.ClickAsync("[data-testid=approve]");
        await colleague.Locator(".mud-dialog button", new() { HasText = "Approve" }).ClickAsync();
        await colleague.WaitForURLAsync("**/recruiter/queue");

        await watcher.Locator("[data-testid=queue-item]", new() { HasText = marker }).WaitForAsync(new() { State = WaitForSelectorState.Detached, Timeout = (float)Live.TotalMilliseconds });
        await BrowserFixture.ScreenshotAsync(watcher, "review-queue-live");
        await watcher.Context.CloseAsync();
        await colleague.Context.CloseAsync();
    }

    [Fact]
    public async Task A_note_approved_elsewhere_arrives_in_the_clients_open_inbox()
    {
        var client = await browser.SignInAsync("client@demo.test");
        await client.GotoAsync("/client");
        await client.WaitForFunctionAsync("() => window.Blazor !== undefined");
        await client.WaitForTimeoutAsync(500);
        var marker = $"delivered-{Guid.NewGuid():N}";
        var note = await SubmitOverApiAsync($"Dear Sarah,\n\nThank you for your time on Friday ({marker}).\n\nPriya Raman");

        using var recruiter = await ApiAsAsync("recruiter@demo.test");
        (await recruiter.PostAsJsonAsync($"/api/v1/notes/{note.Id}/approve", new { version = note.Version })).EnsureSuccessStatusCode();

        await client.Locator("[data-testid=inbox-text]", new() { HasText = marker }).WaitForAsync(new() { Timeout = (float)Live.TotalMilliseconds });
        await client.Context.CloseAsync();
    }

    [Fact]
    public async Task A_locked_out_user_loses_access_in_an_open_circuit()
    {
        var admin = await browser.SignInAsync("admin@meridian.test");
        await admin.GotoAsync("/notifications");
        await admin.Locator("h1", new() { HasText = "Notifications" }).WaitForAsync();
        await admin.WaitForFunctionAsync("() => window.Blazor !== undefined");

        await using (var connection = new NpgsqlConnection(browser.ConnectionString))
        {
            await connection.OpenAsync();
            await using var lockOut = new NpgsqlCommand("UPDATE users SET lockout_end = now() + interval '1 day' WHERE email = 'admin@meridian.test'", connection);
            (await lockOut.ExecuteNonQueryAsync()).ShouldBe(1);
        }

        // The circuit re-checks its user every 2 s (BrowserFixture) and sends them to sign in.
        await admin.WaitForURLAsync("**/Account/Login**", new() { Timeout = 10_000 });
        await admin.Context.CloseAsync();
    }

    /// <summary>
    /// Claims from the queue. A click that lands while a live update redraws the grid (another
    /// test's note arriving) can reach a row being replaced; the claim is idempotent for its
    /// holder, so the click is repeated, and what the page said is kept if it never navigates.
    /// </summary>
    private static async Task ClaimAsync(IPage page, string marker)
    {
        for (var attempt = 1; ; attempt++)
        {
            await page.Locator("[data-testid=queue-item]", new() { HasText = marker }).Locator("[data-testid=claim]").ClickAsync();
            try
            {
                await page.WaitForURLAsync("**/recruiter/notes/**", new() { Timeout = 10_000 });
                return;
            }
            catch (TimeoutException) when (attempt < 3)
            {
            }
            catch (TimeoutException exception)
            {
                throw new TimeoutException($"Claiming never opened the note. The page said:\n{await page.InnerTextAsync("body")}", exception);
            }
        }
    }

    private async Task<IPage> OpenQueueAsync()
    {
        var page = await browser.SignInAsync("recruiter@demo.test");
        await page.GotoAsync("/recruiter/queue");
        await page.Locator("[data-testid=queue-grid]").WaitForAsync();
        // Live updates need the circuit: wait until Blazor has connected.
        await page.WaitForFunctionAsync("() => document.querySelector('[data-testid=queue-grid]') && window.Blazor !== undefined");
        await page.WaitForTimeoutAsync(500);
        return page;
    }

    private async Task<HttpClient> ApiAsAsync(string email)
    {
        var api = new HttpClient { BaseAddress = browser.BaseAddress };
        api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await browser.CreateApiTokenAsync(email));
        return api;
    }

    private async Task<CreatedNote> SubmitOverApiAsync(string body)
    {
        using var api = await ApiAsAsync("candidate@demo.test");
        var submissions = await api.GetFromJsonAsync<SubmissionPage>("/api/v1/submissions");
        var backend = submissions!.Items.First(s => s.Position == "Senior Backend Engineer");
        var interview = backend.Interviews.Where(i => i.Interviewers.Any(v => v.Name == "Sarah Lindqvist")).OrderBy(i => i.ScheduledAt).First();
        var sarah = interview.Interviewers.First(i => i.Name == "Sarah Lindqvist");
        var response = await api.PostAsJsonAsync("/api/v1/notes", new { submissionId = backend.Id, interviewId = interview.Id, recipientContactId = sarah.ContactId, kind = "Question", body });
        response.IsSuccessStatusCode.ShouldBeTrue(await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<CreatedNote>())!;
    }

    private sealed record CreatedNote(Guid Id, uint Version);

    private sealed record SubmissionPage(List<SubmissionItem> Items, int Total);

    private sealed record SubmissionItem(Guid Id, string Position, List<InterviewItem> Interviews);

    private sealed record InterviewItem(Guid Id, DateTimeOffset ScheduledAt, List<InterviewerItem> Interviewers);

    private sealed record InterviewerItem(Guid ContactId, string Name);
}
