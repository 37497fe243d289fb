using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RecruiterLiaison.Infrastructure.Persistence;
using RecruiterLiaison.WebTests.Support;

namespace RecruiterLiaison.WebTests.Api;

[Collection(AppCollection.Name)]
public sealed class FeedbackApiTests(AppFactory app)
{
    /// <summary>Corvid's analyst interview with Aisha (client2): feedback is open.</summary>
    private async Task<(Guid InterviewId, Guid PositionId, Guid SubmissionId, List<Guid> Requirements)> AnalystInterviewAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var row = await (
                from i in db.Interviews
                join s in db.Submissions on i.SubmissionId equals s.Id
                join p in db.Positions on s.PositionId equals p.Id
                where p.Title == "Financial Systems Analyst"
                select new { InterviewId = i.Id, PositionId = p.Id, SubmissionId = s.Id })
            .SingleAsync();
        var requirements = await db.Requirements.Where(r => r.PositionId == row.PositionId).OrderBy(r => r.Ordinal).Select(r => r.Id).ToListAsync();
        return (row.InterviewId, row.PositionId, row.SubmissionId, requirements);
    }

    [Fact]
    public async Task A_position_shows_its_requirements_to_those_who_may_see_it_and_404_to_others()
    {
        var (_, position, _, requirements) = await AnalystInterviewAsync();

        var seen = await (await app.ApiClientAsync(Demo.Client2)).GetFromJsonAsync<JsonElement>($"/api/v1/positions/{position}");
        seen.GetProperty("title").GetString().ShouldBe("Financial Systems Analyst");
        seen.GetProperty("requirements").GetArrayLength().ShouldBe(requirements.Count);
        (await (await app.ApiClientAsync(Demo.Candidate)).GetAsync($"/api/v1/positions/{position}")).StatusCode.ShouldBe(HttpStatusCode.OK);

        (await (await app.ApiClientAsync(Demo.Client)).GetAsync($"/api/v1/positions/{position}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await (await app.ApiClientAsync(Demo.Candidate2)).GetAsync($"/api/v1/positions/{position}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await (await app.ApiClientAsync(Demo.OtherAgencyRecruiter)).GetAsync($"/api/v1/positions/{position}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_feedback_story_through_the_api_reject_explained_window_closed_and_one_request_only()
    {
        var (interview, _, submission, requirements) = await AnalystInterviewAsync();
        var aisha = await app.ApiClientAsync(Demo.Client2);
        var priya = await app.ApiClientAsync(Demo.Candidate);

        // Asking for feedback before a rejection: 400.
        (await priya.PostAsync($"/api/v1/submissions/{submission}/feedback-requests", null)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);

        // A rejection with every requirement met is refused with a field error.
        var unexplained = await aisha.PostAsJsonAsync($"/api/v1/interviews/{interview}/feedback", new
        {
            decision = "Reject",
            ratings = requirements.Select(id => new { requirementId = id, rating = 3, comment = "Fine." }),
            notes = "Went with an internal candidate.",
        });
        unexplained.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await unexplained.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("ratings")[0].GetString()!
            .ShouldContain("at least one requirement rated Not met or Partly met");

        // An explained rejection is accepted, closes the window and rejects the submission.
        var explained = await aisha.PostAsJsonAsync($"/api/v1/interviews/{interview}/feedback", new
        {
            decision = "Reject",
            ratings = requirements.Select((id, index) => new { requirementId = id, rating = index == 0 ? 2 : 3, comment = index == 0 ? "Has used NetSuite only for reporting, not configuration." : "" }),
            notes = "Strong otherwise.",
        });
        explained.StatusCode.ShouldBe(HttpStatusCode.Created);
        var window = await (await app.ApiClientAsync(Demo.Recruiter)).GetFromJsonAsync<JsonElement>($"/api/v1/interviews/{interview}/feedback-window");
        window.GetProperty("status").GetString().ShouldBe("Received");

        // Posting twice is a conflict.
        (await aisha.PostAsJsonAsync($"/api/v1/interviews/{interview}/feedback", new { decision = "Advance", ratings = requirements.Select(id => new { requirementId = id, rating = 3, comment = "" }) }))
            .StatusCode.ShouldBe(HttpStatusCode.Conflict);

        // Now the candidate may ask once; a second request is refused.
        (await priya.PostAsync($"/api/v1/submissions/{submission}/feedback-requests", null)).StatusCode.ShouldBe(HttpStatusCode.Created);
        (await priya.PostAsync($"/api/v1/submissions/{submission}/feedback-requests", null)).StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await (await app.ApiClientAsync(Demo.Candidate2)).PostAsync($"/api/v1/submissions/{submission}/feedback-requests", null)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Only_the_agencys_recruiter_moves_a_window_and_bad_times_are_refused()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var interview = await (from i in db.Interviews join s in db.Submissions on i.SubmissionId equals s.Id join c in db.Candidates on s.CandidateId equals c.Id where c.Name == "Tom Whitfield" select i).FirstAsync();
        var due = interview.ScheduledAt.AddDays(10);

        var moved = await (await app.ApiClientAsync(Demo.Recruiter)).PutAsJsonAsync($"/api/v1/interviews/{interview.Id}/feedback-window", new { dueAt = due });
        moved.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await moved.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("dueAt").GetDateTimeOffset().ShouldBe(due);

        (await (await app.ApiClientAsync(Demo.Recruiter)).PutAsJsonAsync($"/api/v1/interviews/{interview.Id}/feedback-window", new { dueAt = interview.ScheduledAt.AddDays(-1) })).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await (await app.ApiClientAsync(Demo.Candidate2)).PutAsJsonAsync($"/api/v1/interviews/{interview.Id}/feedback-window", new { dueAt = due })).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await (await app.ApiClientAsync(Demo.OtherAgencyRecruiter)).PutAsJsonAsync($"/api/v1/interviews/{interview.Id}/feedback-window", new { dueAt = due })).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await (await app.ApiClientAsync(Demo.OtherAgencyRecruiter)).GetAsync($"/api/v1/interviews/{interview.Id}/feedback-window")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}
