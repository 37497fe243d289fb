using AngleSharp.Dom;
using Bunit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RecruiterLiaison.Infrastructure.Persistence;
using RecruiterLiaison.Web.Components.Pages.Client;
using RecruiterLiaison.WebTests.Support;

namespace RecruiterLiaison.WebTests.Components;

[Collection(AppCollection.Name)]
public sealed class FeedbackFormPageTests(AppFactory app)
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(10);

    private const string RejectionRule = "A rejection must name at least one requirement rated Not met or Partly met";

    [Fact]
    public async Task Picking_reject_with_no_requirement_rated_not_met_shows_the_rule_beside_the_ratings_before_sending()
    {
        var interview = await TomsFirstInterviewAsync();
        await using var page = await PageTestContext.SignedInAsync(app, Demo.Client);
        var form = page.Bunit.Render<FeedbackForm>(p => p.Add(f => f.InterviewId, interview));
        form.WaitForAssertion(() => form.FindAll("[data-testid=rating]").ShouldNotBeEmpty(), Wait);
        form.FindAll("[data-testid=error-ratings]").ShouldBeEmpty();
        RateEvery(form, "Met");

        Choose(form, "#decision", "Reject");

        form.WaitForAssertion(() => form.Find("[data-testid=error-ratings]").TextContent.ShouldContain(RejectionRule), Wait);

        // Rating one requirement Partly met, with a comment that explains it, satisfies the rule at once.
        Choose(form, "#rating-1", "Partly met");
        form.Find("#comment-1").Input("Kafka only at hobby scale");
        form.WaitForAssertion(() => form.FindAll("[data-testid=error-ratings]").ShouldBeEmpty(), Wait);
        (await FeedbackPostedAsync(interview)).ShouldBeFalse();
    }

    [Fact]
    public async Task An_unexplained_reject_is_refused_beside_the_ratings_and_keeps_what_the_client_typed()
    {
        var interview = await TomsFirstInterviewAsync();
        await using var page = await PageTestContext.SignedInAsync(app, Demo.Client);
        var form = page.Bunit.Render<FeedbackForm>(p => p.Add(f => f.InterviewId, interview));
        form.WaitForAssertion(() => form.FindAll("[data-testid=rating]").ShouldNotBeEmpty(), Wait);
        var requirements = form.FindAll("[data-testid=rating]").Count;
        RateEvery(form, "Met");
        for (var i = 0; i < requirements; i++)
        {
            form.Find($"#comment-{i}").Input($"comment {i}");
        }

        Choose(form, "#decision", "Reject");
        form.Find("#notes").Input("We chose someone with more Kafka experience.");

        form.Press("[data-testid=post-feedback]");

        form.WaitForAssertion(() => form.Find("[data-testid=error-ratings]").TextContent.ShouldContain(RejectionRule), Wait);
        form.FindAll("[data-testid=feedback-posted]").ShouldBeEmpty();
        form.Find("#notes").GetAttribute("value").ShouldBe("We chose someone with more Kafka experience.");
        form.Find("#comment-1").GetAttribute("value").ShouldBe("comment 1");
        Checked(form, "#rating-0").ShouldBe("Met");
        Checked(form, "#decision").ShouldBe("Reject");
        (await FeedbackPostedAsync(interview)).ShouldBeFalse();
    }

    [Fact]
    public async Task Sending_with_a_requirement_unrated_and_no_decision_marks_both_and_sends_nothing()
    {
        var interview = await TomsFirstInterviewAsync();
        await using var page = await PageTestContext.SignedInAsync(app, Demo.Client);
        var form = page.Bunit.Render<FeedbackForm>(p => p.Add(f => f.InterviewId, interview));
        form.WaitForAssertion(() => form.FindAll("[data-testid=rating]").ShouldNotBeEmpty(), Wait);
        Choose(form, "#rating-0", "Exceeded");

        form.Press("[data-testid=post-feedback]");

        form.WaitForAssertion(() => form.FindAll("[data-testid=requirement]")[1].TextContent.ShouldContain("Rate from 1 (not met) to 4 (exceeded)."), Wait);
        form.FindAll("[data-testid=requirement]")[0].TextContent.ShouldNotContain("Rate from 1");
        form.Find(".feedback-form").TextContent.ShouldContain("Choose Advance, Hold or Reject.");
        Checked(form, "#rating-0").ShouldBe("Exceeded");
        (await FeedbackPostedAsync(interview)).ShouldBeFalse();
    }

    private static void RateEvery(IRenderedComponent<FeedbackForm> form, string label)
    {
        for (var i = 0; i < form.FindAll("[data-testid=rating]").Count; i++)
        {
            Choose(form, $"#rating-{i}", label);
        }
    }

    /// <summary>Clicks the radio with this label in the group, as a person would.</summary>
    private static void Choose(IRenderedComponent<FeedbackForm> form, string group, string label) =>
        form.Press(f => f.FindAll($"{group} label.mud-radio").Single(l => l.TextContent.Trim() == label).QuerySelector("input")!);

    private static string? Checked(IRenderedComponent<FeedbackForm> form, string group) =>
        form.FindAll($"{group} label.mud-radio").SingleOrDefault(l => l.QuerySelector("input")!.HasAttribute("checked"))?.TextContent.Trim();

    private async Task<Guid> TomsFirstInterviewAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        return await (from i in db.Interviews join s in db.Submissions on i.SubmissionId equals s.Id join c in db.Candidates on s.CandidateId equals c.Id join p in db.Positions on s.PositionId equals p.Id where c.Name == "Tom Whitfield" && p.Title == "Senior Backend Engineer" && i.Round == 1 select i.Id).SingleAsync();
    }

    private async Task<bool> FeedbackPostedAsync(Guid interview)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().ClientFeedback.AnyAsync(f => f.InterviewId == interview);
    }
}
