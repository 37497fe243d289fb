using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RecruiterLiaison.Domain.Feedback;
using RecruiterLiaison.Domain.Positions;
using RecruiterLiaison.Domain.Submissions;
using RecruiterLiaison.Infrastructure.Persistence;
using RecruiterLiaison.Web.Components.Pages.Recruiter;
using RecruiterLiaison.WebTests.Support;

namespace RecruiterLiaison.WebTests.Components;

/// <summary>The recruiter reads a client's feedback and relays a summary; answers a candidate's feedback request.</summary>
[Collection(AppCollection.Name)]
public sealed class RecruiterFeedbackPagesTests(AppFactory app)
{
    // A page waiting on the database under a loaded suite needs more than bunit's default second.
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task A_window_moved_before_the_interview_is_refused_beside_the_field_and_the_typed_time_stays()
    {
        var interview = await InterviewOfAsync("Tom Whitfield", "Senior Backend Engineer");
        await using var page = await PageTestContext.SignedInAsync(app, Demo.Recruiter);
        page.Bunit.SetRendererInfo(new RendererInfo("Server", isInteractive: true));
        var feedback = page.Render<InterviewFeedback>(p => p.Add(f => f.InterviewId, interview));
        feedback.WaitForElement("#due", Wait);

        feedback.Find("#due").Change("2020-01-06T09:00");
        feedback.Press("[data-testid=set-due]");

        feedback.WaitForAssertion(() => feedback.Markup.ShouldContain("Choose a due time after the interview."), Wait);
        feedback.Find("#due").GetAttribute("value").ShouldBe("2020-01-06T09:00");
    }

    [Fact]
    public async Task An_empty_summary_is_refused_beside_the_field_and_a_written_one_is_relayed_and_shown()
    {
        var interview = await InterviewOfAsync("Priya Raman", "Senior Backend Engineer", round: 1);
        await using var page = await PageTestContext.SignedInAsync(app, Demo.Recruiter);
        page.Bunit.SetRendererInfo(new RendererInfo("Server", isInteractive: true));
        var feedback = page.Render<InterviewFeedback>(p => p.Add(f => f.InterviewId, interview));
        feedback.WaitForAssertion(() => feedback.Find("[data-testid=ratings]").TextContent.ShouldContain("Walked through a real incident in detail."), Wait);
        feedback.Find("#summary").GetAttribute("value").ShouldNotBeNullOrWhiteSpace();

        feedback.Find("#summary").Change("   ");
        feedback.Press("[data-testid=relay-summary]");
        feedback.WaitForAssertion(() => feedback.Markup.ShouldContain("Write the summary the candidate will read"), Wait);
        feedback.FindAll("[data-testid=relayed-summary]").ShouldBeEmpty();

        feedback.Find("#summary").Change("Halcyon would like to see you again; they enjoyed the incident walk-through.");
        feedback.Press("[data-testid=relay-summary]");

        feedback.WaitForAssertion(() => feedback.Find("[data-testid=relayed-summary]").TextContent.ShouldContain("incident walk-through"), Wait);
        await using var db = await page.App.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        (await db.ClientFeedback.SingleAsync(f => f.InterviewId == interview)).CandidateSummary!.ShouldContain("incident walk-through");
    }

    [Fact]
    public async Task Someone_elses_interview_renders_nothing_of_its_own()
    {
        var interview = await InterviewOfAsync("Priya Raman", "Senior Backend Engineer", round: 1);
        await using var page = await PageTestContext.SignedInAsync(app, Demo.OtherAgencyRecruiter);
        page.Bunit.SetRendererInfo(new RendererInfo("Server", isInteractive: true));

        var feedback = page.Render<InterviewFeedback>(p => p.Add(f => f.InterviewId, interview));

        feedback.FindAll("h1").ShouldBeEmpty();
        feedback.Markup.ShouldNotContain("Priya");
    }

    [Fact]
    public async Task A_feedback_request_is_answered_from_the_page_after_an_empty_answer_is_refused_beside_the_field()
    {
        var submission = await RejectedSubmissionWithRequestAsync();
        await using var page = await PageTestContext.SignedInAsync(app, Demo.Recruiter);
        page.Bunit.SetRendererInfo(new RendererInfo("Server", isInteractive: true));
        var request = page.Render<FeedbackRequestPage>(p => p.Add(f => f.SubmissionId, submission));
        request.WaitForElement("#answer", Wait);

        request.Press("[data-testid=ask-client]");
        request.WaitForAssertion(() => request.Find("[data-testid=ask-error]").TextContent.ShouldContain("Nobody at the client interviewed this candidate"), Wait);

        request.Press("[data-testid=answer-request]");
        request.WaitForAssertion(() => request.Markup.ShouldContain("Write the answer the candidate will read"), Wait);

        request.Find("#answer").Change("They went with someone with more reliability engineering experience.");
        request.Press("[data-testid=answer-request]");

        request.WaitForAssertion(() => request.Find("[data-testid=request-answer]").TextContent.ShouldContain("more reliability engineering experience"), Wait);
        request.FindAll("#answer").ShouldBeEmpty();
    }

    private async Task<Guid> InterviewOfAsync(string candidate, string position, int round = 1)
    {
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        return await (
                from i in db.Interviews
                join s in db.Submissions on i.SubmissionId equals s.Id
                join c in db.Candidates on s.CandidateId equals c.Id
                join p in db.Positions on s.PositionId equals p.Id
                where c.Name == candidate && p.Title == position && i.Round == round
                select i.Id)
            .SingleAsync();
    }

    /// <summary>Priya, rejected at the recruiter screen for a position of its own, has asked for feedback: nobody at the client met her.</summary>
    private async Task<Guid> RejectedSubmissionWithRequestAsync()
    {
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        var priya = await db.Candidates.SingleAsync(c => c.Email == Demo.Candidate);
        var halcyon = await db.ClientCompanies.SingleAsync(c => c.AgencyId == priya.AgencyId && c.Name == "Halcyon Logistics");
        var now = DateTimeOffset.UtcNow;
        var position = new Position(priya.AgencyId, halcyon.Id, $"Reliability Engineer {Guid.NewGuid():N}", "Keep the tracking services up.");
        var submission = new Submission(priya.AgencyId, priya.Id, position.Id, now.AddDays(-3));
        submission.MoveTo(SubmissionStage.Rejected, now.AddDays(-1), null);
        db.Positions.Add(position);
        db.Submissions.Add(submission);
        db.FeedbackRequests.Add(new FeedbackRequest(priya.AgencyId, submission.Id, priya.Id, now.AddHours(-2)));
        await db.SaveChangesAsync();
        return submission.Id;
    }
}
