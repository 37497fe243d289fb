using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RecruiterLiaison.Infrastructure.Persistence;
using RecruiterLiaison.WebTests.Support;

namespace RecruiterLiaison.WebTests.Pages;

/// <summary>Who may open the form; filling it in is tested with bunit (Components/FeedbackFormPageTests).</summary>
[Collection(AppCollection.Name)]
public sealed class FeedbackFormTests(AppFactory app)
{
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
