using Bunit;
using Microsoft.Extensions.DependencyInjection;
using RecruiterLiaison.Web.Components.Layout;
using RecruiterLiaison.Web.Live;
using RecruiterLiaison.WebTests.Support;

namespace RecruiterLiaison.WebTests.Components;

/// <summary>The layout says when the change feed is down (the database is away), and stops saying it when the feed is back.</summary>
[Collection(AppCollection.Name)]
public sealed class ConnectionBannerTests(AppFactory app)
{
    [Fact]
    public async Task The_banner_says_the_page_is_not_live_while_the_feed_is_interrupted_and_goes_when_it_resumes()
    {
        await using var context = await PageTestContext.SignedInAsync(app, Demo.Recruiter);
        var notifier = context.App.GetRequiredService<ChangeNotifier>();
        var layout = context.Render<ConnectionBanner>();
        layout.FindAll("[data-testid=connection-lost]").ShouldBeEmpty();

        try
        {
            notifier.Interrupted();
            layout.WaitForAssertion(() => layout.Find("[data-testid=connection-lost]").TextContent.ShouldContain("not live"), TimeSpan.FromSeconds(5));
        }
        finally
        {
            notifier.Resumed();
        }

        layout.WaitForAssertion(() => layout.FindAll("[data-testid=connection-lost]").ShouldBeEmpty(), TimeSpan.FromSeconds(5));
    }
}
