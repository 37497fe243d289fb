using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RecruiterLiaison.Infrastructure.Persistence;

namespace RecruiterLiaison.WebTests.Support;

/// <summary>Builds notes in given states through the public API, as real callers would.</summary>
public sealed class Scenario(AppFactory app)
{
    public async Task<(Guid SubmissionId, Guid InterviewId, Guid ContactId)> PriyaToSarahAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var target = await (
                from s in db.Submissions
                join c in db.Candidates on s.CandidateId equals c.Id
                join p in db.Positions on s.PositionId equals p.Id
                join i in db.Interviews on s.Id equals i.SubmissionId
                from v in i.Interviewers
                join contact in db.ClientContacts on v.ClientContactId equals contact.Id
                where c.Email == Demo.Candidate && p.Title == "Senior Backend Engineer" && contact.Name == "Sarah Lindqvist" && i.Round == 1
                select new { s.Id, InterviewId = i.Id, ContactId = contact.Id })
            .SingleAsync();
        return (target.Id, target.InterviewId, target.ContactId);
    }

    /// <summary>Submits a note as Priya to Sarah and returns its id and concurrency version.</summary>
    public async Task<(Guid Id, uint Version)> SubmitAsync(string body, string kind = "FollowUp")
    {
        var (submission, interview, contact) = await PriyaToSarahAsync();
        var candidate = await app.ApiClientAsync(Demo.Candidate);
        var response = await candidate.PostAsJsonAsync("/api/v1/notes", new { submissionId = submission, interviewId = interview, recipientContactId = contact, kind, body });
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"Submitting failed: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }

        var created = await response.Content.ReadFromJsonAsync<JsonElement>();
        return (created.GetProperty("id").GetGuid(), created.GetProperty("version").GetUInt32());
    }

    /// <summary>A note in each status, each with its own recognisable text.</summary>
    public async Task<Dictionary<string, (Guid Id, string Original, string? Delivered)>> NoteInEveryStatusAsync(string marker)
    {
        var recruiter = await app.ApiClientAsync(Demo.Recruiter);
        var candidate = await app.ApiClientAsync(Demo.Candidate);
        var notes = new Dictionary<string, (Guid, string, string?)>();

        var pending = await SubmitAsync($"Pending {marker} original text");
        notes["PendingReview"] = (pending.Id, $"Pending {marker} original text", null);

        var approved = await SubmitAsync($"Approved {marker} original text");
        (await recruiter.PostAsJsonAsync($"/api/v1/notes/{approved.Id}/approve", new { version = approved.Version })).EnsureSuccessStatusCode();
        notes["Approved"] = (approved.Id, $"Approved {marker} original text", $"Approved {marker} original text");

        var rewritten = await SubmitAsync($"Rewritten {marker} original text");
        (await recruiter.PostAsJsonAsync($"/api/v1/notes/{rewritten.Id}/approve", new { version = rewritten.Version, body = $"Rewritten {marker} delivered text" })).EnsureSuccessStatusCode();
        notes["Rewritten"] = (rewritten.Id, $"Rewritten {marker} original text", $"Rewritten {marker} delivered text");

        var declined = await SubmitAsync($"Declined {marker} original text");
        (await recruiter.PostAsJsonAsync($"/api/v1/notes/{declined.Id}/decline", new { version = declined.Version, reason = "Tone", message = "Not this." })).EnsureSuccessStatusCode();
        notes["Declined"] = (declined.Id, $"Declined {marker} original text", null);

        var returned = await SubmitAsync($"Returned {marker} original text");
        (await recruiter.PostAsJsonAsync($"/api/v1/notes/{returned.Id}/return", new { version = returned.Version, message = "Shorter please." })).EnsureSuccessStatusCode();
        notes["Returned"] = (returned.Id, $"Returned {marker} original text", null);

        var withdrawn = await SubmitAsync($"Withdrawn {marker} original text");
        (await candidate.PostAsync($"/api/v1/notes/{withdrawn.Id}/withdraw", null)).EnsureSuccessStatusCode();
        notes["Withdrawn"] = (withdrawn.Id, $"Withdrawn {marker} original text", null);
        return notes;
    }
}
