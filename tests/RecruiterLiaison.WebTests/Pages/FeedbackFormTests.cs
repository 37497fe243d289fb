using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RecruiterLiaison.Infrastructure.Persistence;
using RecruiterLiaison.WebTests.Support;

namespace RecruiterLiaison.WebTests.Pages;

[Collection(AppCollection.Name)]
public sealed class FeedbackFormTests(AppFactory app)
{
    [Fact]
    public async Task An_unexplained_reject_is_refused_beside_the_ratings_and_keeps_what_the_client_typed()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var interview = await (from i in db.Interviews join s in db.Submissions on i.SubmissionId equals s.Id join c in db.Candidates on s.CandidateId equals c.Id join p in db.Positions on s.PositionId equals p.Id where c.Name == "Tom Whitfield" && p.Title == "Senior Backend Engineer" && i.Round == 1 select i.Id).SingleAsync();
        var requirements = await (from i in db.Interviews where i.Id == interview join s in db.Submissions on i.SubmissionId equals s.Id join r in db.Requirements on s.PositionId equals r.PositionId orderby r.Ordinal select r.Id).ToListAsync();
        var sarah = await app.SignedInClientAsync(Demo.Client);
        var fields = new Dictionary<string, string> { ["Input.Decision"] = "Reject", ["Input.Notes"] = "We chose someone with more Kafka experience." };
        for (var i = 0; i < requirements.Count; i++)
        {
            fields[$"Input.Ratings[{i}].RequirementId"] = requirements[i].ToString();
            fields[$"Input.Ratings[{i}].Rating"] = "3";
            fields[$"Input.Ratings[{i}].Comment"] = $"comment {i}";
        }

        var response = await AppFactory.PostFormAsync(sarah, $"/client/interviews/{interview}/feedback", "feedback", fields);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var page = await AppFactory.ParseAsync(response);
        page.QuerySelector("[data-testid=error-ratings]")!.TextContent.ShouldContain("at least one requirement rated Not met or Partly met");
        page.QuerySelector("#notes")!.TextContent.ShouldBe("We chose someone with more Kafka experience.");
        page.QuerySelector("#comment-1")!.GetAttribute("value").ShouldBe("comment 1");
        page.QuerySelector("#rating-0 option[selected]")!.GetAttribute("value").ShouldBe("3");
        page.QuerySelector("#decision option[selected]")!.GetAttribute("value").ShouldBe("Reject");
    }

    [Theory]
    [InlineData(Demo.Client2)]
    [InlineData(Demo.OtherAgencyClient)]
    public async Task A_client_who_did_not_interview_gets_404_for_the_form(string email)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var interview = await (from i in db.Interviews join s in db.Submissions on i.SubmissionId equals s.Id join c in db.Candidates on s.CandidateId equals c.Id join p in db.Positions on s.PositionId equals p.Id where c.Name == "Tom Whitfield" && p.Title == "Senior Backend Engineer" && i.Round == 1 select i.Id).SingleAsync();

        (await (await app.SignedInClientAsync(email)).GetAsync($"/client/interviews/{interview}/feedback")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}
