using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RecruiterLiaison.Web.Security;
using RecruiterLiaison.WebTests.Support;

namespace RecruiterLiaison.WebTests.Security;

/// <summary>
/// Every API endpoint and every page that takes an id, read from the app's endpoint table and
/// called by each role of another agency with this agency's records: none is served, and every
/// refusal (403 or 404) is in the audit trail under the caller's name. The hand-written
/// matrices (Pages/OwnershipTests, Pages/WorkspaceAccessTests) check the expected status per
/// role; this one makes sure no route with an id is left out.
/// </summary>
[Collection(AppCollection.Name)]
public sealed partial class RefusalAuditTests(AppFactory app)
{
    private static readonly string[] OtherAgency = [Demo.OtherAgencyAdmin, Demo.OtherAgencyRecruiter, Demo.OtherAgencyCandidate, Demo.OtherAgencyClient];

    [Fact]
    public async Task Every_api_route_with_an_id_refuses_another_agency_and_audits_each_refusal()
    {
        var records = await DemoRecords.CreateAsync(app);
        var targets = RouteTargets.Api(app.Services.GetRequiredService<EndpointDataSource>()).Where(t => t.Pattern.Contains(":guid", StringComparison.Ordinal)).ToList();
        targets.Count.ShouldBeGreaterThan(30);
        var failures = new List<string>();
        foreach (var target in targets)
        {
            var refused = 0;
            foreach (var (path, email) in records.Fillings(target.Pattern).SelectMany(path => OtherAgency.Select(email => (path, email))))
            {
                var client = await app.ApiClientAsync(email);
                var started = DateTimeOffset.UtcNow;
                using var request = new HttpRequestMessage(new HttpMethod(target.Method), path);
                if (target.BodyType is not null)
                {
                    request.Content = new StringContent(PlausibleJson.For(target.BodyType, records.Ids), Encoding.UTF8, "application/json");
                }

                using var response = await client.SendAsync(request);
                var status = (int)response.StatusCode;
                var body = await response.Content.ReadAsStringAsync();
                if (status < 300 || body.Contains(records.NoteText, StringComparison.Ordinal))
                {
                    failures.Add($"{target} as {email}: {status}, another agency's record served: {body}");
                }
                else if (status is 403 or 404)
                {
                    refused++;
                    if (!await AuditedAsync(email, path, started))
                    {
                        failures.Add($"{target} as {email}: {status} but no access.refused in the audit trail");
                    }
                }
            }

            // A 400 for every caller would mean the body never got as far as the ownership check.
            if (refused == 0)
            {
                failures.Add($"{target}: no caller of the other agency was refused (403/404); the ownership check was not reached");
            }
        }

        failures.ShouldBeEmpty(string.Join("\n", failures));
    }

    [Fact]
    public async Task Every_page_with_an_id_refuses_another_agency_and_audits_each_refusal()
    {
        var records = await DemoRecords.CreateAsync(app);
        var pages = RouteTargets.Pages(app.Services.GetRequiredService<EndpointDataSource>()).Where(t => t.Pattern.Contains(":guid", StringComparison.Ordinal)).ToList();
        pages.Count.ShouldBeGreaterThan(10);
        var failures = new List<string>();
        foreach (var email in OtherAgency)
        {
            var browser = await app.SignedInClientAsync(email);
            foreach (var path in pages.SelectMany(page => records.Fillings(page.Pattern)))
            {
                var started = DateTimeOffset.UtcNow;
                using var response = await browser.GetAsync(path);
                var status = (int)response.StatusCode;
                var body = await response.Content.ReadAsStringAsync();
                var deniedByRole = status == 302 && response.Headers.Location?.AbsolutePath == "/Account/AccessDenied";
                if (status != 404 && !deniedByRole)
                {
                    failures.Add($"{path} as {email}: {status} {response.Headers.Location}, expected 404 or the access-denied page");
                }
                else if (body.Contains(records.NoteText, StringComparison.Ordinal))
                {
                    failures.Add($"{path} as {email}: the refusal shows the note");
                }
                else if (!await AuditedAsync(email, path, started))
                {
                    failures.Add($"{path} as {email}: {status} but no access.refused in the audit trail");
                }
            }
        }

        failures.ShouldBeEmpty(string.Join("\n", failures));
    }

    /// <summary>
    /// Since the request started, the caller has a refusal that names the record in the address
    /// (a handler's 404) or the address itself (a 403 or the access-denied page for the role).
    /// </summary>
    private async Task<bool> AuditedAsync(string email, string path, DateTimeOffset since)
    {
        await using var db = await Workspace.OpenAsync(app);
        var caller = await db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync();
        var address = path.Split('?')[0];
        var ids = GuidInPath().Matches(address).Select(m => (Guid?)Guid.Parse(m.Value)).ToList();
        return await db.AuditEvents.AnyAsync(e => e.ActorUserId == caller && e.Action == AccessAudit.RefusedAction && e.OccurredAt >= since
            && (ids.Contains(e.SubjectId) || e.Detail.Contains(address)));
    }

    [GeneratedRegex("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")]
    private static partial Regex GuidInPath();
}
