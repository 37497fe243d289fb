using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RecruiterLiaison.Infrastructure.Persistence;
using RecruiterLiaison.WebTests.Support;

namespace RecruiterLiaison.WebTests.Pages;

[Collection(AppCollection.Name)]
public sealed class ContactPolicyTests(AppFactory app)
{
    [Fact]
    public async Task An_admin_closes_a_client_to_notes_and_the_candidates_submit_is_refused_with_the_reason()
    {
        var (company, submission, interview, contact) = await MeridianAsync();
        var admin = await app.SignedInClientAsync(Demo.OtherAgencyAdmin);

        var saved = await AppFactory.PostFormAsync(admin, "/admin/contact-policies", $"policy-{company}", new()
        {
            ["Input.ThankYouNotesAllowed"] = "true", ["Input.MaxNotesPerRound"] = "2", ["Input.MinDaysBetweenNotes"] = "1", ["Input.QuietHoursStart"] = "19", ["Input.QuietHoursEnd"] = "8",
        });
        saved.StatusCode.ShouldBe(HttpStatusCode.Redirect);

        try
        {
            var candidate = await app.ApiClientAsync(Demo.OtherAgencyCandidate);
            var refused = await candidate.PostAsJsonAsync("/api/v1/notes", new { submissionId = submission, interviewId = interview, recipientContactId = contact, kind = "ThankYou", body = "Dear Olivia, thank you for Tuesday." });

            refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
            (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("body")[0].GetString()!.ShouldContain("asked not to receive notes");
        }
        finally
        {
            (await AppFactory.PostFormAsync(admin, "/admin/contact-policies", $"policy-{company}", new()
            {
                ["Input.NotesAllowed"] = "true", ["Input.ThankYouNotesAllowed"] = "true", ["Input.MaxNotesPerRound"] = "2", ["Input.MinDaysBetweenNotes"] = "2", ["Input.QuietHoursStart"] = "19", ["Input.QuietHoursEnd"] = "8",
            })).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        }
    }

    [Fact]
    public async Task A_nonsense_hour_gets_a_message_and_nothing_changes()
    {
        var (company, _, _, _) = await MeridianAsync();
        var admin = await app.SignedInClientAsync(Demo.OtherAgencyAdmin);

        var response = await AppFactory.PostFormAsync(admin, "/admin/contact-policies", $"policy-{company}", new()
        {
            ["Input.NotesAllowed"] = "true", ["Input.MaxNotesPerRound"] = "2", ["Input.MinDaysBetweenNotes"] = "2", ["Input.QuietHoursStart"] = "31", ["Input.QuietHoursEnd"] = "eight",
        });

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await AppFactory.ParseAsync(response)).QuerySelector("[data-testid=policy-error]")!.TextContent.ShouldContain("An hour from 0 to 23.");
    }

    [Fact]
    public async Task Another_agencys_admin_sees_none_of_these_clients_and_a_recruiter_cannot_open_the_page()
    {
        var page = await (await (await app.SignedInClientAsync(Demo.Admin)).GetAsync("/admin/contact-policies")).Content.ReadAsStringAsync();
        page.ShouldContain("Halcyon Logistics");
        page.ShouldNotContain("Aldgate Insurance");

        var recruiter = await (await app.SignedInClientAsync(Demo.Recruiter)).GetAsync("/admin/contact-policies");
        recruiter.Headers.Location!.AbsolutePath.ShouldBe("/Account/AccessDenied");
    }

    private async Task<(Guid Company, Guid Submission, Guid Interview, Guid Contact)> MeridianAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var row = await (
                from s in db.Submissions
                join p in db.Positions on s.PositionId equals p.Id
                join i in db.Interviews on s.Id equals i.SubmissionId
                from v in i.Interviewers
                where p.Title == "Claims Platform Engineer"
                select new { p.ClientCompanyId, SubmissionId = s.Id, InterviewId = i.Id, v.ClientContactId })
            .SingleAsync();
        return (row.ClientCompanyId, row.SubmissionId, row.InterviewId, row.ClientContactId);
    }
}
