using Bunit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RecruiterLiaison.Infrastructure.Persistence;
using RecruiterLiaison.Web.Components.Pages;
using RecruiterLiaison.WebTests.Support;

namespace RecruiterLiaison.WebTests.Components;

[Collection(AppCollection.Name)]
public sealed class NotificationsPageTests(AppFactory app)
{
    [Fact]
    public async Task Marking_all_as_read_clears_the_unread_marks_without_leaving_the_page()
    {
        await new Scenario(app).SubmitAsync("Dear Sarah, thank you for the interview on Friday. Kind regards, Priya", "ThankYou");
        await using var page = await PageTestContext.SignedInAsync(app, Demo.Recruiter);
        var notifications = page.Render<Notifications>();
        notifications.WaitForAssertion(() => notifications.FindAll(".unread").Count.ShouldBeGreaterThan(0));

        notifications.Press("[data-testid=mark-all-read]");

        notifications.WaitForAssertion(() => notifications.FindAll(".unread").ShouldBeEmpty());
        await using var db = await page.App.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        var recruiter = await db.Users.SingleAsync(u => u.Email == Demo.Recruiter);
        (await db.Notifications.AnyAsync(n => n.UserId == recruiter.Id && n.ReadAt == null)).ShouldBeFalse();
    }
}
