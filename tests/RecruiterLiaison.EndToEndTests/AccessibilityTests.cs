using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using RecruiterLiaison.EndToEndTests.Support;

namespace RecruiterLiaison.EndToEndTests;

/// <summary>axe-core on every page of every role: no serious or critical violations.</summary>
[Collection(BrowserCollection.Name)]
public sealed class AccessibilityTests(BrowserFixture browser)
{
    public static TheoryData<string, string> Pages() => new()
    {
        { "anonymous", "/Account/Login" },
        { "candidate@demo.test", "/candidate" },
        { "candidate@demo.test", "first:[data-testid=draft-note]" },
        { "candidate@demo.test", "first:a[href*='candidate/notes/']" },
        { "candidate@demo.test", "first:a[href*='/debrief']" },
        { "candidate@demo.test", "/notifications" },
        { "recruiter@demo.test", "/recruiter" },
        { "recruiter@demo.test", "/recruiter/queue" },
        { "recruiter@demo.test", "queue:[data-testid=review]" },
        { "recruiter@demo.test", "/recruiter/submissions" },
        { "recruiter@demo.test", "/recruiter/dictionary" },
        { "recruiter@demo.test", "/notifications" },
        { "client@demo.test", "/client" },
        { "client@demo.test", "feedback-form" },
        { "admin@demo.test", "/admin" },
        { "admin@demo.test", "/admin/contact-policies" },
        { "admin@demo.test", "/admin/settings" },
        { "recruiter@demo.test", "/not-found" },
        { "recruiter@demo.test", "/workspace/clients" },
        { "recruiter@demo.test", "record:client" },
        { "recruiter@demo.test", "record:position" },
        { "recruiter@demo.test", "/workspace/candidates" },
        { "recruiter@demo.test", "record:candidate" },
        { "recruiter@demo.test", "record:submission" },
        { "anonymous", "invitation" },
        { "anonymous", "/invitation/no-such-invitation" },
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task A_page_has_no_serious_or_critical_accessibility_violations(string account, string page)
    {
        var tab = account == "anonymous" ? await AnonymousAsync() : await browser.SignInAsync(account);
        // Signed-in pages are interactive: each opens its circuit's WebSocket to /_blazor.
        var circuit = account == "anonymous" ? null : tab.WaitForWebSocketAsync(new() { Predicate = ws => ws.Url.Contains("/_blazor", StringComparison.Ordinal), Timeout = 15_000 });
        await OpenAsync(tab, account, page);
        if (circuit is not null)
        {
            (await circuit).IsClosed.ShouldBeFalse("the page's circuit is open");
        }

        var violations = (await tab.RunAxe()).Violations.Where(v => v.Impact is "serious" or "critical").ToList();

        violations.ShouldBeEmpty(string.Join("\n", violations.Select(v => $"{v.Id} ({v.Impact}): {v.Help} at {string.Join(", ", v.Nodes.Take(3).Select(n => n.Html))}")));
        await tab.Context.CloseAsync();
    }

    private async Task<IPage> AnonymousAsync()
    {
        var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = browser.BaseAddress.ToString() });
        return await context.NewPageAsync();
    }

    /// <summary>A path, or "first:selector" (follow the first such link from the role's home), or "queue:selector".</summary>
    private async Task OpenAsync(IPage tab, string account, string page)
    {
        if (page.StartsWith('/'))
        {
            await tab.GotoAsync(page);
        }
        else if (page.StartsWith("record:", StringComparison.Ordinal))
        {
            var (path, sql) = page["record:".Length..] switch
            {
                "client" => ("clients", "SELECT id FROM client_companies WHERE name = 'Halcyon Logistics' LIMIT 1"),
                "position" => ("positions", "SELECT id FROM positions WHERE title = 'Senior Backend Engineer' LIMIT 1"),
                "candidate" => ("candidates", "SELECT id FROM candidates WHERE name = 'Priya Raman' LIMIT 1"),
                _ => ("submissions", "SELECT s.id FROM submissions s JOIN candidates c ON c.id = s.candidate_id WHERE c.name = 'Priya Raman' LIMIT 1"),
            };
            await tab.GotoAsync($"/workspace/{path}/{await ScalarAsync<Guid>(sql)}");
        }
        else if (page == "invitation")
        {
            // A live invitation, as the first admin of a new agency receives it.
            var created = await browser.RunCliAsync("agency", "create", "--name", $"Axe Agency {Guid.NewGuid():N}", "--admin-email", $"axe.{Guid.NewGuid():N}@axe.test");
            var link = created.StandardOutput.Split('\n').Select(l => l.Trim()).Single(l => l.StartsWith("Invitation link:", StringComparison.Ordinal));
            await tab.GotoAsync(new Uri(link["Invitation link:".Length..].Trim()).AbsolutePath);
        }
        else if (page == "feedback-form")
        {
            // Whether feedback is still due depends on which stories ran first; the form is there either way.
            await tab.GotoAsync($"/client/interviews/{await SarahsInterviewAsync()}/feedback");
        }
        else
        {
            var (from, selector) = page.Split(':', 2) switch
            {
                ["queue", var s] => ("/recruiter/queue", s),
                [_, var s] => (HomeOf(account), s),
                _ => throw new ArgumentException(page),
            };
            await tab.GotoAsync(from);
            var link = tab.Locator(selector).First;
            await link.WaitForAsync();
            await link.ClickAsync();
            await tab.WaitForURLAsync(url => new Uri(url).AbsolutePath != from);
        }

        await tab.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await tab.WaitForTimeoutAsync(300);
    }

    private Task<Guid> SarahsInterviewAsync() =>
        ScalarAsync<Guid>("SELECT i.id FROM interviews i JOIN interviewers v ON v.interview_id = i.id JOIN client_contacts c ON c.id = v.client_contact_id WHERE c.name = 'Sarah Lindqvist' ORDER BY i.scheduled_at LIMIT 1");

    private async Task<T> ScalarAsync<T>(string sql)
    {
        await using var connection = new Npgsql.NpgsqlConnection(browser.ConnectionString);
        await connection.OpenAsync();
        await using var query = new Npgsql.NpgsqlCommand(sql, connection);
        return (T)(await query.ExecuteScalarAsync())!;
    }

    private static string HomeOf(string account) => account switch
    {
        "candidate@demo.test" => "/candidate",
        "client@demo.test" => "/client",
        "admin@demo.test" => "/admin",
        _ => "/recruiter",
    };
}
