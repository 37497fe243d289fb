using Bunit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using MudBlazor.Extensions;
using RecruiterLiaison.Domain.Notes;
using RecruiterLiaison.Infrastructure.Persistence;
using RecruiterLiaison.Web.Components.Pages.Candidate;
using RecruiterLiaison.WebTests.Support;

namespace RecruiterLiaison.WebTests.Components;

/// <summary>The candidate's home, a note's page and the debrief, rendered over the real handlers and database.</summary>
[Collection(AppCollection.Name)]
public sealed class CandidatePagesTests(AppFactory app)
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task The_home_shows_each_submission_as_a_card_with_its_interviews_and_when_feedback_is_expected()
    {
        await using var page = await PageTestContext.SignedInAsync(app, Demo.Candidate);
        page.Bunit.Render<MudDialogProvider>();
        var home = page.Bunit.Render<CandidateHome>();

        home.WaitForAssertion(() => home.FindAll("[data-testid=submission]").Count.ShouldBeGreaterThan(0), Wait);
        var backend = home.FindAll("[data-testid=submission]").Single(s => s.TextContent.Contains("Senior Backend Engineer", StringComparison.Ordinal));
        backend.QuerySelectorAll("[data-testid=interview]").Length.ShouldBeGreaterThan(0);
        backend.QuerySelectorAll("[data-testid=feedback-expected]").Select(e => e.TextContent.Trim())
            .ShouldAllBe(t => t.StartsWith("Feedback expected by ", StringComparison.Ordinal) || t == "Feedback received" || t == "No feedback date yet");
        backend.QuerySelector("[data-testid=draft-note]")!.GetAttribute("href")!.ShouldEndWith("/notes/new");
        backend.QuerySelector("[data-testid=debrief-link]").ShouldNotBeNull();
    }

    [Fact]
    public async Task Withdrawing_from_an_application_asks_first_and_keeping_it_changes_nothing()
    {
        await using var page = await PageTestContext.SignedInAsync(app, Demo.Candidate);
        var dialogs = page.Bunit.Render<MudDialogProvider>();
        var home = page.Bunit.Render<CandidateHome>();
        home.WaitForAssertion(() => home.FindAll("[data-testid=withdraw-submission]").Count.ShouldBeGreaterThan(0), Wait);
        var stagesBefore = await StagesAsync(page);

        home.Press(h => h.FindAll("[data-testid=withdraw-submission]")[0]);
        dialogs.WaitForAssertion(() => dialogs.Find("[data-testid=withdraw-dialog]").TextContent.ShouldContain("cannot be undone"), Wait);
        dialogs.Press("[data-testid=cancel-withdraw]");

        dialogs.WaitForAssertion(() => dialogs.FindAll("[data-testid=withdraw-dialog]").ShouldBeEmpty(), Wait);
        (await StagesAsync(page)).ShouldBe(stagesBefore);
    }

    [Fact]
    public async Task A_declined_note_shows_its_reason_and_a_revision_goes_back_to_the_recruiter()
    {
        var notes = await new Scenario(app).NoteInEveryStatusAsync(Guid.NewGuid().ToString("N")[..8]);
        var (declined, _, _) = notes["Declined"];
        await using var page = await PageTestContext.SignedInAsync(app, Demo.Candidate);
        page.Bunit.Render<MudDialogProvider>();
        page.Bunit.Render<MudSnackbarProvider>();
        var note = page.Bunit.Render<CandidateNote>(p => p.Add(n => n.NoteId, declined));
        note.WaitForAssertion(() => note.Find("[data-testid=decline-reason]").TextContent.ShouldContain("Not this."), Wait);
        note.Find("[data-testid=status-step][data-current=true]").TextContent.ShouldContain("Declined");

        note.Find("#revised-body").Input("Dear Sarah,\n\nThank you again for Friday. I remain very interested in the role.\n\nKind regards,\nPriya Raman");
        note.WaitForAssertion(() => note.Find("[data-testid=revision-check] [data-testid=highlighted-text]").TextContent.ShouldContain("remain very interested"), Wait);
        note.Press("[data-testid=resubmit]");

        note.WaitForAssertion(() => note.Find("[data-testid=note-status]").GetAttribute("data-status").ShouldBe("PendingReview"), Wait);
        note.Find("[data-testid=history]").TextContent.ShouldContain("version 2");
        note.Find("[data-testid=status-step][data-current=true]").TextContent.ShouldContain("Waiting for your recruiter");
    }

    [Fact]
    public async Task An_empty_revision_says_what_is_missing_beside_the_field()
    {
        var notes = await new Scenario(app).NoteInEveryStatusAsync(Guid.NewGuid().ToString("N")[..8]);
        var (returned, _, _) = notes["Returned"];
        await using var page = await PageTestContext.SignedInAsync(app, Demo.Candidate);
        var note = page.Bunit.Render<CandidateNote>(p => p.Add(n => n.NoteId, returned));
        note.WaitForAssertion(() => note.Find("[data-testid=return-message]").TextContent.ShouldContain("Shorter please."), Wait);

        note.Find("#revised-body").Input("   ");
        note.Press("[data-testid=resubmit]");

        note.WaitForAssertion(() => note.Find("#revised-body").Closest(".mud-input-control")!.TextContent.ShouldContain("Write the note before submitting it."), Wait);
        note.Find("[data-testid=note-status]").GetAttribute("data-status").ShouldBe("Returned");
    }

    [Fact]
    public async Task Withdrawing_a_waiting_note_is_confirmed_in_a_dialog_first()
    {
        var (pending, _) = await new Scenario(app).SubmitAsync("Dear Sarah, thank you for Friday. Kind regards, Priya", "ThankYou");
        await using var page = await PageTestContext.SignedInAsync(app, Demo.Candidate);
        var dialogs = page.Bunit.Render<MudDialogProvider>();
        page.Bunit.Render<MudSnackbarProvider>();
        var note = page.Bunit.Render<CandidateNote>(p => p.Add(n => n.NoteId, pending));
        note.WaitForAssertion(() => note.Find("[data-testid=withdraw]"), Wait);

        note.Press("[data-testid=withdraw]");
        dialogs.WaitForAssertion(() => dialogs.Find("[data-testid=confirm-withdraw]"), Wait);
        (await StatusAsync(page, pending)).ShouldBe(NoteStatus.PendingReview);
        dialogs.Press("[data-testid=confirm-withdraw]");

        note.WaitForAssertion(() => note.Find("[data-testid=note-status]").GetAttribute("data-status").ShouldBe("Withdrawn"), Wait);
        (await StatusAsync(page, pending)).ShouldBe(NoteStatus.Withdrawn);
        note.FindAll("[data-testid=withdraw]").ShouldBeEmpty();
    }

    [Fact]
    public async Task A_rewritten_note_shows_what_was_delivered_and_the_recruiters_changes()
    {
        var marker = Guid.NewGuid().ToString("N")[..8];
        var notes = await new Scenario(app).NoteInEveryStatusAsync(marker);
        var (rewritten, _, _) = notes["Rewritten"];
        await using var page = await PageTestContext.SignedInAsync(app, Demo.Candidate);
        var note = page.Bunit.Render<CandidateNote>(p => p.Add(n => n.NoteId, rewritten));

        note.WaitForAssertion(() => note.Find("[data-testid=delivered-text]").TextContent.ShouldBe($"Rewritten {marker} delivered text"), Wait);
        note.FindAll("[data-testid=diff] ins").Count.ShouldBeGreaterThan(0);
        note.FindAll("[data-testid=diff] del").Count.ShouldBeGreaterThan(0);
        note.Find("[data-testid=status-step][data-current=true]").TextContent.ShouldContain("Delivered");
        note.FindAll("[data-testid=history] li").Count.ShouldBeGreaterThan(1);
    }

    [Fact]
    public async Task A_debrief_without_scores_says_so_beside_each_score_and_keeps_what_was_typed()
    {
        var (_, interview, _) = await new Scenario(app).PriyaToSarahAsync();
        await using var page = await PageTestContext.SignedInAsync(app, Demo.Candidate);
        page.Bunit.Render<MudSnackbarProvider>();
        var debrief = page.Bunit.Render<DebriefForm>(p => p.Add(d => d.InterviewId, interview));
        debrief.WaitForAssertion(() => debrief.Find("#concerns"), Wait);
        var scores = debrief.FindComponents<MudSelect<int?>>();
        foreach (var score in scores)
        {
            await debrief.InvokeAsync(() => score.Instance.SelectOption((int?)null));
        }

        debrief.Find("#concerns").Change("Whether the team is really hiring two people.");
        debrief.Press("[data-testid=save-debrief]");

        debrief.WaitForAssertion(() => debrief.Markup.ShouldContain("Choose from 1 (badly) to 5 (very well)."), Wait);
        debrief.Markup.ShouldContain("Choose from 1 (not interested) to 5 (very interested).");
        debrief.FindAll("[data-testid=debrief-saved]").ShouldBeEmpty();
        debrief.Find("#concerns").GetAttribute("value").ShouldBe("Whether the team is really hiring two people.");
    }

    [Fact]
    public async Task A_debrief_is_saved_for_the_recruiter()
    {
        var (_, interview, _) = await new Scenario(app).PriyaToSarahAsync();
        await using var page = await PageTestContext.SignedInAsync(app, Demo.Candidate);
        page.Bunit.Render<MudSnackbarProvider>();
        var debrief = page.Bunit.Render<DebriefForm>(p => p.Add(d => d.InterviewId, interview));
        debrief.WaitForAssertion(() => debrief.Find("#concerns"), Wait);
        var scores = debrief.FindComponents<MudSelect<int?>>();
        await debrief.InvokeAsync(() => scores[0].Instance.SelectOption((int?)4));
        await debrief.InvokeAsync(() => scores[1].Instance.SelectOption((int?)5));
        debrief.Find("#points").Change("My work on route planning at scale.");

        debrief.Press("[data-testid=save-debrief]");

        debrief.WaitForAssertion(() => debrief.Find("[data-testid=debrief-saved]"), Wait);
        await using var db = await page.App.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        var saved = await db.Debriefs.SingleAsync(d => d.InterviewId == interview);
        (saved.HowItWent, saved.InterestLevel, saved.PointsNotMade).ShouldBe((4, 5, "My work on route planning at scale."));
        scores[0].Instance.GetState(x => x.Value).ShouldBe(4);
    }

    private static async Task<List<string>> StagesAsync(PageTestContext page)
    {
        await using var db = await page.App.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        return await db.Submissions.OrderBy(s => s.Id).Select(s => s.Stage.ToString()).ToListAsync();
    }

    private static async Task<NoteStatus> StatusAsync(PageTestContext page, Guid noteId)
    {
        await using var db = await page.App.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        return await db.Notes.Where(n => n.Id == noteId).Select(n => n.Status).SingleAsync();
    }
}
