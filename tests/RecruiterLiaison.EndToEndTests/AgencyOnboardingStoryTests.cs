using Microsoft.Playwright;
using RecruiterLiaison.EndToEndTests.Support;

namespace RecruiterLiaison.EndToEndTests;

/// <summary>
/// A new agency from nothing: the operator creates it with <c>rl agency create</c>, and every
/// person after that comes in by an invitation e-mail. Nothing here relies on demo data.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class AgencyOnboardingStoryTests(BrowserFixture browser)
{
    private const string Password = "Story-pass-1";

    [Fact]
    public async Task An_empty_agency_sets_up_its_work_and_a_note_reaches_the_client_through_its_recruiter()
    {
        var run = Guid.NewGuid().ToString("N")[..8];
        var mailbox = new PickupMailbox(browser.MailPickupDirectory);
        var adminEmail = $"ada.{run}@story.test";
        var recruiterEmail = $"rob.{run}@story.test";
        var contactEmail = $"cleo.{run}@client.story.test";
        var candidateEmail = $"cam.{run}@candidate.story.test";
        var clientName = $"Orchard Freight {run}";

        var (admin, recruiter) = await NewAgencyWithRecruiterAsync(run, adminEmail, recruiterEmail);

        // The recruiter sets up a client with a contact and a position with requirements.
        await recruiter.GotoAsync("/workspace/clients");
        await recruiter.WaitUntilReadyAsync("[data-testid=clients]");
        await recruiter.ClickAsync("[data-testid=new-client]");
        await recruiter.FillAsync("#new-client-name", clientName);
        await recruiter.ClickAsync("[data-testid=create-client]");
        await recruiter.WaitForURLAsync("**/workspace/clients/**");
        await recruiter.WaitUntilReadyAsync("[data-testid=client-page]");

        await recruiter.ClickAsync("[data-testid=add-contact]");
        await recruiter.FillAsync("#contact-name", "Cleo Marsh");
        await recruiter.FillAsync("#contact-title", "Head of Operations");
        await recruiter.FillAsync("#contact-email", contactEmail);
        await ChooseAsync(recruiter, "[data-testid=contact-seniority]", "Manager");
        await recruiter.ClickAsync("[data-testid=save-contact]");
        await recruiter.Locator("[data-testid=contact]", new() { HasText = "Cleo Marsh" }).WaitForAsync(new() { Timeout = 10_000 });

        await recruiter.ClickAsync("[data-testid=new-position]");
        await recruiter.FillAsync("#position-title", "Warehouse Systems Lead");
        await recruiter.FillAsync("#position-location", "Bristol");
        await recruiter.FillAsync("#position-description", "Runs the systems that run the warehouses.");
        foreach (var requirement in new[] { "Warehouse management systems", "Leading a small team" })
        {
            await recruiter.FillAsync("#position-requirement", requirement);
            await recruiter.ClickAsync("[data-testid=add-position-requirement]");
        }

        await recruiter.ClickAsync("[data-testid=create-position]");
        await recruiter.WaitForURLAsync("**/workspace/positions/**");
        await recruiter.WaitUntilReadyAsync("[data-testid=position-page]");
        (await recruiter.Locator("[data-testid=requirement]").CountAsync()).ShouldBe(2);
        await BrowserFixture.ScreenshotAsync(recruiter, "workspace-position");

        // A candidate, put forward for the position, with an interview (yesterday) booked from the submission.
        await recruiter.GotoAsync("/workspace/candidates");
        await recruiter.WaitUntilReadyAsync("[data-testid=candidates-page]");
        await recruiter.ClickAsync("[data-testid=new-candidate]");
        await recruiter.FillAsync("#candidate-name", "Cam Rivera");
        await recruiter.FillAsync("#candidate-email", candidateEmail);
        await recruiter.FillAsync("#candidate-location", "Bath");
        await recruiter.FillAsync("#candidate-profile", "Ten years of warehouse systems; wants to lead a team.");
        await recruiter.ClickAsync("[data-testid=create-candidate]");
        await recruiter.WaitForURLAsync("**/workspace/candidates/**");
        await recruiter.WaitUntilReadyAsync("[data-testid=candidate-page]");

        await recruiter.ClickAsync("[data-testid=put-forward]");
        await ChooseAsync(recruiter, "[data-testid=put-forward-position]", "Warehouse Systems Lead");
        await recruiter.FillAsync("#pitch", "Cam has run two warehouse system migrations and is ready to lead.");
        await recruiter.ClickAsync("[data-testid=confirm-put-forward]");
        var submissionRow = recruiter.Locator("[data-testid=candidate-submission]", new() { HasText = "Warehouse Systems Lead" });
        await submissionRow.WaitForAsync(new() { Timeout = 10_000 });
        await BrowserFixture.ScreenshotAsync(recruiter, "workspace-candidate");

        // The candidate is invited from their record.
        await recruiter.ClickAsync("[data-testid=invite-candidate]");
        await recruiter.Locator(".mud-dialog button", new() { HasText = "Send invitation" }).ClickAsync();
        await recruiter.Locator("[data-testid=invitation-sent]").WaitForAsync(new() { Timeout = 10_000 });

        await submissionRow.Locator("[data-testid=open-submission]").ClickAsync();
        await recruiter.WaitUntilReadyAsync("[data-testid=submission-page]");
        await recruiter.ClickAsync("[data-testid=book-interview]");
        await recruiter.Locator("[data-testid=book-interview-dialog]").WaitForAsync();
        await recruiter.FillAsync("#when", DateTime.UtcNow.AddDays(-1).ToString("yyyy-MM-dd'T'10:00"));
        await recruiter.Locator("label", new() { HasText = "Cleo Marsh", Has = recruiter.Locator("input[data-testid=interviewer]") }).ClickAsync();
        await recruiter.ClickAsync("[data-testid=schedule]");
        await recruiter.Locator("[data-testid=interview]").First.WaitForAsync(new() { Timeout = 10_000 });

        // The contact is invited from the client's page.
        await recruiter.GotoAsync("/workspace/clients");
        await recruiter.WaitUntilReadyAsync("[data-testid=clients]");
        await recruiter.Locator("[data-testid=client-link]", new() { HasText = clientName }).ClickAsync();
        await recruiter.WaitUntilReadyAsync("[data-testid=client-page]");
        await recruiter.ClickAsync("[data-testid=invite-contact]");
        await recruiter.Locator(".mud-dialog button", new() { HasText = "Send invitation" }).ClickAsync();
        await recruiter.Locator("[data-testid=contact-invitation-sent]").WaitForAsync(new() { Timeout = 10_000 });

        // Both accept; the candidate drafts a note to the contact.
        var contact = await AcceptAsync(await mailbox.WaitForAsync(contactEmail, "invited"), "client");
        var candidate = await AcceptAsync(await mailbox.WaitForAsync(candidateEmail, "invited"), "candidate");
        await candidate.Locator("[data-testid=submission]", new() { HasText = "Warehouse Systems Lead" }).Locator("[data-testid=draft-note]").ClickAsync();
        await candidate.WaitUntilReadyAsync("[data-testid=draft-form]");
        await ChooseAsync(candidate, "[data-testid=recipient]", "Cleo Marsh");
        await ChooseAsync(candidate, "[data-testid=kind]", "Follow-up");
        const string body = "Dear Cleo,\n\nThank you for yesterday's conversation about the warehouse systems role. I enjoyed hearing how the team plans the next migration.\n\nKind regards,\nCam Rivera";
        await candidate.FillAsync("#body", body);
        await candidate.ClickAsync("[data-testid=submit]");
        await candidate.ClickAsync("[data-testid=confirm-submit]");
        await candidate.WaitForURLAsync("**/candidate/notes/**");

        // The recruiter approves it from the queue; the contact reads it.
        await recruiter.GotoAsync("/recruiter/queue");
        var item = recruiter.Locator("[data-testid=queue-item]", new() { HasText = "the next migration" });
        await item.WaitForAsync(new() { Timeout = 15_000 });
        await item.Locator("[data-testid=review]").ClickAsync();
        await recruiter.WaitUntilReadyAsync("[data-testid=review-actions]");
        await recruiter.ClickAsync("[data-testid=approve]");
        await recruiter.Locator(".mud-dialog button", new() { HasText = "Approve" }).ClickAsync();
        await recruiter.WaitForURLAsync("**/recruiter/queue");

        await contact.GotoAsync("/client");
        var delivered = contact.Locator("[data-testid=inbox-item]", new() { HasText = "the next migration" });
        await delivered.WaitForAsync(new() { Timeout = 15_000 });
        (await delivered.Locator("[data-testid=inbox-text]").InnerTextAsync()).ShouldContain("Thank you for yesterday's conversation");

        foreach (var page in new[] { admin, recruiter, contact, candidate })
        {
            await page.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task A_deactivated_recruiter_loses_their_open_queue_page_and_their_token_at_once()
    {
        var run = Guid.NewGuid().ToString("N")[..8];
        var recruiterEmail = $"rob.{run}@story.test";
        var (admin, recruiter) = await NewAgencyWithRecruiterAsync(run, $"ada.{run}@story.test", recruiterEmail);
        var token = await browser.RunCliAsync("tokens", "create", "--email", recruiterEmail);
        token.ExitCode.ShouldBe(0, token.StandardError);
        using var api = new HttpClient { BaseAddress = browser.BaseAddress };
        api.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token.StandardOutput.Trim());
        (await api.GetAsync("/api/v1/me")).StatusCode.ShouldBe(System.Net.HttpStatusCode.OK);
        await recruiter.GotoAsync("/recruiter/queue");
        await recruiter.Locator("[data-testid=queue-grid]").WaitForAsync(new() { Timeout = 15_000 });
        await recruiter.WaitForFunctionAsync("() => window.Blazor !== undefined");

        await admin.GotoAsync("/admin");
        await admin.WaitUntilReadyAsync("[data-testid=people-page]");
        var person = admin.Locator($"[data-testid=person][data-email='{recruiterEmail}']");
        var personId = await person.GetAttributeAsync("data-person-id");
        await admin.ClickAsync($"[data-testid=deactivate][data-person-id='{personId}']");
        await admin.Locator(".mud-dialog button", new() { HasText = "Deactivate" }).ClickAsync();
        await admin.Locator($"[data-testid=reactivate][data-person-id='{personId}']").WaitForAsync(new() { Timeout = 10_000 });

        // The token is refused on the next request; the open circuit re-checks every 2 s (BrowserFixture).
        (await api.GetAsync("/api/v1/me")).StatusCode.ShouldBe(System.Net.HttpStatusCode.Unauthorized);
        await recruiter.WaitForURLAsync("**/Account/Login**", new() { Timeout = 10_000 });
        await admin.Context.CloseAsync();
        await recruiter.Context.CloseAsync();
    }

    /// <summary>
    /// The operator creates an agency with <c>rl agency create</c>; its admin accepts the e-mailed
    /// invitation and invites a recruiter, who accepts too. Both are left signed in.
    /// </summary>
    private async Task<(IPage Admin, IPage Recruiter)> NewAgencyWithRecruiterAsync(string run, string adminEmail, string recruiterEmail)
    {
        var mailbox = new PickupMailbox(browser.MailPickupDirectory);
        // The operator creates the agency; no SMTP is configured, so the link is printed too.
        var created = await browser.RunCliAsync("agency", "create", "--name", $"Story Talent {run}", "--admin-email", adminEmail, "--admin-name", "Ada Lovelace");
        created.ExitCode.ShouldBe(0, created.StandardError);
        created.StandardOutput.ShouldContain("/invitation/");

        // The admin accepts the invitation from the e-mail and invites a recruiter.
        var admin = await AcceptAsync(await mailbox.WaitForAsync(adminEmail, "invited"), "admin");
        await admin.WaitUntilReadyAsync("[data-testid=people-page]");
        await admin.ClickAsync("[data-testid=invite-staff]");
        await admin.FillAsync("#invite-name", "Rob Okafor");
        await admin.FillAsync("#invite-email", recruiterEmail);
        await ChooseAsync(admin, "[data-testid=invite-role]", "Recruiter");
        await admin.ClickAsync("[data-testid=send-invitation]");
        await admin.Locator($"[data-testid=invitation][data-email='{recruiterEmail}']").WaitForAsync(new() { Timeout = 10_000 });
        await BrowserFixture.ScreenshotAsync(admin, "admin-people");

        var recruiter = await AcceptAsync(await mailbox.WaitForAsync(recruiterEmail, "invited"), "recruiter");
        return (admin, recruiter);
    }

    /// <summary>Opens the e-mail's link in a fresh browser, sets a password and lands on the role's home.</summary>
    private async Task<IPage> AcceptAsync(MimeKit.MimeMessage invitation, string home)
    {
        var link = PickupMailbox.InvitationLink(invitation);
        var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = browser.BaseAddress.ToString(), ViewportSize = new ViewportSize { Width = 1280, Height = 800 } });
        var page = await context.NewPageAsync();
        await page.GotoAsync(link.PathAndQuery);
        await page.FillAsync("#password", Password);
        await page.FillAsync("#confirm-password", Password);
        await page.ClickAsync("[data-testid=accept-invitation]");
        try
        {
            await page.WaitForURLAsync($"**/{home}");
        }
        catch (TimeoutException)
        {
            throw new InvalidOperationException($"Accepting {link} did not lead to /{home}; the page at {page.Url} reads:\n{await page.InnerTextAsync("body")}");
        }

        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        return page;
    }

    /// <summary>MudSelect is not a native select: open it, then click the option in the open popover.</summary>
    private static async Task ChooseAsync(IPage page, string select, string option)
    {
        await page.Locator(select).ClickAsync();
        await page.Locator(".mud-popover-open .mud-list-item", new() { HasText = option }).First.ClickAsync();
        await page.Locator(".mud-popover-open .mud-list-item").First.WaitForAsync(new() { State = WaitForSelectorState.Hidden, Timeout = 5_000 });
    }
}
