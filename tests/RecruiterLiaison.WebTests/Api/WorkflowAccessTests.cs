using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RecruiterLiaison.Infrastructure.Persistence;
using RecruiterLiaison.Web.Security;
using RecruiterLiaison.WebTests.Support;

namespace RecruiterLiaison.WebTests.Api;

/// <summary>
/// The access matrix of the workflow endpoints: Northbridge's ids (Priya's submission and first
/// interview, a note delivered to Sarah, Sarah's reply to it) asked for by every role and by
/// Meridian's people. A wrong owner or agency answers 404, a wrong role at a list 403, and each
/// refusal is in the audit trail. The owners' own successes are in <see cref="WorkflowApiTests"/>.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class WorkflowAccessTests(AppFactory app) : IAsyncLifetime
{
    // Set up once per app, not per case: the cases only read or are refused.
    private static readonly object Gate = new();
    private static (AppFactory App, Task<Ids> Ids)? _shared;

    private Ids _ids = null!;

    private sealed record Ids(Guid Submission, Guid Interview, Guid Note, Guid Reply, uint ReplyVersion);

    public async Task InitializeAsync()
    {
        Task<Ids> setup;
        lock (Gate)
        {
            if (_shared is not { } shared || shared.App != app)
            {
                _shared = (app, SetUpAsync());
            }

            setup = _shared.Value.Ids;
        }

        _ids = await setup;
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private async Task<Ids> SetUpAsync()
    {
        var scenario = new Scenario(app);
        var (submission, interview, _) = await scenario.PriyaToSarahAsync();
        var (note, version) = await scenario.SubmitAsync("Dear Sarah, thank you for Friday's interview. Kind regards, Priya", "ThankYou");
        (await (await app.ApiClientAsync(Demo.Recruiter)).PostAsJsonAsync($"/api/v1/notes/{note}/approve", new { version })).EnsureSuccessStatusCode();
        var replied = await (await app.ApiClientAsync(Demo.Client)).PostAsJsonAsync($"/api/v1/notes/{note}/replies", new { body = "Thank you, Priya; we will be in touch." });
        replied.EnsureSuccessStatusCode();
        var reply = (await replied.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        await using var scope = app.Services.CreateAsyncScope();
        var replyVersion = await scope.ServiceProvider.GetRequiredService<AppDbContext>().ClientReplies.Where(r => r.Id == reply).Select(r => r.Version).SingleAsync();
        return new Ids(submission, interview, note, reply, replyVersion);
    }

    public static TheoryData<string, string, string, int> Endpoints() => new()
    {
        // method, path ({note}, {reply}, {submission}, {interview}), account, expected status
        { "POST", "/api/v1/notes/{note}/read", Demo.Client, 200 },
        { "POST", "/api/v1/notes/{note}/read", Demo.Client2, 404 },
        { "POST", "/api/v1/notes/{note}/read", Demo.Candidate, 404 },
        { "POST", "/api/v1/notes/{note}/read", Demo.Recruiter, 404 },
        { "POST", "/api/v1/notes/{note}/read", Demo.Admin, 404 },
        { "POST", "/api/v1/notes/{note}/read", Demo.OtherAgencyClient, 404 },
        { "POST", "/api/v1/notes/{note}/replies", Demo.Client2, 404 },
        { "POST", "/api/v1/notes/{note}/replies", Demo.Candidate, 404 },
        { "POST", "/api/v1/notes/{note}/replies", Demo.Recruiter, 404 },
        { "POST", "/api/v1/notes/{note}/replies", Demo.Admin, 404 },
        { "POST", "/api/v1/notes/{note}/replies", Demo.OtherAgencyClient, 404 },
        { "POST", "/api/v1/notes/{note}/revise", Demo.Candidate2, 404 },
        { "POST", "/api/v1/notes/{note}/revise", Demo.Recruiter, 404 },
        { "POST", "/api/v1/notes/{note}/revise", Demo.Client, 404 },
        { "POST", "/api/v1/notes/{note}/revise", Demo.Admin, 404 },
        { "POST", "/api/v1/notes/{note}/revise", Demo.OtherAgencyCandidate, 404 },
        { "GET", "/api/v1/notes", Demo.Candidate, 200 },
        { "GET", "/api/v1/notes", Demo.Recruiter, 403 },
        { "GET", "/api/v1/notes", Demo.Client, 403 },
        { "GET", "/api/v1/notes", Demo.Admin, 403 },
        { "GET", "/api/v1/review-queue/replies", Demo.Recruiter, 200 },
        { "GET", "/api/v1/review-queue/replies", Demo.Candidate, 403 },
        { "GET", "/api/v1/review-queue/replies", Demo.Client, 403 },
        { "GET", "/api/v1/review-queue/replies", Demo.Admin, 403 },
        { "POST", "/api/v1/replies/{reply}/relay", Demo.Candidate, 404 },
        { "POST", "/api/v1/replies/{reply}/relay", Demo.Client, 404 },
        { "POST", "/api/v1/replies/{reply}/relay", Demo.Admin, 404 },
        { "POST", "/api/v1/replies/{reply}/relay", Demo.OtherAgencyRecruiter, 404 },
        { "POST", "/api/v1/replies/{reply}/keep-back", Demo.Candidate, 404 },
        { "POST", "/api/v1/replies/{reply}/keep-back", Demo.Client, 404 },
        { "POST", "/api/v1/replies/{reply}/keep-back", Demo.Admin, 404 },
        { "POST", "/api/v1/replies/{reply}/keep-back", Demo.OtherAgencyRecruiter, 404 },
        { "GET", "/api/v1/interviews/{interview}/debrief", Demo.Candidate, 200 },
        { "GET", "/api/v1/interviews/{interview}/debrief", Demo.Recruiter, 200 },
        { "GET", "/api/v1/interviews/{interview}/debrief", Demo.Candidate2, 404 },
        { "GET", "/api/v1/interviews/{interview}/debrief", Demo.Client, 404 },
        { "GET", "/api/v1/interviews/{interview}/debrief", Demo.Admin, 404 },
        { "GET", "/api/v1/interviews/{interview}/debrief", Demo.OtherAgencyRecruiter, 404 },
        { "GET", "/api/v1/interviews/{interview}/debrief", Demo.OtherAgencyCandidate, 404 },
        { "PUT", "/api/v1/interviews/{interview}/debrief", Demo.Candidate2, 404 },
        { "PUT", "/api/v1/interviews/{interview}/debrief", Demo.Recruiter, 404 },
        { "PUT", "/api/v1/interviews/{interview}/debrief", Demo.Client, 404 },
        { "PUT", "/api/v1/interviews/{interview}/debrief", Demo.Admin, 404 },
        { "PUT", "/api/v1/interviews/{interview}/debrief", Demo.OtherAgencyCandidate, 404 },
        { "POST", "/api/v1/submissions/{submission}/interviews", Demo.Candidate, 404 },
        { "POST", "/api/v1/submissions/{submission}/interviews", Demo.Client, 404 },
        { "POST", "/api/v1/submissions/{submission}/interviews", Demo.Admin, 404 },
        { "POST", "/api/v1/submissions/{submission}/interviews", Demo.OtherAgencyRecruiter, 404 },
        { "GET", "/api/v1/interviews/{interview}/feedback", Demo.Recruiter, 200 },
        { "GET", "/api/v1/interviews/{interview}/feedback", Demo.Candidate, 404 },
        { "GET", "/api/v1/interviews/{interview}/feedback", Demo.Client, 404 },
        { "GET", "/api/v1/interviews/{interview}/feedback", Demo.Admin, 404 },
        { "GET", "/api/v1/interviews/{interview}/feedback", Demo.OtherAgencyRecruiter, 404 },
        { "GET", "/api/v1/interviews/{interview}/feedback-form", Demo.Client, 200 },
        { "GET", "/api/v1/interviews/{interview}/feedback-form", Demo.Client2, 404 },
        { "GET", "/api/v1/interviews/{interview}/feedback-form", Demo.Candidate, 404 },
        { "GET", "/api/v1/interviews/{interview}/feedback-form", Demo.Recruiter, 404 },
        { "GET", "/api/v1/interviews/{interview}/feedback-form", Demo.OtherAgencyClient, 404 },
        { "POST", "/api/v1/interviews/{interview}/feedback/relay", Demo.Candidate, 404 },
        { "POST", "/api/v1/interviews/{interview}/feedback/relay", Demo.Client, 404 },
        { "POST", "/api/v1/interviews/{interview}/feedback/relay", Demo.Admin, 404 },
        { "POST", "/api/v1/interviews/{interview}/feedback/relay", Demo.OtherAgencyRecruiter, 404 },
        { "GET", "/api/v1/submissions/{submission}/draft-options", Demo.Candidate, 200 },
        { "GET", "/api/v1/submissions/{submission}/draft-options", Demo.Candidate2, 404 },
        { "GET", "/api/v1/submissions/{submission}/draft-options", Demo.Recruiter, 404 },
        { "GET", "/api/v1/submissions/{submission}/draft-options", Demo.Client, 404 },
        { "GET", "/api/v1/submissions/{submission}/draft-options", Demo.OtherAgencyCandidate, 404 },
        { "POST", "/api/v1/submissions/{submission}/withdraw", Demo.Candidate2, 404 },
        { "POST", "/api/v1/submissions/{submission}/withdraw", Demo.Recruiter, 404 },
        { "POST", "/api/v1/submissions/{submission}/withdraw", Demo.Client, 404 },
        { "POST", "/api/v1/submissions/{submission}/withdraw", Demo.Admin, 404 },
        { "POST", "/api/v1/submissions/{submission}/withdraw", Demo.OtherAgencyCandidate, 404 },
        { "POST", "/api/v1/submissions/{submission}/removal-request", Demo.Client2, 404 },
        { "POST", "/api/v1/submissions/{submission}/removal-request", Demo.Candidate, 404 },
        { "POST", "/api/v1/submissions/{submission}/removal-request", Demo.Recruiter, 404 },
        { "POST", "/api/v1/submissions/{submission}/removal-request", Demo.Admin, 404 },
        { "POST", "/api/v1/submissions/{submission}/removal-request", Demo.OtherAgencyClient, 404 },
        { "GET", "/api/v1/removal-requests", Demo.Recruiter, 200 },
        { "GET", "/api/v1/removal-requests", Demo.Candidate, 403 },
        { "GET", "/api/v1/removal-requests", Demo.Client, 403 },
        { "GET", "/api/v1/removal-requests", Demo.Admin, 403 },
        { "POST", "/api/v1/submissions/{submission}/removal-request/confirm", Demo.Candidate, 404 },
        { "POST", "/api/v1/submissions/{submission}/removal-request/confirm", Demo.Client, 404 },
        { "POST", "/api/v1/submissions/{submission}/removal-request/confirm", Demo.Admin, 404 },
        { "POST", "/api/v1/submissions/{submission}/removal-request/confirm", Demo.OtherAgencyRecruiter, 404 },
        { "GET", "/api/v1/submissions/{submission}/audit", Demo.Recruiter, 200 },
        { "GET", "/api/v1/submissions/{submission}/audit", Demo.Candidate, 404 },
        { "GET", "/api/v1/submissions/{submission}/audit", Demo.Client, 404 },
        { "GET", "/api/v1/submissions/{submission}/audit", Demo.Admin, 404 },
        { "GET", "/api/v1/submissions/{submission}/audit", Demo.OtherAgencyRecruiter, 404 },
        { "GET", "/api/v1/submissions/{submission}/feedback-request", Demo.Candidate2, 404 },
        { "GET", "/api/v1/submissions/{submission}/feedback-request", Demo.Client, 404 },
        { "GET", "/api/v1/submissions/{submission}/feedback-request", Demo.Admin, 404 },
        { "GET", "/api/v1/submissions/{submission}/feedback-request", Demo.OtherAgencyRecruiter, 404 },
        { "POST", "/api/v1/submissions/{submission}/feedback-request/ask-client", Demo.Candidate, 404 },
        { "POST", "/api/v1/submissions/{submission}/feedback-request/ask-client", Demo.Client, 404 },
        { "POST", "/api/v1/submissions/{submission}/feedback-request/ask-client", Demo.Admin, 404 },
        { "POST", "/api/v1/submissions/{submission}/feedback-request/ask-client", Demo.OtherAgencyRecruiter, 404 },
        { "POST", "/api/v1/submissions/{submission}/feedback-request/answer", Demo.Candidate, 404 },
        { "POST", "/api/v1/submissions/{submission}/feedback-request/answer", Demo.Client, 404 },
        { "POST", "/api/v1/submissions/{submission}/feedback-request/answer", Demo.Admin, 404 },
        { "POST", "/api/v1/submissions/{submission}/feedback-request/answer", Demo.OtherAgencyRecruiter, 404 },
        { "POST", "/api/v1/submissions/{submission}/feedback-request/client-answer", Demo.Client2, 404 },
        { "POST", "/api/v1/submissions/{submission}/feedback-request/client-answer", Demo.Candidate, 404 },
        { "POST", "/api/v1/submissions/{submission}/feedback-request/client-answer", Demo.Recruiter, 404 },
        { "POST", "/api/v1/submissions/{submission}/feedback-request/client-answer", Demo.OtherAgencyClient, 404 },
        { "GET", "/api/v1/feedback-requests", Demo.Client, 200 },
        { "GET", "/api/v1/feedback-requests", Demo.Candidate, 403 },
        { "GET", "/api/v1/feedback-requests", Demo.Recruiter, 403 },
        { "GET", "/api/v1/feedback-requests", Demo.Admin, 403 },
        { "GET", "/api/v1/notifications", Demo.Admin, 200 },
        { "GET", "/api/v1/notifications", Demo.Recruiter, 200 },
        { "GET", "/api/v1/notifications", Demo.Candidate, 200 },
        { "GET", "/api/v1/notifications", Demo.Client, 200 },
        { "GET", "/api/v1/dashboard", Demo.Recruiter, 200 },
        { "GET", "/api/v1/dashboard", Demo.Candidate, 403 },
        { "GET", "/api/v1/dashboard", Demo.Client, 403 },
        { "GET", "/api/v1/dashboard", Demo.Admin, 403 },
    };

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task A_workflow_endpoint_refuses_anyone_but_its_owner_and_audits_it(string method, string path, string email, int expected)
    {
        var client = await app.ApiClientAsync(email);
        var started = DateTimeOffset.UtcNow.AddSeconds(-1);
        using var request = new HttpRequestMessage(new HttpMethod(method), Fill(path));
        if (method is "POST" or "PUT")
        {
            // One body that every one of these endpoints can read, so only ownership decides.
            request.Content = JsonContent.Create(new
            {
                version = _ids.ReplyVersion, body = "Thank you for your time.", reason = "Not a fit for the team.", message = "The client has decided not to go on.",
                answer = "More depth in PostgreSQL.", summary = "Strong interview.", howItWent = 4, interestLevel = 4, concerns = "", questions = "", pointsNotMade = "",
                scheduledAt = DateTimeOffset.UtcNow.AddDays(3), durationMinutes = 45, format = "Video", interviewerContactIds = Array.Empty<Guid>(),
            });
        }

        var response = await client.SendAsync(request);

        ((int)response.StatusCode).ShouldBe(expected, await response.Content.ReadAsStringAsync());
        if (expected >= 400)
        {
            response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
            var body = await response.Content.ReadAsStringAsync();
            body.ShouldNotContain("thank you for Friday");
            body.ShouldNotContain("we will be in touch");
            await ShouldBeAuditedAsync(email, Fill(path), started);
        }
    }

    private string Fill(string template) => template
        .Replace("{note}", _ids.Note.ToString(), StringComparison.Ordinal)
        .Replace("{reply}", _ids.Reply.ToString(), StringComparison.Ordinal)
        .Replace("{submission}", _ids.Submission.ToString(), StringComparison.Ordinal)
        .Replace("{interview}", _ids.Interview.ToString(), StringComparison.Ordinal);

    /// <summary>The refusal names this record (a 404 from a handler) or this address (a 403 for the role).</summary>
    private async Task ShouldBeAuditedAsync(string email, string path, DateTimeOffset since)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var user = await db.Users.SingleAsync(u => u.Email == email);
        Guid?[] ids = [_ids.Note, _ids.Reply, _ids.Submission, _ids.Interview];
        var audited = await db.AuditEvents.AnyAsync(e => e.ActorUserId == user.Id && e.Action == AccessAudit.RefusedAction && e.OccurredAt >= since
            && (ids.Contains(e.SubjectId) || e.Detail.Contains(path)));
        audited.ShouldBeTrue($"the refusal of {email} at {path} is in the audit trail");
    }
}
