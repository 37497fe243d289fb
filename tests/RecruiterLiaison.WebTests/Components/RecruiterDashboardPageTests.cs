using Bunit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RecruiterLiaison.Application.Feedback.SetFeedbackWindow;
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
        await MakeTomsWindowOverdueAsync(page);

        var dashboard = page.Bunit.RenderWithProviders<RecruiterHome>();

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
