using System.Text.Json;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using MudBlazor.Extensions;
using RecruiterLiaison.Domain.Notes;
using RecruiterLiaison.Infrastructure.Persistence;
using RecruiterLiaison.Web.Components.Pages.Candidate;
using RecruiterLiaison.WebTests.Support;

namespace RecruiterLiaison.WebTests.Components;

/// <summary>The candidate's draft: checked as they type, suggestions applied, confirmed before submitting, kept in the browser until sent.</summary>
[Collection(AppCollection.Name)]
public sealed class DraftNotePageTests(AppFactory app)
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task Findings_appear_as_the_candidate_types_without_pressing_a_button()
    {
        var (submission, _, _) = await new Scenario(app).PriyaToSarahAsync();
        await using var page = await PageTestContext.SignedInAsync(app, Demo.Candidate);
        var (_, draft) = Render(page, submission);

        draft.Find("#body").Input("hey, any update?? i have another offer moving quickly lol");

        draft.WaitForAssertion(() => Rules(draft).ShouldContain("tone.casual"), Wait);
        Rules(draft).ShouldContain("tone.aggressive");
        draft.Find("[data-testid=highlighted-text]").TextContent.ShouldBe("hey, any update?? i have another offer moving quickly lol");
        draft.FindAll("[data-testid=highlighted-text] mark").Count.ShouldBeGreaterThan(1);
        draft.Find("#body").GetAttribute("value").ShouldBe("hey, any update?? i have another offer moving quickly lol");
    }

    [Fact]
    public async Task Typing_keeps_the_draft_in_the_browser_keyed_by_user_and_submission()
    {
        var (submission, _, _) = await new Scenario(app).PriyaToSarahAsync();
        await using var page = await PageTestContext.SignedInAsync(app, Demo.Candidate);
        var (_, draft) = Render(page, submission);

        draft.Find("#body").Input("Dear Sarah, thank you for Friday.");

        var key = $"rl-draft:{await UserIdAsync(page, Demo.Candidate)}:{submission}";
        draft.WaitForAssertion(() => page.Bunit.JSInterop.Invocations.ShouldContain(i => i.Identifier == "localStorage.setItem" && (string)i.Arguments[0]! == key), Wait);
        var saved = page.Bunit.JSInterop.Invocations.Last(i => i.Identifier == "localStorage.setItem");
        JsonDocument.Parse((string)saved.Arguments[1]!).RootElement.GetProperty("Body").GetString().ShouldBe("Dear Sarah, thank you for Friday.");
    }

    [Fact]
    public async Task Apply_replaces_the_findings_words_with_its_suggestion_and_checks_again()
    {
        var (submission, _, _) = await new Scenario(app).PriyaToSarahAsync();
        await using var page = await PageTestContext.SignedInAsync(app, Demo.Candidate);
        var (_, draft) = Render(page, submission);
        draft.Find("#body").Input("hey Sarah, thank you for Friday.");
        draft.WaitForAssertion(() => draft.Find("li[data-rule='tone.casual'] [data-testid=apply-suggestion]"), Wait);

        draft.Press("li[data-rule='tone.casual'] [data-testid=apply-suggestion]");

        draft.WaitForAssertion(() => draft.Find("#body").GetAttribute("value").ShouldBe("Dear Sarah, thank you for Friday."), Wait);
        draft.WaitForAssertion(() => Rules(draft).ShouldNotContain("tone.casual"), Wait);
        draft.Find("[data-testid=highlighted-text]").TextContent.ShouldBe("Dear Sarah, thank you for Friday.");
    }

    [Fact]
    public async Task Submitting_asks_for_confirmation_listing_the_open_warnings_then_submits_and_forgets_the_draft()
    {
        var (submission, interview, contact) = await new Scenario(app).PriyaToSarahAsync();
        await using var page = await PageTestContext.SignedInAsync(app, Demo.Candidate);
        var (dialogs, draft) = Render(page, submission);
        await ChooseRecipientAsync(draft, interview, contact);
        draft.Find("#body").Input("Dear Sarah, thank you for Friday!!! Kind regards, Priya");
        draft.WaitForAssertion(() => Rules(draft).ShouldContain("tone.aggressive"), Wait);

        draft.Press("[data-testid=submit]");

        dialogs.WaitForAssertion(() => dialogs.Find("[data-testid=open-warnings]").TextContent.ShouldContain("A run of exclamation marks"), Wait);
        page.Bunit.Services.GetRequiredService<NavigationManager>().Uri.ShouldNotContain("/candidate/notes/");
        dialogs.Press("[data-testid=confirm-submit]");

        var navigation = page.Bunit.Services.GetRequiredService<NavigationManager>();
        draft.WaitForAssertion(() => navigation.Uri.ShouldContain("/candidate/notes/"), Wait);
        var noteId = Guid.Parse(navigation.Uri.Split('/').Last());
        await using var db = await page.App.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        (await db.Notes.SingleAsync(n => n.Id == noteId)).Status.ShouldBe(NoteStatus.PendingReview);
        page.Bunit.JSInterop.Invocations.ShouldContain(i => i.Identifier == "localStorage.removeItem" && ((string)i.Arguments[0]!).EndsWith($":{submission}", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Keeping_on_editing_from_the_confirmation_submits_nothing()
    {
        var (submission, interview, contact) = await new Scenario(app).PriyaToSarahAsync();
        await using var page = await PageTestContext.SignedInAsync(app, Demo.Candidate);
        var (dialogs, draft) = Render(page, submission);
        await ChooseRecipientAsync(draft, interview, contact);
        draft.Find("#body").Input("Dear Sarah, please call me back today. Priya");
        draft.WaitForAssertion(() => Rules(draft).ShouldContain("tone.aggressive"), Wait);

        draft.Press("[data-testid=submit]");
        dialogs.WaitForAssertion(() => dialogs.Find("[data-testid=cancel-submit]"), Wait);
        dialogs.Press("[data-testid=cancel-submit]");

        dialogs.WaitForAssertion(() => dialogs.FindAll("[data-testid=submit-dialog]").ShouldBeEmpty(), Wait);
        page.Bunit.Services.GetRequiredService<NavigationManager>().Uri.ShouldNotContain("/candidate/notes/");
        draft.Find("#body").GetAttribute("value").ShouldBe("Dear Sarah, please call me back today. Priya");
        page.Bunit.JSInterop.Invocations.ShouldNotContain(i => i.Identifier == "localStorage.removeItem");
    }

    [Fact]
    public async Task Submitting_an_empty_draft_keeps_the_choices_and_says_what_is_missing()
    {
        var (submission, interview, contact) = await new Scenario(app).PriyaToSarahAsync();
        await using var page = await PageTestContext.SignedInAsync(app, Demo.Candidate);
        var (dialogs, draft) = Render(page, submission);
        await ChooseRecipientAsync(draft, interview, contact);
        var kind = draft.FindComponents<MudSelect<NoteKind>>().Single();
        await draft.InvokeAsync(() => kind.Instance.SelectOption(NoteKind.Question));

        draft.Press("[data-testid=submit]");

        draft.WaitForAssertion(() => FieldOf(draft, "#body").TextContent.ShouldContain("Write the note before submitting it."), Wait);
        dialogs.FindAll("[data-testid=submit-dialog]").ShouldBeEmpty();
        draft.FindComponents<MudSelect<string>>().Single().Instance.GetState(x => x.Value).ShouldBe($"{interview}|{contact}");
        kind.Instance.GetState(x => x.Value).ShouldBe(NoteKind.Question);
    }

    [Fact]
    public async Task Submitting_without_a_recipient_says_so_beside_the_recipient_and_keeps_the_text()
    {
        var (submission, _, _) = await new Scenario(app).PriyaToSarahAsync();
        await using var page = await PageTestContext.SignedInAsync(app, Demo.Candidate);
        var (dialogs, draft) = Render(page, submission);
        draft.Find("#body").Input("Dear Sarah, thank you for Friday.");
        draft.WaitForAssertion(() => draft.Find("[data-testid=highlighted-text]").TextContent.ShouldBe("Dear Sarah, thank you for Friday."), Wait);

        draft.Press("[data-testid=submit]");

        draft.WaitForAssertion(() => draft.Find("[data-testid=recipient]").Closest(".mud-select")!.TextContent.ShouldContain("Choose who the note is for."), Wait);
        dialogs.FindAll("[data-testid=submit-dialog]").ShouldBeEmpty();
        draft.Find("#body").GetAttribute("value").ShouldBe("Dear Sarah, thank you for Friday.");
    }

    [Fact]
    public async Task A_draft_kept_in_the_browser_comes_back_with_its_choices_and_is_checked()
    {
        var (submission, interview, contact) = await new Scenario(app).PriyaToSarahAsync();
        await using var page = await PageTestContext.SignedInAsync(app, Demo.Candidate);
        var key = $"rl-draft:{await UserIdAsync(page, Demo.Candidate)}:{submission}";
        var stored = JsonSerializer.Serialize(new { Recipient = $"{interview}|{contact}", Kind = "FollowUp", Body = "hey Sarah, any news?" });
        page.Bunit.JSInterop.Setup<string?>("localStorage.getItem", key).SetResult(stored);

        var (_, draft) = Render(page, submission);

        draft.WaitForAssertion(() => draft.Find("[data-testid=draft-restored]"), Wait);
        draft.Find("#body").GetAttribute("value").ShouldBe("hey Sarah, any news?");
        draft.FindComponents<MudSelect<string>>().Single().Instance.GetState(x => x.Value).ShouldBe($"{interview}|{contact}");
        draft.FindComponents<MudSelect<NoteKind>>().Single().Instance.GetState(x => x.Value).ShouldBe(NoteKind.FollowUp);
        draft.WaitForAssertion(() => Rules(draft).ShouldContain("tone.casual"), Wait);
    }

    [Theory]
    [InlineData("not-a-recipient", "ThankYou")]
    [InlineData("", "NoSuchKind")]
    public async Task A_kept_draft_with_values_that_no_longer_fit_restores_the_text_and_drops_the_rest(string recipient, string kind)
    {
        var (submission, _, _) = await new Scenario(app).PriyaToSarahAsync();
        await using var page = await PageTestContext.SignedInAsync(app, Demo.Candidate);
        var key = $"rl-draft:{await UserIdAsync(page, Demo.Candidate)}:{submission}";
        page.Bunit.JSInterop.Setup<string?>("localStorage.getItem", key).SetResult(JsonSerializer.Serialize(new { Recipient = recipient, Kind = kind, Body = "Thank you." }));

        var (_, draft) = Render(page, submission);

        draft.WaitForAssertion(() => draft.Find("#body").GetAttribute("value").ShouldBe("Thank you."), Wait);
        draft.FindComponents<MudSelect<string>>().Single().Instance.GetState(x => x.Value).ShouldBeNull();
        draft.FindComponents<MudSelect<NoteKind>>().Single().Instance.GetState(x => x.Value).ShouldBe(kind == "NoSuchKind" ? NoteKind.ThankYou : Enum.Parse<NoteKind>(kind));
    }

    [Fact]
    public async Task A_blocker_of_the_clients_policy_stops_the_submit_with_its_reason_beside_the_note()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var target = await (
                from s in db.Submissions
                join p in db.Positions on s.PositionId equals p.Id
                join i in db.Interviews on s.Id equals i.SubmissionId
                from v in i.Interviewers
                where p.Title == "Claims Platform Engineer"
                select new { p.ClientCompanyId, SubmissionId = s.Id, InterviewId = i.Id, v.ClientContactId })
            .SingleAsync();
        var policy = await db.ContactPolicies.SingleAsync(p => p.ClientCompanyId == target.ClientCompanyId);
        var (notes, thankYous, perRound, daysBetween, quietStart, quietEnd) = (policy.NotesAllowed, policy.ThankYouNotesAllowed, policy.MaxNotesPerRound, policy.MinDaysBetweenNotes, policy.QuietHoursStart, policy.QuietHoursEnd);
        policy.Change(false, thankYous, perRound, daysBetween, quietStart, quietEnd);
        await db.SaveChangesAsync();
        try
        {
            await using var page = await PageTestContext.SignedInAsync(app, Demo.OtherAgencyCandidate);
            var (dialogs, draft) = Render(page, target.SubmissionId);
            await ChooseRecipientAsync(draft, target.InterviewId, target.ClientContactId);
            draft.Find("#body").Input("Dear Olivia, thank you for Tuesday. Kind regards");
            draft.WaitForAssertion(() => draft.FindAll("li.finding-blocker").Count.ShouldBeGreaterThan(0), Wait);

            draft.Press("[data-testid=submit]");
            dialogs.WaitForAssertion(() => dialogs.Find("[data-testid=open-warnings]").TextContent.ShouldContain("asked not to receive notes"), Wait);
            dialogs.Find("[data-testid=blocker-warning]");
            dialogs.Press("[data-testid=confirm-submit]");

            draft.WaitForAssertion(() => FieldOf(draft, "#body").TextContent.ShouldContain("asked not to receive notes"), Wait);
            draft.Find("#body").GetAttribute("value").ShouldBe("Dear Olivia, thank you for Tuesday. Kind regards");
            page.Bunit.Services.GetRequiredService<NavigationManager>().Uri.ShouldNotContain("/candidate/notes/");
        }
        finally
        {
            policy.Change(notes, thankYous, perRound, daysBetween, quietStart, quietEnd);
            await db.SaveChangesAsync();
        }
    }

    private static (IRenderedComponent<MudDialogProvider> Dialogs, IRenderedComponent<DraftNote> Page) Render(PageTestContext page, Guid submission)
    {
        var dialogs = page.Bunit.Render<MudDialogProvider>();
        page.Bunit.Render<MudSnackbarProvider>();
        var draft = page.Bunit.Render<DraftNote>(p => p.Add(d => d.SubmissionId, submission));
        draft.WaitForAssertion(() => draft.Find("#body"), Wait);
        return (dialogs, draft);
    }

    private static async Task ChooseRecipientAsync(IRenderedComponent<DraftNote> draft, Guid interview, Guid contact)
    {
        // MudSelect's items open in the popover provider; choosing one goes through the same SelectOption a click does.
        var recipient = draft.FindComponents<MudSelect<string>>().Single();
        await draft.InvokeAsync(() => recipient.Instance.SelectOption($"{interview}|{contact}"));
        draft.WaitForAssertion(() => recipient.Instance.GetState(x => x.Value).ShouldBe($"{interview}|{contact}"), Wait);
    }

    private static IEnumerable<string?> Rules(IRenderedComponent<DraftNote> draft) =>
        draft.FindAll("[data-testid=findings] li").Select(li => li.GetAttribute("data-rule")).ToList();

    /// <summary>The MudBlazor field around an input: its label, the input and the error text beneath it.</summary>
    private static AngleSharp.Dom.IElement FieldOf(IRenderedComponent<DraftNote> draft, string inputSelector) =>
        draft.Find(inputSelector).Closest(".mud-input-control")!;

    private static async Task<Guid> UserIdAsync(PageTestContext page, string email)
    {
        await using var db = await page.App.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        return await db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync();
    }
}
