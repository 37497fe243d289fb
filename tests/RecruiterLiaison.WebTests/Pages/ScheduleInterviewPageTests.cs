using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RecruiterLiaison.Infrastructure.Persistence;
using RecruiterLiaison.WebTests.Support;

namespace RecruiterLiaison.WebTests.Pages;

[Collection(AppCollection.Name)]
public sealed class ScheduleInterviewPageTests(AppFactory app)
{
    [Fact]
    public async Task A_recruiter_books_a_round_with_two_interviewers_from_the_form()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var submission = await (from s in db.Submissions join p in db.Positions on s.PositionId equals p.Id where p.Title == "Data Platform Lead" select s.Id).SingleAsync();
        var contacts = await db.ClientContacts.Where(c => c.Name == "James Porter" || c.Name == "Sarah Lindqvist").Select(c => c.Id).ToListAsync();
        var recruiter = await app.SignedInClientAsync(Demo.Recruiter);
        var page = await AppFactory.ParseAsync(await recruiter.GetAsync("/recruiter/submissions"));
        var token = page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var fields = new List<KeyValuePair<string, string>>
        {
            new("__RequestVerificationToken", token), new("_handler", $"schedule-{submission}"),
            new("Input.When", "2026-12-02T10:30"), new("Input.Duration", "45"), new("Input.Format", "OnSite"),
        };
        fields.AddRange(contacts.Select(id => new KeyValuePair<string, string>("Input.Interviewers", id.ToString())));

        var response = await recruiter.PostAsync("/recruiter/submissions", new FormUrlEncodedContent(fields));

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var interview = await db.Interviews.Include(i => i.Interviewers).AsNoTracking().SingleAsync(i => i.SubmissionId == submission);
        interview.Interviewers.Select(v => v.ClientContactId).ShouldBe(contacts, ignoreOrder: true);
        interview.DurationMinutes.ShouldBe(45);
        (await db.FeedbackWindows.AnyAsync(w => w.InterviewId == interview.Id)).ShouldBeTrue();
    }
}
