using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using RecruiterLiaison.Domain.Submissions;
using RecruiterLiaison.Web.Security;
using RecruiterLiaison.WebTests.Support;

namespace RecruiterLiaison.WebTests.Pages;

/// <summary>
/// The candidates and submissions of the workspace, opened by every role and by the other
/// agency: its recruiters and admins see them; a candidate or client is turned away (403);
/// another agency gets 404; every refusal is in the audit trail.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class CandidateWorkspaceAccessTests(AppFactory app) : IAsyncLifetime
{
    private Guid _candidate;
    private Guid _submission;
    private string _name = "";

    public async Task InitializeAsync()
    {
        _name = $"Access Probe {Workspace.Unique()}";
        (_candidate, _, _) = await Workspace.CandidateAsync(app, _name);
        var position = await Workspace.PositionAsync(app);
        _submission = await Workspace.SubmissionAsync(app, _candidate, position.Id);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public static TheoryData<string, string, int> Pages() => new()
    {
        // page ({candidate}, {submission}), account, expected status (302: sent to AccessDenied)
        { "/workspace/candidates", Demo.Admin, 200 },
        { "/workspace/candidates", Demo.Recruiter, 200 },
        { "/workspace/candidates", Demo.Candidate, 302 },
        { "/workspace/candidates", Demo.Client, 302 },
        { "/workspace/candidates", Demo.OtherAgencyRecruiter, 200 },
        { "/workspace/candidates", Demo.OtherAgencyAdmin, 200 },
        { "/workspace/candidates/{candidate}", Demo.Admin, 200 },
        { "/workspace/candidates/{candidate}", Demo.Recruiter, 200 },
        { "/workspace/candidates/{candidate}", Demo.Candidate, 302 },
        { "/workspace/candidates/{candidate}", Demo.Client, 302 },
        { "/workspace/candidates/{candidate}", Demo.OtherAgencyRecruiter, 404 },
        { "/workspace/candidates/{candidate}", Demo.OtherAgencyAdmin, 404 },
        { "/workspace/submissions/{submission}", Demo.Admin, 200 },
        { "/workspace/submissions/{submission}", Demo.Recruiter, 200 },
        { "/workspace/submissions/{submission}", Demo.Candidate, 302 },
        { "/workspace/submissions/{submission}", Demo.Client, 302 },
        { "/workspace/submissions/{submission}", Demo.OtherAgencyRecruiter, 404 },
        { "/workspace/submissions/{submission}", Demo.OtherAgencyAdmin, 404 },
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Every_role_and_the_other_agency_at_each_workspace_page(string page, string email, int expected)
    {
        var client = await app.SignedInClientAsync(email);
        var started = DateTimeOffset.UtcNow.AddSeconds(-1);

        var response = await client.GetAsync(Fill(page));

        ((int)response.StatusCode).ShouldBe(expected);
        var html = await response.Content.ReadAsStringAsync();
        switch (expected)
        {
            case 200 when page.Contains('{'):
                html.ShouldContain(_name);
                break;
            case 200:
                break;
            case 302:
                response.Headers.Location!.AbsolutePath.ShouldBe("/Account/AccessDenied");
                await ShouldBeAuditedAsync(email, Fill(page), started);
                break;
            default:
                html.ShouldNotContain(_name);
                await ShouldBeAuditedAsync(email, Fill(page), started);
                break;
        }
    }

    [Fact]
    public async Task The_candidate_pages_show_the_agencys_own_candidate_and_the_other_agency_never_does()
    {
        var own = await (await app.SignedInClientAsync(Demo.Recruiter)).GetStringAsync(Fill("/workspace/candidates/{candidate}"));
        var submission = await (await app.SignedInClientAsync(Demo.Admin)).GetStringAsync(Fill("/workspace/submissions/{submission}"));

        own.ShouldContain(_name);
        own.ShouldContain("data-testid=\"candidate-invitation\"");
        submission.ShouldContain(_name);
        submission.ShouldContain("data-testid=\"stage-history\"");
    }

    [Fact]
    public async Task The_nav_links_candidates_for_recruiters_and_admins_only()
    {
        foreach (var (email, shown) in new[] { (Demo.Recruiter, true), (Demo.Admin, true), (Demo.Candidate, false), (Demo.Client, false) })
        {
            var home = await (await app.SignedInClientAsync(email)).GetStringAsync(Demo.HomeOf[email]);
            home.Contains("href=\"workspace/candidates\"", StringComparison.Ordinal).ShouldBe(shown, email);
        }
    }

    public static TheoryData<string, string, string, int> Endpoints() => new()
    {
        // method, path, account, expected status
        { "GET", "/api/v1/candidates?search={name}", Demo.Admin, 200 },
        { "GET", "/api/v1/candidates?search={name}", Demo.Recruiter, 200 },
        { "GET", "/api/v1/candidates?search={name}", Demo.Candidate, 403 },
        { "GET", "/api/v1/candidates?search={name}", Demo.Client, 403 },
        { "GET", "/api/v1/candidates?search={name}", Demo.OtherAgencyRecruiter, 200 },
        { "POST", "/api/v1/candidates", Demo.Candidate, 403 },
        { "POST", "/api/v1/candidates", Demo.Client, 403 },
        { "GET", "/api/v1/candidates/{candidate}", Demo.Admin, 200 },
        { "GET", "/api/v1/candidates/{candidate}", Demo.Recruiter, 200 },
        { "GET", "/api/v1/candidates/{candidate}", Demo.Candidate, 403 },
        { "GET", "/api/v1/candidates/{candidate}", Demo.Client, 403 },
        { "GET", "/api/v1/candidates/{candidate}", Demo.OtherAgencyRecruiter, 404 },
        { "GET", "/api/v1/candidates/{candidate}", Demo.OtherAgencyAdmin, 404 },
        { "PUT", "/api/v1/candidates/{candidate}", Demo.Admin, 200 },
        { "PUT", "/api/v1/candidates/{candidate}", Demo.Recruiter, 200 },
        { "PUT", "/api/v1/candidates/{candidate}", Demo.Candidate, 403 },
        { "PUT", "/api/v1/candidates/{candidate}", Demo.Client, 403 },
        { "PUT", "/api/v1/candidates/{candidate}", Demo.OtherAgencyRecruiter, 404 },
        { "PUT", "/api/v1/candidates/{candidate}", Demo.OtherAgencyAdmin, 404 },
        { "POST", "/api/v1/submissions", Demo.Candidate, 403 },
        { "POST", "/api/v1/submissions", Demo.Client, 403 },
        { "POST", "/api/v1/submissions", Demo.OtherAgencyRecruiter, 404 },
        { "POST", "/api/v1/submissions", Demo.OtherAgencyAdmin, 404 },
        { "GET", "/api/v1/submissions/{submission}", Demo.Admin, 200 },
        { "GET", "/api/v1/submissions/{submission}", Demo.Recruiter, 200 },
        { "GET", "/api/v1/submissions/{submission}", Demo.Candidate, 403 },
        { "GET", "/api/v1/submissions/{submission}", Demo.Client, 403 },
        { "GET", "/api/v1/submissions/{submission}", Demo.OtherAgencyRecruiter, 404 },
        { "GET", "/api/v1/submissions/{submission}", Demo.OtherAgencyAdmin, 404 },
        { "POST", "/api/v1/submissions/{submission}/stage", Demo.Candidate, 403 },
        { "POST", "/api/v1/submissions/{submission}/stage", Demo.Client, 403 },
        { "POST", "/api/v1/submissions/{submission}/stage", Demo.OtherAgencyRecruiter, 404 },
        { "POST", "/api/v1/submissions/{submission}/stage", Demo.OtherAgencyAdmin, 404 },
        { "GET", "/api/v1/submissions?candidateId={candidate}", Demo.Recruiter, 200 },
        { "GET", "/api/v1/submissions?candidateId={candidate}", Demo.Candidate, 200 },
        { "GET", "/api/v1/submissions?candidateId={candidate}", Demo.OtherAgencyRecruiter, 200 },
    };

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task Every_role_and_the_other_agency_at_each_workspace_endpoint(string method, string path, string email, int expected)
    {
        var client = await app.ApiClientAsync(email);
        var started = DateTimeOffset.UtcNow.AddSeconds(-1);
        using var request = new HttpRequestMessage(new HttpMethod(method), Fill(path));
        if (method != "GET")
        {
            request.Content = JsonContent.Create(await BodyAsync(path));
        }

        var response = await client.SendAsync(request);

        ((int)response.StatusCode).ShouldBe(expected, await response.Content.ReadAsStringAsync());
        var body = await response.Content.ReadAsStringAsync();
        if (expected >= 400)
        {
            response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
            body.ShouldNotContain(_name);
            await ShouldBeAuditedAsync(email, Fill(path), started);
        }
        else if (path.StartsWith("/api/v1/submissions?", StringComparison.Ordinal))
        {
            // The list is every role's own: only the agency's staff see this candidate's submission.
            body.Contains(_submission.ToString(), StringComparison.Ordinal).ShouldBe(email == Demo.Recruiter);
        }
        else if (path.StartsWith("/api/v1/candidates?", StringComparison.Ordinal))
        {
            body.Contains(_candidate.ToString(), StringComparison.Ordinal).ShouldBe(email != Demo.OtherAgencyRecruiter);
        }
    }

    /// <summary>A valid body for each write, so only who asks decides the answer.</summary>
    private async Task<object> BodyAsync(string path)
    {
        await using var db = await Workspace.OpenAsync(app);
        if (path.EndsWith("/stage", StringComparison.Ordinal))
        {
            var version = await db.Submissions.Where(s => s.Id == _submission).Select(s => s.Version).SingleAsync();
            return new { stage = nameof(SubmissionStage.Rejected), reason = "Not this time.", version };
        }

        if (path.StartsWith("/api/v1/candidates/", StringComparison.Ordinal))
        {
            var candidate = await db.Candidates.SingleAsync(c => c.Id == _candidate);
            return new { version = candidate.Version, name = candidate.Name, email = candidate.Email, phone = candidate.Phone, location = candidate.Location, profile = candidate.Profile };
        }

        if (path == "/api/v1/submissions")
        {
            var position = await Workspace.PositionAsync(app);
            return new { candidateId = _candidate, positionId = position.Id, pitch = "A probe." };
        }

        return new { name = "Probe", email = $"probe.{Workspace.Unique()}@example.test" };
    }

    private string Fill(string template) => template
        .Replace("{name}", Uri.EscapeDataString(_name), StringComparison.Ordinal)
        .Replace("{candidate}", _candidate.ToString(), StringComparison.Ordinal)
        .Replace("{submission}", _submission.ToString(), StringComparison.Ordinal);

    /// <summary>The refusal names this record (a 404 from a handler) or this address (a 403 for the role).</summary>
    private async Task ShouldBeAuditedAsync(string email, string path, DateTimeOffset since)
    {
        await using var db = await Workspace.OpenAsync(app);
        var user = await db.Users.SingleAsync(u => u.Email == email);
        Guid?[] ids = [_candidate, _submission];
        var route = path.Split('?')[0];
        var audited = await db.AuditEvents.AnyAsync(e => e.ActorUserId == user.Id && e.Action == AccessAudit.RefusedAction && e.OccurredAt >= since
            && (ids.Contains(e.SubjectId) || e.Detail.Contains(route)));
        audited.ShouldBeTrue($"the refusal of {email} at {path} is in the audit trail");
    }
}
