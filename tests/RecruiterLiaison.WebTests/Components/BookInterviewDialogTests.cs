using AngleSharp.Dom;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using RecruiterLiaison.Domain.Interviews;
using RecruiterLiaison.Infrastructure.Persistence;
using RecruiterLiaison.Web.Components.Pages.Recruiter;
using RecruiterLiaison.WebTests.Support;

namespace RecruiterLiaison.WebTests.Components;

/// <summary>Booking a round from the submissions page, in its dialog.</summary>
[Collection(AppCollection.Name)]
public sealed class BookInterviewDialogTests(AppFactory app)
{
    [Fact]
    public async Task A_recruiter_books_a_round_with_two_interviewers_from_the_dialog()
    {
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        var submission = await (from s in db.Submissions join p in db.Positions on s.PositionId equals p.Id where p.Title == "Data Platform Lead" select s.Id).SingleAsync();
        var contacts = await db.ClientContacts.Where(c => c.Name == "James Porter" || c.Name == "Sarah Lindqvist").Select(c => c.Id).ToListAsync();
        await using var page = await PageTestContext.SignedInAsync(app, Demo.Recruiter);
        page.Bunit.SetRendererInfo(new RendererInfo("Server", isInteractive: true));
        var dialogs = page.Bunit.Render<MudDialogProvider>();
        page.Bunit.Render<MudSnackbarProvider>();
        var submissions = page.Bunit.Render<SubmissionsPage>();

        OpenBooking(submissions, "Data Platform Lead");
        var dialog = dialogs.WaitForElement("[data-testid=book-interview-dialog]");
        dialogs.WaitForAssertion(() => dialogs.FindAll("input[data-testid=interviewer]").Count.ShouldBe(3));
        dialogs.Find("#when").Change("2026-12-02T10:30");
        dialogs.Find("#duration").Change("45");
        var format = dialogs.FindComponent<MudSelect<InterviewFormat?>>();
        await format.InvokeAsync(() => format.Instance.SelectOption(InterviewFormat.OnSite));
        Choose(dialogs, "James Porter");
        Choose(dialogs, "Sarah Lindqvist");
        dialogs.Press("[data-testid=schedule]");

        dialogs.WaitForAssertion(() => dialogs.FindAll("[data-testid=book-interview-dialog]").ShouldBeEmpty());
        var interview = await db.Interviews.Include(i => i.Interviewers).AsNoTracking().SingleAsync(i => i.SubmissionId == submission);
        interview.Interviewers.Select(v => v.ClientContactId).ShouldBe(contacts, ignoreOrder: true);
        interview.DurationMinutes.ShouldBe(45);
        interview.Format.ShouldBe(InterviewFormat.OnSite);
        (await db.FeedbackWindows.AnyAsync(w => w.InterviewId == interview.Id)).ShouldBeTrue();
        submissions.WaitForAssertion(() => Row(submissions, "Data Platform Lead").QuerySelectorAll("[data-testid=interview]").Length.ShouldBe(1));
    }

    [Fact]
    public async Task A_booking_without_a_time_or_interviewers_shows_why_beside_the_fields_and_keeps_what_was_typed()
    {
        await using var page = await PageTestContext.SignedInAsync(app, Demo.Recruiter);
        page.Bunit.SetRendererInfo(new RendererInfo("Server", isInteractive: true));
        var dialogs = page.Bunit.Render<MudDialogProvider>();
        var submissions = page.Bunit.Render<SubmissionsPage>();

        OpenBooking(submissions, "Senior Backend Engineer");
        dialogs.WaitForElement("[data-testid=book-interview-dialog]");
        dialogs.Find("#duration").Change("2");
        dialogs.Press("[data-testid=schedule]");

        dialogs.WaitForAssertion(() => dialogs.Markup.ShouldContain("Choose when the interview is."));
        dialogs.Markup.ShouldContain("Between 5 minutes and 10 hours.");
        dialogs.Find("[data-testid=error-interviewerContactIds]").TextContent.ShouldBe("Choose at least one interviewer from the client.");
        dialogs.Find("#duration").GetAttribute("value").ShouldBe("2");
        dialogs.FindAll("[data-testid=book-interview-dialog]").Count.ShouldBe(1);
    }

    private static void OpenBooking(IRenderedComponent<SubmissionsPage> submissions, string position)
    {
        submissions.WaitForAssertion(() => Row(submissions, position).ShouldNotBeNull());
        submissions.Press(s => Row(s, position).QuerySelector("[data-testid=book-interview]")!);
    }

    private static IElement Row(IRenderedComponent<SubmissionsPage> submissions, string position) =>
        submissions.FindAll("tr").First(r => r.QuerySelector("[data-testid=book-interview]") is not null && r.TextContent.Contains(position, StringComparison.Ordinal));

    private static void Choose(IRenderedComponent<MudDialogProvider> dialogs, string contact) =>
        dialogs.FindAll("input[data-testid=interviewer]").First(c => c.Closest("label")!.TextContent.Contains(contact, StringComparison.Ordinal)).Change(true);
}
