using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using RecruiterLiaison.Application.Feedback.SetFeedbackWindow;
using RecruiterLiaison.Domain.Submissions;
using RecruiterLiaison.Infrastructure.Persistence;
using RecruiterLiaison.Web.Security;
using RecruiterLiaison.Web.Components.Pages.Recruiter;
using RecruiterLiaison.WebTests.Support;

namespace RecruiterLiaison.WebTests.Components;

[Collection(AppCollection.Name)]
public sealed class RecruiterDashboardPageTests(AppFactory app)
{
    [Fact]
    public async Task The_dashboard_charts_turnaround_per_client_and_queue_age_and_lists_overdue_feedback()
    {
        await new Scenario(app).SubmitAsync("Dear Sarah, thank you for Friday's conversation about the backend role. Kind regards, Priya", "ThankYou");
        await using var page = await PageTestContext.SignedInAsync(app, Demo.Recruiter);
        page.Bunit.SetRendererInfo(new RendererInfo("Server", isInteractive: true));
        await MakeTomsWindowOverdueAsync(page);

        var dashboard = page.Render<RecruiterHome>();

        dashboard.WaitForAssertion(() => dashboard.Find("[data-testid=overdue-list]").TextContent.ShouldContain("Tom Whitfield"));
        var turnaround = dashboard.Find("[data-testid=turnaround-chart]");
        turnaround.QuerySelector("svg").ShouldNotBeNull();
        turnaround.QuerySelectorAll("path.mud-chart-bar").Length.ShouldBeGreaterThan(0);
        turnaround.TextContent.ShouldContain("Halcyon Logistics");
        var queueAge = dashboard.Find("[data-testid=queue-age-chart]");
        queueAge.QuerySelectorAll("path.mud-chart-bar").Length.ShouldBe(4);
        dashboard.Find("#queue-age-values").TextContent.ShouldContain("note");
        dashboard.Find("[data-testid=pending-notes] .stat-value").TextContent.ShouldNotBe("0");
    }

    [Fact]
    public async Task A_clients_removal_request_is_confirmed_in_a_dialog_after_an_empty_message_is_refused_beside_the_field()
    {
        var (submission, position) = await SubmissionTheClientAsksToRemoveAsync();
        await using var page = await PageTestContext.SignedInAsync(app, Demo.Recruiter);
        page.Bunit.SetRendererInfo(new RendererInfo("Server", isInteractive: true));
        var dialogs = page.Bunit.Render<MudDialogProvider>();
        page.Bunit.Render<MudSnackbarProvider>();
        var dashboard = page.Bunit.Render<RecruiterHome>();
        dashboard.WaitForAssertion(() => dashboard.FindAll("[data-testid=removal-request]").ShouldContain(r => r.TextContent.Contains(position)));

        ConfirmRemoval(dashboard, dialogs, position);
        dashboard.WaitForAssertion(() => dashboard.Markup.ShouldContain("Write what the candidate will read"));

        dashboard.Find($"#removal-message-{submission}").Change("Halcyon have decided not to take your application further; I will keep you in mind for the next role.");
        ConfirmRemoval(dashboard, dialogs, position);

        dashboard.WaitForAssertion(() => dashboard.FindAll("[data-testid=removal-request]").ShouldNotContain(r => r.TextContent.Contains(position)));
        await using var db = await page.App.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        (await db.Submissions.SingleAsync(s => s.Id == submission)).Stage.ShouldBe(SubmissionStage.RemovedFromConsideration);
    }

    private static void ConfirmRemoval(IRenderedComponent<RecruiterHome> dashboard, IRenderedComponent<MudDialogProvider> dialogs, string position)
    {
        dashboard.Press(d => d.FindAll("[data-testid=removal-request]").Single(r => r.TextContent.Contains(position)).QuerySelector("[data-testid=confirm-removal]")!);
        dialogs.WaitForElement("[data-testid=confirm-removal-yes]");
        dialogs.Press("[data-testid=confirm-removal-yes]");
        dialogs.WaitForAssertion(() => dialogs.FindAll("[data-testid=confirm-removal-yes]").ShouldBeEmpty());
    }

    /// <summary>Priya, put forward for a position of its own, whom Sarah at Halcyon asks to remove.</summary>
    private async Task<(Guid Submission, string Position)> SubmissionTheClientAsksToRemoveAsync()
    {
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        var priya = await db.Candidates.SingleAsync(c => c.Email == Demo.Candidate);
        var halcyon = await db.ClientCompanies.SingleAsync(c => c.AgencyId == priya.AgencyId && c.Name == "Halcyon Logistics");
        var sarah = await db.ClientContacts.SingleAsync(c => c.ClientCompanyId == halcyon.Id && c.Name == "Sarah Lindqvist");
        var now = DateTimeOffset.UtcNow;
        var position = new Domain.Positions.Position(priya.AgencyId, halcyon.Id, $"Site Reliability Lead {Guid.NewGuid():N}", "Keep the parcels moving.");
        var submission = new Submission(priya.AgencyId, priya.Id, position.Id, now.AddDays(-3));
        submission.MoveTo(SubmissionStage.FirstClientInterview, now.AddDays(-2), null);
        submission.RequestRemoval(sarah.Id, "The role has been filled internally.", now.AddHours(-1));
        db.Positions.Add(position);
        db.Submissions.Add(submission);
        await db.SaveChangesAsync();
        return (submission.Id, position.Title);
    }

    // Other tests move this window; a due time a day after the interview makes it overdue again.
    private static async Task MakeTomsWindowOverdueAsync(PageTestContext page)
    {
        await using var db = await page.App.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        var interview = await (
                from i in db.Interviews
                join s in db.Submissions on i.SubmissionId equals s.Id
                join c in db.Candidates on s.CandidateId equals c.Id
                join p in db.Positions on s.PositionId equals p.Id
                where c.Name == "Tom Whitfield" && p.Title == "Senior Backend Engineer" && i.Round == 1
                select i)
            .SingleAsync();
        var recruiter = await page.Bunit.Services.GetRequiredService<SignedInUser>().GetAsync();
        (await page.App.GetRequiredService<SetFeedbackWindowHandler>().HandleAsync(recruiter, interview.Id, interview.ScheduledAt.AddDays(1))).Succeeded.ShouldBeTrue();
    }
}
