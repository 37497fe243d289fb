using Microsoft.Playwright;
using RecruiterLiaison.EndToEndTests.Support;

namespace RecruiterLiaison.EndToEndTests;

/// <summary>The heart of the product, in a real browser: a note reaches the client only through a recruiter.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ReviewQueueStoryTests(BrowserFixture browser)
{
    private const string Draft = "Hey Sarah!! Thanks for the interview on Friday. I really need this job, so please call me back today with a decision.\n\nPriya";
    private const string Rewritten = "Dear Sarah,\n\nThank you for the interview on Friday. I enjoyed our conversation about the tracking services and remain very interested in the role.\n\nKind regards,\nPriya Raman";

    [Fact]
    public async Task A_rewritten_note_reaches_the_client_and_the_candidate_sees_what_was_sent()
    {
        // The candidate drafts, checks and submits.
        var candidate = await browser.SignInAsync("candidate@demo.test");
        var noteUrl = await DraftAndSubmitAsync(candidate, "Senior Backend Engineer", "Sarah Lindqvist", "FollowUp", Draft, screenshot: "draft-note");
        (await candidate.Locator("[data-testid=note-status]").GetAttributeAsync("data-status")).ShouldBe("PendingReview");

        // The client sees nothing yet.
        var client = await browser.SignInAsync("client@demo.test");
        (await client.ContentAsync()).ShouldNotContain("I really need this job");

        // The recruiter finds it in the queue, highlighted, and rewrites it.
        var recruiter = await browser.SignInAsync("recruiter@demo.test");
        await recruiter.GotoAsync("/recruiter/queue");
        var item = recruiter.Locator("[data-testid=queue-item]", new() { HasText = "I really need this job" });
        await item.WaitForAsync();
        (await item.Locator("mark.finding").CountAsync()).ShouldBeGreaterThan(2);
        (await item.Locator("mark[data-rule='tone.desperate']").InnerTextAsync()).ShouldContain("I really need this job");
        await BrowserFixture.ScreenshotAsync(recruiter, "review-queue");
        await item.Locator("[data-testid=review]").ClickAsync();
        await recruiter.WaitUntilReadyAsync("[data-testid=review-actions]");
        await recruiter.FillAsync("#rewrite-body", Rewritten);
        // The diff follows the text as the recruiter types: no preview button.
        await recruiter.Locator("[data-testid=diff] del").First.WaitForAsync();
        await BrowserFixture.ScreenshotAsync(recruiter, "rewrite-preview");
        await recruiter.ClickAsync("[data-testid=confirm-rewrite]");
        await recruiter.Locator(".mud-dialog button", new() { HasText = "Approve rewrite" }).ClickAsync();
        await recruiter.WaitForURLAsync("**/recruiter/queue");

        // The client sees only the rewritten text.
        await client.GotoAsync("/client");
        var delivered = client.Locator("[data-testid=inbox-item]", new() { HasText = "remain very interested in the role" });
        await delivered.WaitForAsync(new() { Timeout = 10_000 });
        (await delivered.Locator("[data-testid=inbox-text]").InnerTextAsync()).ShouldContain("remain very interested in the role");
        (await client.Locator("[data-testid=inbox-item]").First.GetAttributeAsync("data-note-id")).ShouldBe(await delivered.GetAttributeAsync("data-note-id"), "unread notes come first");
        (await client.ContentAsync()).ShouldNotContain("I really need this job");
        await BrowserFixture.ScreenshotAsync(client, "client-inbox");

        // The candidate sees the delivered text and the diff.
        await candidate.GotoAsync(noteUrl);
        (await candidate.Locator("[data-testid=note-status]").GetAttributeAsync("data-status")).ShouldBe("Approved");
        (await candidate.Locator("[data-testid=delivered-text]").InnerTextAsync()).ShouldContain("remain very interested");
        (await candidate.Locator("[data-testid=diff] ins").CountAsync()).ShouldBeGreaterThan(0);
        await BrowserFixture.ScreenshotAsync(candidate, "candidate-note");
        await CloseAsync(candidate, client, recruiter);
    }

    [Fact]
    public async Task A_declined_note_shows_its_reason_and_can_be_revised_and_resubmitted()
    {
        var candidate = await browser.SignInAsync("candidate@demo.test");
        var noteUrl = await DraftAndSubmitAsync(candidate, "Financial Systems Analyst", "Aisha Karim", "Question", "Dear Aisha,\n\nWhat salary would this role pay, and could we grab a coffee to discuss it?\n\nPriya Raman");

        var recruiter = await browser.SignInAsync("recruiter@demo.test");
        await recruiter.GotoAsync(noteUrl.Replace("/candidate/", "/recruiter/", StringComparison.Ordinal));
        await recruiter.WaitUntilReadyAsync("[data-testid=review-actions]");
        await recruiter.Locator(".mud-select", new() { Has = recruiter.Locator("[data-testid=decline-reason]") }).First.ClickAsync();
        await recruiter.Locator(".mud-popover-open .mud-list-item", new() { HasText = "this is for your recruiter, not the client" }).ClickAsync();
        await recruiter.FillAsync("#decline-message", "Salary is something I will discuss with you directly. Let's talk tomorrow.");
        await recruiter.ClickAsync("[data-testid=decline]");
        await recruiter.Locator(".mud-dialog button", new() { HasText = "Decline" }).ClickAsync();
        await recruiter.WaitForURLAsync("**/recruiter/queue");

        await candidate.GotoAsync(noteUrl);
        (await candidate.Locator("[data-testid=decline-reason]").InnerTextAsync()).ShouldContain("Salary is something I will discuss with you directly");
        await BrowserFixture.ScreenshotAsync(candidate, "declined-note");
        await candidate.WaitUntilReadyAsync("[data-testid=revise]");
        await candidate.FillAsync("#revised-body", "Dear Aisha,\n\nThank you again for Tuesday. I would welcome the chance to meet the wider finance team at the next stage.\n\nKind regards,\nPriya Raman");
        await candidate.ClickAsync("[data-testid=resubmit]");

        // Resubmitting stays on the note, which now waits for the recruiter again.
        await candidate.Locator("[data-testid=note-status][data-status=PendingReview]").WaitForAsync(new() { Timeout = 10_000 });
        (await candidate.Locator("[data-testid=history]").InnerTextAsync()).ShouldContain("version 2");
        await CloseAsync(candidate, recruiter);
    }

    [Fact]
    public async Task The_candidate_sees_findings_while_drafting_and_keeps_the_text()
    {
        const string text = "hey, any update?? i have another offer moving quickly lol";
        var candidate = await browser.SignInAsync("candidate2@demo.test");
        await candidate.GotoAsync("/candidate");
        await candidate.Locator("[data-testid=submission]", new() { HasText = "Senior Backend Engineer" }).Locator("[data-testid=draft-note]").ClickAsync();
        await candidate.WaitUntilReadyAsync("[data-testid=draft-form]");

        // No button: the check runs about 300 ms after the candidate stops typing.
        await candidate.Locator("#body").PressSequentiallyAsync(text, new() { Delay = 10 });
        await candidate.Locator("[data-testid=findings] li[data-rule='tone.aggressive']").WaitForAsync(new() { Timeout = 10_000 });

        (await candidate.InputValueAsync("#body")).ShouldBe(text);
        var rules = await candidate.Locator("[data-testid=findings] li").EvaluateAllAsync<string[]>("items => items.map(i => i.dataset.rule)");
        rules.ShouldContain("tone.casual");
        rules.ShouldContain("tone.aggressive");
        (await candidate.Locator("[data-testid=highlighted-text]").InnerTextAsync()).ShouldBe(text);
        await BrowserFixture.ScreenshotAsync(candidate, "draft-while-typing");
        await candidate.Context.CloseAsync();
    }

    private static async Task<string> DraftAndSubmitAsync(IPage page, string position, string recipient, string kind, string body, string? screenshot = null)
    {
        await page.GotoAsync("/candidate");
        if (screenshot is not null)
        {
            await BrowserFixture.ScreenshotAsync(page, "candidate-home");
        }

        await page.Locator("[data-testid=submission]", new() { HasText = position }).Locator("[data-testid=draft-note]").ClickAsync();
        await page.WaitUntilReadyAsync("[data-testid=draft-form]");
        await ChooseAsync(page, "[data-testid=recipient]", recipient);
        await ChooseAsync(page, "[data-testid=kind]", KindLabel(kind));
        await page.FillAsync("#body", body);

        // The etiquette check follows the text by itself; wait until it has caught up with all of it.
        var expected = body.Replace("\r", "", StringComparison.Ordinal);
        await page.WaitForFunctionAsync("text => document.querySelector('[data-testid=highlighted-text]')?.textContent === text", expected, new() { Timeout = 10_000 });
        (await page.InputValueAsync("#body")).ShouldBe(expected);
        if (screenshot is not null)
        {
            (await page.Locator("[data-testid=highlighted-text] mark").CountAsync()).ShouldBeGreaterThan(0);
            await BrowserFixture.ScreenshotAsync(page, screenshot);
        }

        await page.ClickAsync("[data-testid=submit]");
        await page.Locator("[data-testid=confirm-submit]").WaitForAsync(new() { Timeout = 10_000 });
        if (screenshot is not null)
        {
            await BrowserFixture.ScreenshotAsync(page, screenshot + "-confirm");
        }

        await page.ClickAsync("[data-testid=confirm-submit]");
        await page.WaitForURLAsync("**/candidate/notes/**");
        return new Uri(page.Url).AbsolutePath;
    }

    /// <summary>MudSelect is not a native select: open it, then click the option in the open popover.</summary>
    private static async Task ChooseAsync(IPage page, string select, string option)
    {
        await page.Locator(select).ClickAsync();
        await page.Locator(".mud-popover-open .mud-list-item", new() { HasText = option }).First.ClickAsync();
        await page.Locator(".mud-popover-open .mud-list-item").First.WaitForAsync(new() { State = WaitForSelectorState.Hidden, Timeout = 5_000 });
    }

    private static string KindLabel(string kind) => kind switch
    {
        "ThankYou" => "Thank-you",
        "FollowUp" => "Follow-up",
        "AdditionalPoint" => "Additional point",
        _ => kind,
    };

    private static async Task CloseAsync(params IPage[] pages)
    {
        foreach (var page in pages)
        {
            await page.Context.CloseAsync();
        }
    }
}
