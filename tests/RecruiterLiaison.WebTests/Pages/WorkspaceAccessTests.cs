using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RecruiterLiaison.Infrastructure.Persistence;
using RecruiterLiaison.Web.Security;
using RecruiterLiaison.WebTests.Support;

namespace RecruiterLiaison.WebTests.Pages;

/// <summary>
/// The access matrix of the clients and positions workspace: every page and endpoint, opened by
/// every role of the agency and by another agency's staff with this agency's ids. Recruiters
/// and admins get in; candidates and client contacts are refused (403, or the access-denied
/// page); another agency gets 404. Every refusal is in the audit trail.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class WorkspaceAccessTests(AppFactory app)
{
    private static readonly string[] Accounts = [Demo.Admin, Demo.Recruiter, Demo.Candidate, Demo.Client, Demo.OtherAgencyRecruiter, Demo.OtherAgencyAdmin];

    private static readonly (string Method, string Path, int Success)[] EndpointList =
    [
        ("GET", "/api/v1/clients", 200),
        ("POST", "/api/v1/clients", 201),
        ("GET", "/api/v1/clients/{client}", 200),
        ("PUT", "/api/v1/clients/{client}", 200),
        ("POST", "/api/v1/clients/{client}/archive", 200),
        ("POST", "/api/v1/clients/{client}/restore", 200),
        ("GET", "/api/v1/clients/{client}/contacts", 200),
        ("POST", "/api/v1/clients/{client}/contacts", 201),
        ("PUT", "/api/v1/contacts/{contact}", 200),
        ("GET", "/api/v1/positions", 200),
        ("POST", "/api/v1/positions", 201),
        ("GET", "/api/v1/positions/{position}", 200),
        ("PUT", "/api/v1/positions/{position}", 200),
        ("POST", "/api/v1/positions/{position}/status", 200),
        ("POST", "/api/v1/positions/{position}/requirements", 201),
        ("PUT", "/api/v1/requirements/{requirement}", 200),
        ("POST", "/api/v1/requirements/{requirement}/move", 200),
        ("DELETE", "/api/v1/requirements/{requirement}", 200),
    ];

    public static TheoryData<string, string, string, int> Endpoints()
    {
        var data = new TheoryData<string, string, string, int>();
        foreach (var (method, path, success) in EndpointList)
        {
            foreach (var account in Accounts)
            {
                data.Add(method, path, account, Expected(method, path, account, success));
            }
        }

        return data;
    }

    public static TheoryData<string, string, int> Pages()
    {
        var data = new TheoryData<string, string, int>();
        foreach (var page in new[] { "/workspace/clients", "/workspace/clients/{client}", "/workspace/positions/{position}" })
        {
            foreach (var account in Accounts)
            {
                data.Add(page, account, account switch
                {
                    Demo.Admin or Demo.Recruiter => 200,
                    Demo.Candidate or Demo.Client => 302,
                    _ => page.Contains('{') ? 404 : 200,
                });
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task A_workspace_endpoint_answers_each_role_and_another_agency_as_it_should_and_refusals_are_audited(string method, string path, string email, int expected)
    {
        var ids = await FixtureAsync(method, path, expected);
        var client = await app.ApiClientAsync(email);
        var started = DateTimeOffset.UtcNow.AddSeconds(-1);
        using var request = new HttpRequestMessage(new HttpMethod(method), Fill(path, ids));
        if (method is "POST" or "PUT")
        {
            request.Content = JsonContent.Create(Body(path, ids));
        }

        var response = await client.SendAsync(request);

        ((int)response.StatusCode).ShouldBe(expected, await response.Content.ReadAsStringAsync());
        var body = await response.Content.ReadAsStringAsync();
        if (expected >= 400)
        {
            response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
            body.ShouldNotContain(ids.ClientName);
            await ShouldBeAuditedAsync(email, Fill(path, ids), ids, started);
        }
        else if (email is Demo.OtherAgencyRecruiter or Demo.OtherAgencyAdmin)
        {
            body.ShouldNotContain(ids.Client.ToString());
            body.ShouldNotContain(ids.Position.ToString());
        }
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task A_workspace_page_answers_each_role_and_another_agency_as_it_should_and_refusals_are_audited(string page, string email, int expected)
    {
        var ids = await SharedAsync();
        var browser = await app.SignedInClientAsync(email);
        var started = DateTimeOffset.UtcNow.AddSeconds(-1);

        var response = await browser.GetAsync(Fill(page, ids));

        ((int)response.StatusCode).ShouldBe(expected);
        var html = await response.Content.ReadAsStringAsync();
        switch (expected)
        {
            case 302:
                response.Headers.Location!.AbsolutePath.ShouldBe("/Account/AccessDenied");
                await ShouldBeAuditedAsync(email, Fill(page, ids), ids, started);
                break;
            case 404:
                html.ShouldNotContain(ids.ClientName);
                await ShouldBeAuditedAsync(email, Fill(page, ids), ids, started);
                break;
            case 200 when page.Contains('{') :
                html.ShouldContain(page.Contains("positions") ? ids.PositionTitle : ids.ClientName);
                break;
            default:
                html.ShouldNotContain(ids.ClientName);
                break;
        }
    }

    [Theory]
    [InlineData(Demo.Admin, true)]
    [InlineData(Demo.Recruiter, true)]
    [InlineData(Demo.Candidate, false)]
    [InlineData(Demo.Client, false)]
    public async Task The_clients_link_is_in_the_menu_of_recruiters_and_admins_only(string email, bool shown)
    {
        var browser = await app.SignedInClientAsync(email);

        var document = await AppFactory.ParseAsync(await browser.GetAsync(Demo.HomeOf[email]));

        (document.QuerySelector("[data-testid=nav-clients]") is not null).ShouldBe(shown);
    }

    private static readonly SemaphoreSlim SharedGate = new(1, 1);
    private static WorkspaceIds? _shared;

    /// <summary>
    /// What a case works on. Refusals and reads share one client; a change that succeeds gets
    /// records of its own (a new client only where the client itself changes), so the demo
    /// agency is not flooded with clients that other pages would have to list.
    /// </summary>
    private async Task<WorkspaceIds> FixtureAsync(string method, string path, int expected)
    {
        var shared = await SharedAsync();
        if (method == "GET" || expected >= 400 || path is "/api/v1/clients" or "/api/v1/positions")
        {
            return shared;
        }

        var scenario = new WorkspaceScenario(app);
        return path.StartsWith("/api/v1/clients/", StringComparison.Ordinal) || path.StartsWith("/api/v1/contacts/", StringComparison.Ordinal)
            ? await scenario.CreateAsync()
            : await scenario.PositionAtAsync(shared);
    }

    private async Task<WorkspaceIds> SharedAsync()
    {
        await SharedGate.WaitAsync();
        try
        {
            return _shared ??= await new WorkspaceScenario(app).CreateAsync();
        }
        finally
        {
            SharedGate.Release();
        }
    }

    private static int Expected(string method, string path, string account, int success) => account switch
    {
        Demo.Admin or Demo.Recruiter => success,

        // GET /positions/{id} is also the candidates' and contacts' read of a position they are part of; this one they are not.
        Demo.Candidate or Demo.Client => method == "GET" && path == "/api/v1/positions/{position}" ? 404 : 403,
        _ => path.Contains('{') || (method, path) == ("POST", "/api/v1/positions") ? 404 : success,
    };

    private static string Fill(string template, WorkspaceIds ids) => template
        .Replace("{client}", ids.Client.ToString(), StringComparison.Ordinal)
        .Replace("{contact}", ids.Contact.ToString(), StringComparison.Ordinal)
        .Replace("{position}", ids.Position.ToString(), StringComparison.Ordinal)
        .Replace("{requirement}", ids.Requirements[0].ToString(), StringComparison.Ordinal);

    /// <summary>One body that every workspace endpoint reads what it needs from, with the version of the record the path names.</summary>
    private static object Body(string path, WorkspaceIds ids) => new
    {
        version = path.Contains("{contact}", StringComparison.Ordinal) ? ids.ContactVersion : path.Contains("{client}", StringComparison.Ordinal) ? ids.ClientVersion : ids.PositionVersion,
        name = WorkspaceScenario.Unique("Matrix"),
        title = "Matrix Analyst",
        email = "matrix@northwind.example",
        seniority = "Staff",
        status = "OnHold",
        index = 1,
        clientCompanyId = ids.Client,
        requirements = new[] { "Excel" },
    };

    /// <summary>The refusal names one of these records (a 404 from a handler) or this address (a 403 for the role).</summary>
    private async Task ShouldBeAuditedAsync(string email, string path, WorkspaceIds ids, DateTimeOffset since)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var user = await db.Users.SingleAsync(u => u.Email == email);
        Guid?[] subjects = [ids.Client, ids.Contact, ids.Position, .. ids.Requirements.Select(r => (Guid?)r)];
        var audited = await db.AuditEvents.AnyAsync(e => e.ActorUserId == user.Id && e.Action == AccessAudit.RefusedAction && e.OccurredAt >= since
            && (subjects.Contains(e.SubjectId) || e.Detail.Contains(path)));
        audited.ShouldBeTrue($"the refusal of {email} at {path} is in the audit trail");
    }
}
