using System.Net.Http.Json;
using Bunit;
using Microsoft.Extensions.DependencyInjection;
using RecruiterLiaison.Application.Common;
using RecruiterLiaison.Web.Components.Pages.Recruiter;
using RecruiterLiaison.Web.Live;
using RecruiterLiaison.WebTests.Support;

namespace RecruiterLiaison.WebTests.Components;

/// <summary>The review queue grid and the review page, rendered with bunit over the real app and database.</summary>
[Collection(AppCollection.Name)]
public sealed class ReviewPagesTests(AppFactory app)
{
    [Fact]
    public async Task Declining_without_a_reason_says_so_beside_the_field_and_keeps_the_message()
    {
        var (note, _) = await new Scenario(app).SubmitAsync("Dear Sarah, could you share the salary band?", "Question");
        await using var context = await PageTestContext.SignedInAsync(app, Demo.Recruiter);
        var page = context.Render<ReviewNote>(p => p.Add(x => x.NoteId, note));
        page.WaitForElement("[data-testid=decline]");

        page.Find("#decline-message").Change("Salary is for me to discuss with you.");
        page.Press("[data-testid=decline]");

        page.WaitForAssertion(() => page.Markup.ShouldContain("Choose a reason."), TimeSpan.FromSeconds(5));
        page.Find("#decline-message").GetAttribute("value").ShouldBe("Salary is for me to discuss with you.");
        context.Dialogs.FindAll(".mud-dialog").ShouldBeEmpty("an invalid form asks for nothing to be confirmed");
    }

    [Fact]
    public async Task Approving_a_note_a_colleague_already_handled_says_who_and_shows_it_as_it_now_stands()
    {
        var (note, version) = await new Scenario(app).SubmitAsync("Dear Sarah, thank you for the interview.", "ThankYou");
        await using var context = await PageTestContext.SignedInAsync(app, Demo.Recruiter);
        var page = context.Render<ReviewNote>(p => p.Add(x => x.NoteId, note));
        page.WaitForElement("[data-testid=approve]");

        // The colleague approves while this recruiter's confirmation dialog is open; the live
        // update may reach the page first, or the handler's answer does: the outcome is the same.
        page.Press("[data-testid=approve]");
        context.Dialogs.WaitForAssertion(() => context.Dialogs.FindAll(".mud-dialog").ShouldNotBeEmpty(), TimeSpan.FromSeconds(5));
        var colleague = await app.ApiClientAsync(Demo.Recruiter);
        (await colleague.PostAsJsonAsync($"/api/v1/notes/{note}/approve", new { version })).EnsureSuccessStatusCode();
        context.Confirm("Approve");

        page.WaitForAssertion(() => page.Find("[data-testid=conflict]").TextContent.ShouldContain("already handled by Daniel Okafor"), TimeSpan.FromSeconds(5));
        page.Find("[data-testid=note-status]").GetAttribute("data-status").ShouldBe("Approved");
    }

    [Fact]
    public async Task The_rewrite_diff_follows_the_text_as_the_recruiter_types()
    {
        var (note, _) = await new Scenario(app).SubmitAsync("Hey Sarah, any news??", "FollowUp");
        await using var context = await PageTestContext.SignedInAsync(app, Demo.Recruiter);
        var page = context.Render<ReviewNote>(p => p.Add(x => x.NoteId, note));
        page.WaitForElement("#rewrite-body");

        page.Find("#rewrite-body").Input("Dear Sarah, is there any news?");

        page.WaitForAssertion(() => page.FindAll("[data-testid=diff] ins").ShouldNotBeEmpty(), TimeSpan.FromSeconds(3));
        page.Find("[data-testid=diff]").TextContent.ShouldContain("Dear");
    }

    [Fact]
    public async Task A_rewrite_typed_before_a_colleague_changed_the_note_starts_again_from_the_new_text()
    {
        var (note, _) = await new Scenario(app).SubmitAsync("Hey Sarah, any news??", "FollowUp");
        await using var context = await PageTestContext.SignedInAsync(app, Demo.Recruiter);
        var page = context.Render<ReviewNote>(p => p.Add(x => x.NoteId, note));
        page.WaitForElement("#rewrite-body");
        page.Find("#rewrite-body").Input("Dear Sarah, is there any news?");
        page.WaitForAssertion(() => page.FindAll("[data-testid=diff]").ShouldNotBeEmpty(), TimeSpan.FromSeconds(5));

        var colleague = await app.ApiClientAsync(Demo.Recruiter);
        (await colleague.PostAsync($"/api/v1/notes/{note}/claim", null)).EnsureSuccessStatusCode();
        var recruiter = await context.App.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<Infrastructure.Identity.ApplicationUser>>().FindByEmailAsync(Demo.Recruiter);
        context.App.GetRequiredService<ChangeNotifier>().Publish(new Change(ChangeKind.Note, recruiter!.AgencyId, note));

        page.WaitForAssertion(() => page.Find("[data-testid=conflict]").TextContent.ShouldContain("changed while you had it open"), TimeSpan.FromSeconds(5));
        page.Find("#rewrite-body").GetAttribute("value").ShouldBe("Hey Sarah, any news??");
        page.FindAll("[data-testid=diff]").ShouldBeEmpty();
    }

    [Fact]
    public async Task The_queue_filters_by_candidate_and_shows_a_new_note_when_the_change_feed_announces_it()
    {
        await using var context = await PageTestContext.SignedInAsync(app, Demo.Recruiter);
        var queue = context.Render<ReviewQueuePage>();
        queue.WaitForElement("[data-testid=queue-grid]");
        queue.Find("#filter-candidate").Input("Priya");
        queue.WaitForAssertion(() =>
        {
            var items = queue.FindAll("[data-testid=queue-item]");
            items.ShouldNotBeEmpty();
            items.ShouldAllBe(i => i.TextContent.Contains("Priya Raman"));
        }, TimeSpan.FromSeconds(10));
        var marker = $"A live note {Guid.NewGuid():N}";
        var before = Total(queue);

        var (note, _) = await new Scenario(app).SubmitAsync($"Dear Sarah, {marker}.", "Question");
        var recruiter = await context.App.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<Infrastructure.Identity.ApplicationUser>>().FindByEmailAsync(Demo.Recruiter);
        context.App.GetRequiredService<ChangeNotifier>().Publish(new Change(ChangeKind.Note, recruiter!.AgencyId, note));

        // Across the suite Priya has many notes waiting, and a new note that is neither late nor
        // risky ranks after them: the pager's total shows the arrival, the row shows when it fits.
        queue.WaitForAssertion(() => Total(queue).ShouldBe(before + 1), TimeSpan.FromSeconds(10));
        if (before + 1 <= 20)
        {
            // By id: the row shows the text with its findings marked, which can split the words.
            queue.WaitForAssertion(() => queue.FindAll($"[data-testid=queue-item][data-note-id='{note}']").ShouldHaveSingleItem(), TimeSpan.FromSeconds(10));
        }
    }

    /// <summary>The N of the pager's "1-20 of N".</summary>
    private static int Total(IRenderedComponent<ReviewQueuePage> queue) =>
        int.Parse(queue.FindAll(".mud-table-pagination-caption").Last().TextContent.Trim().Split(' ').Last(), System.Globalization.CultureInfo.InvariantCulture);
}
