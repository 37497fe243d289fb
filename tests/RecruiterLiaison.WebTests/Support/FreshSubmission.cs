using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RecruiterLiaison.Domain.Positions;
using RecruiterLiaison.Domain.Submissions;
using RecruiterLiaison.Infrastructure.Persistence;

namespace RecruiterLiaison.WebTests.Support;

/// <summary>
/// A submission of its own for a test that changes state (withdraws, removes, rejects): Priya
/// put forward for a new Halcyon position, so the demo data other tests read stays as it is.
/// </summary>
public sealed class FreshSubmission(AppFactory app)
{
    public sealed record Ids(Guid SubmissionId, Guid PositionId, Guid SarahContactId, Guid JamesContactId, IReadOnlyList<Guid> Requirements);

    public async Task<Ids> PriyaPutForwardAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var priya = await db.Candidates.SingleAsync(c => c.Email == Demo.Candidate);
        var halcyon = await db.ClientCompanies.SingleAsync(c => c.AgencyId == priya.AgencyId && c.Name == "Halcyon Logistics");
        var sarah = await db.ClientContacts.SingleAsync(c => c.Email == Demo.Client);
        var james = await db.ClientContacts.SingleAsync(c => c.AgencyId == priya.AgencyId && c.Name == "James Porter");
        var position = new Position(priya.AgencyId, halcyon.Id, $"Platform Engineer {Guid.NewGuid().ToString("N")[..8]}", "A position of this test's own.");
        var requirements = new[] { position.AddRequirement("C# services in production"), position.AddRequirement("PostgreSQL tuning") };
        var submission = new Submission(priya.AgencyId, priya.Id, position.Id, DateTimeOffset.UtcNow.AddDays(-10));
        db.Positions.Add(position);
        db.Submissions.Add(submission);
        await db.SaveChangesAsync();
        return new Ids(submission.Id, position.Id, sarah.Id, james.Id, requirements.Select(r => r.Id).ToList());
    }

    /// <summary>Books a round through the API, by default two days ago so it can be debriefed and rated.</summary>
    public async Task<Guid> BookInterviewAsync(Guid submissionId, Guid contactId, DateTimeOffset? at = null)
    {
        var recruiter = await app.ApiClientAsync(Demo.Recruiter);
        var response = await recruiter.PostAsJsonAsync($"/api/v1/submissions/{submissionId}/interviews", new
        {
            scheduledAt = at ?? DateTimeOffset.UtcNow.AddDays(-2),
            durationMinutes = 45,
            format = "Video",
            interviewerContactIds = new[] { contactId },
        });
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"Booking failed: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }

        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    /// <summary>Priya's note to Sarah on that interview, approved as written: delivered to Sarah's inbox.</summary>
    public async Task<Guid> DeliveredNoteAsync(Guid submissionId, Guid interviewId, Guid contactId, string body)
    {
        var candidate = await app.ApiClientAsync(Demo.Candidate);
        var submitted = await candidate.PostAsJsonAsync("/api/v1/notes", new { submissionId, interviewId, recipientContactId = contactId, kind = "ThankYou", body });
        if (!submitted.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"Submitting failed: {(int)submitted.StatusCode} {await submitted.Content.ReadAsStringAsync()}");
        }

        var note = await submitted.Content.ReadFromJsonAsync<JsonElement>();
        var id = note.GetProperty("id").GetGuid();
        var recruiter = await app.ApiClientAsync(Demo.Recruiter);
        (await recruiter.PostAsJsonAsync($"/api/v1/notes/{id}/approve", new { version = note.GetProperty("version").GetUInt32() })).EnsureSuccessStatusCode();
        return id;
    }
}
