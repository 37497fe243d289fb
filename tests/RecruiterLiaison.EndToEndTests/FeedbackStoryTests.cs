using Microsoft.Playwright;
using RecruiterLiaison.EndToEndTests.Support;

namespace RecruiterLiaison.EndToEndTests;

/// <summary>Client feedback reaches the candidate only as the recruiter's summary.</summary>
[Collection(BrowserCollection.Name)]
public sealed class FeedbackStoryTests(BrowserFixture browser)
{
    private const string RawComment = "Kafka only at hobby scale, shaky on partitions";
    private const string PrivateNote = "Internal: budget may not stretch to his salary";

    [Fact]
    public async Task The_client_posts_feedback_the_recruiter_relays_a_summary_and_the_candidate_never_sees_the_ratings()
    {
        // The client sees what is due from them and fills in the form.
        var client = await browser.SignInAsync("client@demo.test");
        var due = client.Locator("[data-testid=feedback-due] tr", new() { HasText = "Tom Whitfield" });
        await due.Locator("[data-testid=give-feedback]").ClickAsync();
        await client.WaitUntilReadyAsync("[data-testid=feedback-form]");
        var ratings = client.Locator("[data-testid=rating]");
        var count = await ratings.CountAsync();
        for (var i = 0; i < count; i++)
        {
            await ChooseAsync(ratings.Nth(i), i == 2 ? "Partly met" : "Met");
        }

        // Reject with the shortfall not yet explained: the rule shows beside the ratings before sending.
        await ChooseAsync(client.Locator("#decision"), "Reject");
        (await client.Locator("[data-testid=error-ratings]").InnerTextAsync()).ShouldContain("must name at least one requirement rated Not met or Partly met");
        await BrowserFixture.ScreenshotAsync(client, "client-feedback-rejection-rule");

        await client.FillAsync("#comment-2", RawComment);
        await ChooseAsync(client.Locator("#decision"), "Advance to the next stage");
        await client.FillAsync("#notes", PrivateNote);
        await client.Locator("[data-testid=error-ratings]").WaitForAsync(new() { State = WaitForSelectorState.Detached, Timeout = 5_000 });
        await BrowserFixture.ScreenshotAsync(client, "client-feedback-form");
        await client.ClickAsync("[data-testid=post-feedback]");
        await client.Locator("[data-testid=feedback-posted]").WaitForAsync(new() { Timeout = 10_000 });
        var interviewPath = new Uri(client.Url).AbsolutePath.Replace("/client/", "/recruiter/", StringComparison.Ordinal);

        // The recruiter reads the raw feedback and relays a summary in their own words.
        var recruiter = await browser.SignInAsync("recruiter@demo.test");
        await recruiter.Locator("[data-testid=turnaround-chart] svg").WaitForAsync();
        (await recruiter.Locator("[data-testid=turnaround-chart] path.mud-chart-bar").CountAsync()).ShouldBeGreaterThan(0);
        (await recruiter.Locator("[data-testid=queue-age-chart] path.mud-chart-bar").CountAsync()).ShouldBeGreaterThan(0);
        (await recruiter.Locator("[data-testid=overdue-list] tr", new() { HasText = "Tom Whitfield" }).CountAsync()).ShouldBe(0);
        await BrowserFixture.ScreenshotAsync(recruiter, "recruiter-dashboard");
        await recruiter.GotoAsync(interviewPath);
        (await recruiter.Locator("[data-testid=ratings]").InnerTextAsync()).ShouldContain(RawComment);
        (await recruiter.InputValueAsync("#summary")).ShouldContain("take you forward");
        // The summary field is disabled until the circuit takes over the prerendered page; filling waits for it.
        await recruiter.FillAsync("#summary", "Good news: Halcyon would like to take you forward. They enjoyed your systems design answers and suggest brushing up on event streaming before the next round.");
        await recruiter.ClickAsync("[data-testid=relay-summary]");
        await recruiter.Locator("[data-testid=relayed-summary]").WaitForAsync(new() { Timeout = 10_000 });
        (await recruiter.Locator("[data-testid=relayed-summary]").InnerTextAsync()).ShouldContain("brushing up on event streaming");
        await BrowserFixture.ScreenshotAsync(recruiter, "recruiter-feedback");

        // The candidate sees the summary and none of the raw feedback.
        var candidate = await browser.SignInAsync("candidate2@demo.test");
        var page = await candidate.ContentAsync();
        (await candidate.Locator("[data-testid=feedback-summary]").InnerTextAsync()).ShouldContain("brushing up on event streaming");
        page.ShouldNotContain(RawComment);
        page.ShouldNotContain(PrivateNote);
        page.ShouldNotContain("Partly met");
        await BrowserFixture.ScreenshotAsync(candidate, "candidate-feedback");
        foreach (var opened in new[] { client, recruiter, candidate })
        {
            await opened.Context.CloseAsync();
        }
    }

    /// <summary>Picks a radio by its label (MudRadio: a real radio input inside its label).</summary>
    private static Task ChooseAsync(ILocator group, string label) =>
        group.GetByRole(AriaRole.Radio, new() { Name = label, Exact = true }).CheckAsync();
}
