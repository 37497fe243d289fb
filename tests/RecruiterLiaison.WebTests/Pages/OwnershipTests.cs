using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RecruiterLiaison.Infrastructure.Persistence;
using RecruiterLiaison.Web.Security;
using RecruiterLiaison.WebTests.Support;

namespace RecruiterLiaison.WebTests.Pages;

/// <summary>
/// Every page and endpoint that takes an id, opened with Priya's ids by everyone else:
/// the owner and her agency's recruiters see it; anyone else gets 404, and it is audited.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class OwnershipTests(AppFactory app) : IAsyncLifetime
{
    private Guid _note;
    private Guid _submission;
    private Guid _interview;

    public async Task InitializeAsync()
    {
        var scenario = new Scenario(app);
        (_note, _) = await scenario.SubmitAsync("Dear Sarah, thank you for Friday's interview. Kind regards, Priya", "ThankYou");
        (_submission, _interview, _) = await scenario.PriyaToSarahAsync();
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public static TheoryData<string, string, int> Pages() => new()
    {
        // page (placeholders: {note}, {submission}, {interview}), account, expected status
        { "/candidate/notes/{note}", Demo.Candidate, 200 },
        { "/candidate/notes/{note}", Demo.Candidate2, 404 },
        { "/candidate/notes/{note}", Demo.OtherAgencyCandidate, 404 },
        { "/candidate/submissions/{submission}/notes/new", Demo.Candidate, 200 },
        { "/candidate/submissions/{submission}/notes/new", Demo.Candidate2, 404 },
        { "/candidate/submissions/{submission}/notes/new", Demo.OtherAgencyCandidate, 404 },
        { "/candidate/interviews/{interview}/debrief", Demo.Candidate, 200 },
        { "/candidate/interviews/{interview}/debrief", Demo.Candidate2, 404 },
        { "/candidate/interviews/{interview}/debrief", Demo.OtherAgencyCandidate, 404 },
        { "/recruiter/notes/{note}", Demo.Recruiter, 200 },
        { "/recruiter/notes/{note}", Demo.OtherAgencyRecruiter, 404 },
        { "/recruiter/submissions/{submission}/audit", Demo.Recruiter, 200 },
        { "/recruiter/submissions/{submission}/audit", Demo.OtherAgencyRecruiter, 404 },
        { "/recruiter/interviews/{interview}/debrief", Demo.Recruiter, 200 },
        { "/recruiter/interviews/{interview}/debrief", Demo.OtherAgencyRecruiter, 404 },
        { "/recruiter/interviews/{interview}/feedback", Demo.Recruiter, 200 },
        { "/recruiter/interviews/{interview}/feedback", Demo.OtherAgencyRecruiter, 404 },
        { "/recruiter/submissions/{submission}/feedback-request", Demo.OtherAgencyRecruiter, 404 },
        { "/client/interviews/{interview}/feedback", Demo.Client, 200 },
        { "/client/interviews/{interview}/feedback", Demo.Client2, 404 },
        { "/client/interviews/{interview}/feedback", Demo.OtherAgencyClient, 404 },
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task A_page_with_someone_elses_id_answers_404_and_the_refusal_is_audited(string page, string email, int expected)
    {
        var client = await app.SignedInClientAsync(email);
        var started = DateTimeOffset.UtcNow.AddSeconds(-1);

        var response = await client.GetAsync(Fill(page));

        ((int)response.StatusCode).ShouldBe(expected);
        if (expected == 404)
        {
            (await response.Content.ReadAsStringAsync()).ShouldNotContain("thank you for Friday");
            await ShouldBeAuditedAsync(email, Fill(page), started);
        }
    }

    [Theory]
    [InlineData("/candidate/notes/{note}", Demo.Recruiter)]
    [InlineData("/candidate/notes/{note}", Demo.Client)]
    [InlineData("/recruiter/notes/{note}", Demo.Candidate)]
    [InlineData("/recruiter/notes/{note}", Demo.Client)]
    [InlineData("/recruiter/notes/{note}", Demo.Admin)]
    [InlineData("/recruiter/submissions/{submission}/audit", Demo.Candidate)]
    [InlineData("/recruiter/interviews/{interview}/debrief", Demo.Client)]
    [InlineData("/recruiter/queue", Demo.Candidate)]
    [InlineData("/recruiter/queue", Demo.Client)]
    public async Task A_page_of_another_role_is_refused(string page, string email)
    {
        var response = await (await app.SignedInClientAsync(email)).GetAsync(Fill(page));

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.AbsolutePath.ShouldBe("/Account/AccessDenied");
    }

    public static TheoryData<string, string, string, int> Endpoints() => new()
    {
        // method, path, account, expected status
        { "GET", "/api/v1/notes/{note}", Demo.Candidate, 200 },
        { "GET", "/api/v1/notes/{note}", Demo.Recruiter, 200 },
        { "GET", "/api/v1/notes/{note}", Demo.Candidate2, 404 },
        { "GET", "/api/v1/notes/{note}", Demo.Client, 404 },
        { "GET", "/api/v1/notes/{note}", Demo.Admin, 404 },
        { "GET", "/api/v1/notes/{note}", Demo.OtherAgencyRecruiter, 404 },
        { "GET", "/api/v1/notes/{note}", Demo.OtherAgencyClient, 404 },
        { "POST", "/api/v1/notes/{note}/withdraw", Demo.Candidate2, 404 },
        { "POST", "/api/v1/notes/{note}/withdraw", Demo.Recruiter, 404 },
        { "POST", "/api/v1/notes/{note}/withdraw", Demo.OtherAgencyCandidate, 404 },
        { "POST", "/api/v1/notes/{note}/claim", Demo.Candidate, 404 },
        { "POST", "/api/v1/notes/{note}/claim", Demo.Client, 404 },
        { "POST", "/api/v1/notes/{note}/claim", Demo.OtherAgencyRecruiter, 404 },
        { "POST", "/api/v1/notes/{note}/approve", Demo.Candidate, 404 },
        { "POST", "/api/v1/notes/{note}/approve", Demo.Client, 404 },
        { "POST", "/api/v1/notes/{note}/approve", Demo.Admin, 404 },
        { "POST", "/api/v1/notes/{note}/approve", Demo.OtherAgencyRecruiter, 404 },
        { "POST", "/api/v1/notes/{note}/decline", Demo.Candidate2, 404 },
        { "POST", "/api/v1/notes/{note}/decline", Demo.OtherAgencyRecruiter, 404 },
        { "POST", "/api/v1/notes/{note}/return", Demo.Client2, 404 },
        { "POST", "/api/v1/notes/{note}/return", Demo.OtherAgencyRecruiter, 404 },
        { "GET", "/api/v1/review-queue", Demo.Candidate, 403 },
        { "GET", "/api/v1/review-queue", Demo.Client, 403 },
        { "GET", "/api/v1/review-queue", Demo.Admin, 403 },
        { "GET", "/api/v1/inbox", Demo.Candidate, 403 },
        { "GET", "/api/v1/inbox", Demo.Recruiter, 403 },
        { "GET", "/api/v1/interviews/{interview}/feedback-window", Demo.OtherAgencyRecruiter, 404 },
        { "GET", "/api/v1/interviews/{interview}/feedback-window", Demo.Candidate2, 404 },
        { "GET", "/api/v1/interviews/{interview}/feedback-window", Demo.Client2, 404 },
        { "POST", "/api/v1/interviews/{interview}/feedback", Demo.Client2, 404 },
        { "POST", "/api/v1/interviews/{interview}/feedback", Demo.Candidate, 404 },
        { "POST", "/api/v1/interviews/{interview}/feedback", Demo.OtherAgencyClient, 404 },
        { "POST", "/api/v1/submissions/{submission}/feedback-requests", Demo.Candidate2, 404 },
        { "POST", "/api/v1/submissions/{submission}/feedback-requests", Demo.OtherAgencyCandidate, 404 },
    };

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task An_endpoint_with_someone_elses_id_answers_404_and_the_refusal_is_audited(string method, string path, string email, int expected)
    {
        var client = await app.ApiClientAsync(email);
        var version = await VersionAsync();
        var started = DateTimeOffset.UtcNow.AddSeconds(-1);
        using var request = new HttpRequestMessage(new HttpMethod(method), Fill(path));
        if (method == "POST")
        {
            request.Content = JsonContent.Create(new { version, reason = "Tone", message = "No.", decision = "Advance", ratings = Array.Empty<object>() });
        }

        var response = await client.SendAsync(request);

        ((int)response.StatusCode).ShouldBe(expected);
        if (expected >= 400)
        {
            response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
            (await response.Content.ReadAsStringAsync()).ShouldNotContain("thank you for Friday");
            await ShouldBeAuditedAsync(email, Fill(path), started);
        }
    }

    [Fact]
    public async Task The_other_agencys_queue_never_shows_this_agencys_notes()
    {
        var queue = await (await app.ApiClientAsync(Demo.OtherAgencyRecruiter)).GetStringAsync("/api/v1/review-queue");

        queue.ShouldNotContain(_note.ToString());
        queue.ShouldNotContain("Priya");
    }

    private string Fill(string template) => template
        .Replace("{note}", _note.ToString(), StringComparison.Ordinal)
        .Replace("{submission}", _submission.ToString(), StringComparison.Ordinal)
        .Replace("{interview}", _interview.ToString(), StringComparison.Ordinal);

    private async Task<uint> VersionAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().Notes.Where(n => n.Id == _note).Select(n => n.Version).SingleAsync();
    }

    /// <summary>The refusal names this record (a 404 from a handler) or this address (a 403 for the role).</summary>
    private async Task ShouldBeAuditedAsync(string email, string path, DateTimeOffset since)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var user = await db.Users.SingleAsync(u => u.Email == email);
        Guid?[] ids = [_note, _submission, _interview];
        var audited = await db.AuditEvents.AnyAsync(e => e.ActorUserId == user.Id && e.Action == AccessAudit.RefusedAction && e.OccurredAt >= since
            && (ids.Contains(e.SubjectId) || e.Detail.Contains(path)));
        audited.ShouldBeTrue($"the refusal of {email} at {path} is in the audit trail");
    }
}
