using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RecruiterLiaison.Domain.Candidates;
using RecruiterLiaison.Domain.Feedback;
using RecruiterLiaison.Domain.Interviews;
using RecruiterLiaison.Domain.Submissions;
using RecruiterLiaison.Infrastructure.Persistence;

namespace RecruiterLiaison.WebTests.Support;

/// <summary>A client with a contact and a position with requirements of its own, made through the API as a recruiter would.</summary>
public sealed record WorkspaceIds(Guid Client, string ClientName, uint ClientVersion, Guid Contact, uint ContactVersion, Guid Position, string PositionTitle, uint PositionVersion, IReadOnlyList<Guid> Requirements);

public sealed class WorkspaceScenario(AppFactory app)
{
    public static string Unique(string name) => $"{name} {Guid.NewGuid().ToString("N")[..8]}";

    public async Task<WorkspaceIds> CreateAsync(HttpClient? recruiter = null, params string[] requirements)
    {
        recruiter ??= await app.ApiClientAsync(Demo.Recruiter);
        var client = await CreatedAsync(await recruiter.PostAsJsonAsync("/api/v1/clients", new { name = Unique("Northwind Freight") }));
        var clientId = client.GetProperty("id").GetGuid();
        var contact = await CreatedAsync(await recruiter.PostAsJsonAsync($"/api/v1/clients/{clientId}/contacts",
            new { name = "Ines Duarte", title = "Head of Data", email = $"{Guid.NewGuid():N}@northwind.example", seniority = "Manager" }));
        var ids = new WorkspaceIds(
            clientId, client.GetProperty("name").GetString()!, client.GetProperty("version").GetUInt32(),
            contact.GetProperty("id").GetGuid(), contact.GetProperty("version").GetUInt32(), Guid.Empty, "", 0, []);
        return await PositionAtAsync(ids, recruiter, requirements);
    }

    /// <summary>The same client and contact with a new position of their own (clients are not multiplied where a position will do).</summary>
    public async Task<WorkspaceIds> PositionAtAsync(WorkspaceIds ids, HttpClient? recruiter = null, params string[] requirements)
    {
        recruiter ??= await app.ApiClientAsync(Demo.Recruiter);
        var position = await CreatedAsync(await recruiter.PostAsJsonAsync("/api/v1/positions", new
        {
            clientCompanyId = ids.Client,
            title = Unique("Data Engineer"),
            location = "Bristol",
            description = "Pipelines and the warehouse.",
            requirements = requirements.Length == 0 ? ["Python", "SQL", "Airflow"] : requirements,
        }));
        return ids with
        {
            Position = position.GetProperty("id").GetGuid(),
            PositionTitle = position.GetProperty("title").GetString()!,
            PositionVersion = position.GetProperty("version").GetUInt32(),
            Requirements = position.GetProperty("requirements").EnumerateArray().Select(r => r.GetProperty("id").GetGuid()).ToList(),
        };
    }

    /// <summary>Client feedback on a past interview that rates <paramref name="requirementId"/>, written straight to the database.</summary>
    public async Task RateAsync(WorkspaceIds ids, Guid requirementId)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var agency = await db.ClientCompanies.Where(c => c.Id == ids.Client).Select(c => c.AgencyId).SingleAsync();
        var candidate = new Candidate(agency, Unique("Lena Park"), $"{Guid.NewGuid():N}@candidate.example");
        var submission = new Submission(agency, candidate.Id, ids.Position, DateTimeOffset.UtcNow.AddDays(-9));
        var interview = new Interview(agency, submission.Id, 1, DateTimeOffset.UtcNow.AddDays(-2), 60, InterviewFormat.Video);
        interview.AddInterviewer(ids.Contact);
        var feedback = new ClientFeedback(agency, interview.Id, ids.Contact, FeedbackDecision.Advance, "", DateTimeOffset.UtcNow.AddDays(-1));
        feedback.Rate(requirementId, 3, "Met.");
        db.AddRange(candidate, submission, interview, feedback);
        await db.SaveChangesAsync();
    }

    public static async Task<JsonElement> CreatedAsync(HttpResponseMessage response)
    {
        if ((int)response.StatusCode != 201)
        {
            throw new InvalidOperationException($"Expected 201 from {response.RequestMessage?.RequestUri}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }

        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}
