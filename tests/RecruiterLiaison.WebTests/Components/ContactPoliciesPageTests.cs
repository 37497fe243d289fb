using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Bunit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RecruiterLiaison.Application.Clients.ContactPolicies;
using RecruiterLiaison.Infrastructure.Persistence;
using RecruiterLiaison.Web.Components.Pages.Admin;
using RecruiterLiaison.Web.Security;
using RecruiterLiaison.WebTests.Support;

namespace RecruiterLiaison.WebTests.Components;

[Collection(AppCollection.Name)]
public sealed class ContactPoliciesPageTests(AppFactory app)
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task An_admin_closes_a_client_to_notes_and_the_candidates_submit_is_refused_with_the_reason()
    {
        var (company, submission, interview, contact) = await MeridianAsync();
        var before = await PolicyAsync(company);
        await using var page = await PageTestContext.SignedInAsync(app, Demo.OtherAgencyAdmin);
        page.Bunit.Render<MudBlazor.MudSnackbarProvider>();
        var policies = page.Bunit.Render<ContactPoliciesPage>();
        policies.WaitForAssertion(() => policies.FindAll($"[data-client-id='{company}']").ShouldNotBeEmpty(), Wait);

        try
        {
            policies.Find($"[data-client-id='{company}'] [data-testid=notes-allowed]").Change(false);
            policies.Press($"[data-client-id='{company}'] [data-testid=save-policy]");

            await WaitUntilAsync(async () => !(await PolicyAsync(company)).NotesAllowed);
            var candidate = await app.ApiClientAsync(Demo.OtherAgencyCandidate);
            var refused = await candidate.PostAsJsonAsync("/api/v1/notes", new { submissionId = submission, interviewId = interview, recipientContactId = contact, kind = "ThankYou", body = "Dear Olivia, thank you for Tuesday." });

            refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
            (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("body")[0].GetString()!.ShouldContain("asked not to receive notes");
        }
        finally
        {
            var admin = await page.Bunit.Services.GetRequiredService<SignedInUser>().GetAsync();
            (await page.App.GetRequiredService<ChangeContactPolicyHandler>().HandleAsync(admin, new ChangeContactPolicyCommand(company, before.NotesAllowed, before.ThankYouNotesAllowed, before.MaxNotesPerRound, before.MinDaysBetweenNotes, before.QuietHoursStart, before.QuietHoursEnd)))
                .Succeeded.ShouldBeTrue();
        }
    }

    [Fact]
    public async Task A_nonsense_hour_gets_a_message_beside_the_field_keeps_what_was_typed_and_nothing_changes()
    {
        var (company, _, _, _) = await MeridianAsync();
        var before = await PolicyAsync(company);
        await using var page = await PageTestContext.SignedInAsync(app, Demo.OtherAgencyAdmin);
        var policies = page.Bunit.Render<ContactPoliciesPage>();
        policies.WaitForAssertion(() => policies.FindAll($"#quiet-from-{company}").ShouldNotBeEmpty(), Wait);

        policies.Find($"#quiet-from-{company}").Change("31");

        policies.WaitForAssertion(() => policies.Find($"[data-client-id='{company}']").TextContent.ShouldContain("An hour from 0 to 23."), Wait);
        policies.Press($"[data-client-id='{company}'] [data-testid=save-policy]");
        policies.WaitForAssertion(() => policies.Find($"[data-client-id='{company}']").TextContent.ShouldContain("An hour from 0 to 23."), Wait);
        policies.Find($"#quiet-from-{company}").GetAttribute("value").ShouldBe("31");
        (await PolicyAsync(company)).ShouldBe(before);
    }

    private async Task WaitUntilAsync(Func<Task<bool>> condition)
    {
        for (var attempt = 0; attempt < 50 && !await condition(); attempt++)
        {
            await Task.Delay(100);
        }

        (await condition()).ShouldBeTrue();
    }

    private async Task<ContactPolicyRow> PolicyAsync(Guid company)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        return await db.ContactPolicies.AsNoTracking().Where(p => p.ClientCompanyId == company)
            .Select(p => new ContactPolicyRow(p.ClientCompanyId, "", p.NotesAllowed, p.ThankYouNotesAllowed, p.MaxNotesPerRound, p.MinDaysBetweenNotes, p.QuietHoursStart, p.QuietHoursEnd))
            .SingleAsync();
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
