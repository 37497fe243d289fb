using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RecruiterLiaison.Infrastructure.Persistence;
using RecruiterLiaison.Web.Security;
using RecruiterLiaison.WebTests.Support;

namespace RecruiterLiaison.WebTests.Pages;

/// <summary>Every role page, opened by every role and by nobody.</summary>
[Collection(AppCollection.Name)]
public sealed class PageAccessTests(AppFactory app)
{
    public static TheoryData<string, string> EveryAccountAndPage()
    {
        var data = new TheoryData<string, string>();
        string[] accounts = [Demo.Admin, Demo.Recruiter, Demo.Candidate, Demo.Client, Demo.OtherAgencyRecruiter, Demo.OtherAgencyCandidate, Demo.OtherAgencyClient, Demo.OtherAgencyAdmin];
        foreach (var account in accounts)
        {
            foreach (var page in new[] { "/candidate", "/recruiter", "/client", "/admin" })
            {
                data.Add(account, page);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EveryAccountAndPage))]
    public async Task A_role_opens_its_own_page_and_is_turned_away_from_the_others(string email, string page)
    {
        var client = await app.SignedInClientAsync(email);
        var ownPage = HomeOfAnyAgency(email);

        var response = await client.GetAsync(page);

        if (page == ownPage)
        {
            response.StatusCode.ShouldBe(HttpStatusCode.OK);
        }
        else
        {
            response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
            response.Headers.Location!.AbsolutePath.ShouldBe("/Account/AccessDenied");
        }
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/candidate")]
    [InlineData("/recruiter")]
    [InlineData("/client")]
    [InlineData("/admin")]
    public async Task Nobody_signed_in_is_sent_to_sign_in(string page)
    {
        var response = await app.AnonymousClient().GetAsync(page);

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.AbsolutePath.ShouldBe("/Account/Login");
    }

    [Fact]
    public async Task A_refused_page_is_recorded_in_the_audit_trail()
    {
        var client = await app.SignedInClientAsync(Demo.Candidate2);

        await client.GetAsync("/recruiter?audit-probe=1");

        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var refusal = await db.AuditEvents.Where(e => e.Action == AccessAudit.RefusedAction && e.Detail.Contains("/recruiter")).ToListAsync();
        refusal.ShouldNotBeEmpty();
        var candidate = await db.Users.SingleAsync(u => u.Email == Demo.Candidate2);
        refusal.ShouldContain(e => e.ActorUserId == candidate.Id && e.AgencyId == candidate.AgencyId);
    }

    [Fact]
    public async Task The_candidate_home_lists_only_their_submissions()
    {
        var client = await app.SignedInClientAsync(Demo.Candidate2);

        var document = await AppFactory.ParseAsync(await client.GetAsync("/candidate"));

        var submissions = document.QuerySelectorAll("[data-testid=submission]");
        submissions.Length.ShouldBe(2);
        document.Body!.TextContent.ShouldNotContain("Financial Systems Analyst");
        document.Body!.TextContent.ShouldNotContain("Claims Platform Engineer");
    }

    [Fact]
    public async Task The_other_agencys_recruiter_counts_only_their_own_pending_notes()
    {
        var demo = await AppFactory.ParseAsync(await (await app.SignedInClientAsync(Demo.Recruiter)).GetAsync("/recruiter"));
        var other = await AppFactory.ParseAsync(await (await app.SignedInClientAsync(Demo.OtherAgencyRecruiter)).GetAsync("/recruiter"));

        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var pendingByAgency = await db.Notes.Where(n => n.Status == Domain.Notes.NoteStatus.PendingReview).GroupBy(n => n.AgencyId).ToDictionaryAsync(g => g.Key, g => g.Count());
        var demoAgency = (await db.Users.SingleAsync(u => u.Email == Demo.Recruiter)).AgencyId;
        var otherAgency = (await db.Users.SingleAsync(u => u.Email == Demo.OtherAgencyRecruiter)).AgencyId;
        demo.QuerySelector("[data-testid=pending-notes] .stat-value")!.TextContent.ShouldBe(pendingByAgency.GetValueOrDefault(demoAgency).ToString(System.Globalization.CultureInfo.InvariantCulture));
        other.QuerySelector("[data-testid=pending-notes] .stat-value")!.TextContent.ShouldBe(pendingByAgency.GetValueOrDefault(otherAgency).ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task An_unknown_address_shows_the_not_found_page()
    {
        var client = await app.SignedInClientAsync(Demo.Candidate);

        var response = await client.GetAsync("/no-such-page");

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await response.Content.ReadAsStringAsync()).ShouldContain("Not found");
    }

    private static string HomeOfAnyAgency(string email) => email switch
    {
        _ when email.StartsWith("admin@", StringComparison.Ordinal) => "/admin",
        _ when email.StartsWith("recruiter@", StringComparison.Ordinal) => "/recruiter",
        _ when email.StartsWith("candidate", StringComparison.Ordinal) => "/candidate",
        _ => "/client",
    };
}
