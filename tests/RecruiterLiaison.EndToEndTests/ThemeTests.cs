using Deque.AxeCore.Playwright;
using RecruiterLiaison.EndToEndTests.Support;

namespace RecruiterLiaison.EndToEndTests;

[Collection(BrowserCollection.Name)]
public sealed class ThemeTests(BrowserFixture browser)
{
    [Fact]
    public async Task Dark_mode_is_remembered_after_a_reload_and_stays_readable()
    {
        var recruiter = await browser.SignInAsync("recruiter@demo.test");
        await recruiter.GotoAsync("/recruiter/queue");
        await recruiter.Locator("[data-testid=queue-item]").First.WaitForAsync();
        var lightBackground = await BackgroundAsync(recruiter);

        await recruiter.ClickAsync("[data-testid=dark-mode]");
        await recruiter.Locator("[data-testid=dark-mode][aria-label='Switch to light mode']").WaitForAsync();
        await recruiter.ReloadAsync();
        await recruiter.Locator("[data-testid=dark-mode][aria-label='Switch to light mode']").WaitForAsync(new() { Timeout = 15_000 });
        await recruiter.Locator("[data-testid=queue-item]").First.WaitForAsync();

        (await BackgroundAsync(recruiter)).ShouldNotBe(lightBackground);
        await BrowserFixture.ScreenshotAsync(recruiter, "review-queue-dark");
        var violations = (await recruiter.RunAxe()).Violations.Where(v => v.Impact is "serious" or "critical").ToList();
        violations.ShouldBeEmpty(string.Join("\n", violations.Select(v => $"{v.Id}: {v.Help} at {string.Join(", ", v.Nodes.Take(3).Select(n => n.Html))}")));
        await recruiter.Context.CloseAsync();
    }

    private static Task<string> BackgroundAsync(Microsoft.Playwright.IPage page) =>
        page.EvaluateAsync<string>("() => getComputedStyle(document.body).backgroundColor");
}
