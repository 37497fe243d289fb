using Microsoft.Playwright;
using RecruiterLiaison.EndToEndTests.Support;

namespace RecruiterLiaison.EndToEndTests;

[Collection(BrowserCollection.Name)]
public sealed class SignInTests(BrowserFixture browser)
{
    [Theory]
    [InlineData("candidate@demo.test", "/candidate", "My submissions", "Priya Raman")]
    [InlineData("recruiter@demo.test", "/recruiter", "Dashboard", "Daniel Okafor")]
    [InlineData("client@demo.test", "/client", "Inbox", "Sarah Lindqvist")]
    [InlineData("admin@demo.test", "/admin", "People at Northbridge Talent Partners", "Helen Marsh")]
    public async Task Each_demo_role_signs_in_and_sees_its_home_page(string email, string path, string heading, string name)
    {
        var page = await browser.SignInAsync(email);

        new Uri(page.Url).AbsolutePath.ShouldBe(path);
        (await page.Locator("h1").InnerTextAsync()).Trim().ShouldBe(heading);
        (await page.Locator("[data-testid=signed-in-as]").InnerTextAsync()).ShouldBe(name);
        if (path == "/recruiter")
        {
            // The dashboard's charts are MudCharts drawn in the page, the overdue list beside them.
            await page.Locator("[data-testid=turnaround-chart] svg").WaitForAsync();
            (await page.Locator("[data-testid=queue-age-chart] path.mud-chart-bar").CountAsync()).ShouldBeGreaterThan(0);
            // The feedback story may already have answered Tom's overdue window, so either the list or "on time" shows.
            (await page.Locator("h2", new() { HasText = "Overdue feedback" }).CountAsync()).ShouldBe(1);
        }

        await BrowserFixture.ScreenshotAsync(page, "home-" + path.Trim('/'));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Navigation_shows_each_role_only_its_own_areas()
    {
        var candidate = await browser.SignInAsync("candidate@demo.test");
        var links = await candidate.Locator("[data-testid=nav] .mud-nav-link-text").AllInnerTextsAsync();

        links.ShouldBe(["My submissions", "Notifications"]);
        await candidate.Context.CloseAsync();
    }

    [Fact]
    public async Task A_candidate_opening_a_recruiter_page_is_turned_away()
    {
        var page = await browser.SignInAsync("candidate@demo.test");

        await page.GotoAsync("/recruiter");

        new Uri(page.Url).AbsolutePath.ShouldBe("/Account/AccessDenied");
        (await page.Locator("[data-testid=access-denied]").IsVisibleAsync()).ShouldBeTrue();
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_wrong_password_shows_a_message_and_keeps_the_address()
    {
        var page = await browser.SignInAsync("candidate2@demo.test", "wrong-password-1");

        (await page.Locator("[data-testid=login-error]").InnerTextAsync()).ShouldContain("do not match");
        (await page.InputValueAsync("#email")).ShouldBe("candidate2@demo.test");
        await BrowserFixture.ScreenshotAsync(page, "sign-in-error");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Signing_out_returns_to_the_sign_in_page()
    {
        var page = await browser.SignInAsync("recruiter@demo.test");

        await page.ClickAsync("text=Sign out");
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        new Uri(page.Url).AbsolutePath.ShouldBe("/Account/Login");
        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData("recruiter@demo.test", "/recruiter/submissions", "Submissions", "recruiter-submissions")]
    [InlineData("recruiter@demo.test", "/recruiter/dictionary", "Agency dictionary", "recruiter-dictionary")]
    [InlineData("admin@demo.test", "/admin/contact-policies", "Client contact policies", "admin-contact-policies")]
    [InlineData("admin@demo.test", "/admin/settings", "Agency settings", "admin-settings")]
    public async Task Working_pages_render_in_the_browser(string email, string path, string heading, string screenshot)
    {
        var page = await browser.SignInAsync(email);

        await page.GotoAsync(path);

        (await page.Locator("h1").InnerTextAsync()).Trim().ShouldBe(heading);
        if (path == "/recruiter/submissions")
        {
            await page.Locator("[data-testid=recruiter-submission]").First.WaitForAsync();

            // The button is enabled once the circuit has taken over the prerendered page; clicking waits for it.
            var dialog = page.Locator("[data-testid=book-interview-dialog]");
            await page.Locator("[data-testid=book-interview]").First.ClickAsync();
            await dialog.WaitForAsync();
            // The client's interviewers load after the dialog opens, so wait for them rather than count at once.
            await dialog.Locator("input[data-testid=interviewer]").First.WaitForAsync();
            (await dialog.Locator("input[data-testid=interviewer]").CountAsync()).ShouldBeGreaterThan(0);
            await BrowserFixture.ScreenshotAsync(page, "recruiter-book-interview");
            await page.Locator(".mud-dialog").GetByRole(AriaRole.Button, new() { Name = "Cancel" }).ClickAsync();
            await dialog.WaitForAsync(new() { State = WaitForSelectorState.Detached });
        }

        await BrowserFixture.ScreenshotAsync(page, screenshot);
        await page.Context.CloseAsync();
    }
}
