using Bunit;
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
}
