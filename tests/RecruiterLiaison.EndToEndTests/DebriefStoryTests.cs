using RecruiterLiaison.EndToEndTests.Support;

namespace RecruiterLiaison.EndToEndTests;

/// <summary>After an interview the candidate tells the recruiter, and only the recruiter, how it went.</summary>
[Collection(BrowserCollection.Name)]
public sealed class DebriefStoryTests(BrowserFixture browser)
{
    [Fact]
    public async Task The_candidate_logs_a_debrief_from_the_interview_timeline()
    {
        var candidate = await browser.SignInAsync("candidate@demo.test");
        var submission = candidate.Locator("[data-testid=submission]", new() { HasText = "Senior Backend Engineer" });
        await submission.Locator("[data-testid=debrief-link]").First.ClickAsync();
        await candidate.WaitUntilReadyAsync("[data-testid=debrief-form]");

        await ChooseAsync(candidate, "[data-testid=how]", "4");
        await ChooseAsync(candidate, "[data-testid=interest]", "5");
        await candidate.FillAsync("#points", "My work on route planning at scale.");
        await BrowserFixture.ScreenshotAsync(candidate, "debrief-form");
        await candidate.ClickAsync("[data-testid=save-debrief]");

        await candidate.Locator("[data-testid=debrief-saved]").WaitForAsync(new() { Timeout = 10_000 });
        (await candidate.InputValueAsync("#points")).ShouldBe("My work on route planning at scale.");
        await candidate.Context.CloseAsync();
    }

    private static async Task ChooseAsync(Microsoft.Playwright.IPage page, string select, string option)
    {
        await page.Locator(select).ClickAsync();
        await page.Locator(".mud-popover-open .mud-list-item", new() { HasText = option }).First.ClickAsync();
        await page.Locator(".mud-popover-open .mud-list-item").First.WaitForAsync(new() { State = Microsoft.Playwright.WaitForSelectorState.Hidden, Timeout = 5_000 });
    }
}
