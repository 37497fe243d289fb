using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RecruiterLiaison.Application.Common;
using RecruiterLiaison.Domain.Common;
using RecruiterLiaison.Infrastructure.Persistence;
using RecruiterLiaison.Web.Security;
using RecruiterLiaison.WebTests.Support;

namespace RecruiterLiaison.WebTests.Api;

/// <summary>/api/v1/invitations and /api/v1/people: every role, another agency's ids, refusals audited.</summary>
[Collection(AppCollection.Name)]
public sealed class PeopleApiTests(AppFactory app)
{
    private readonly PeopleScenario _people = new(app);

    [Theory]
    [InlineData(Demo.Admin, HttpStatusCode.OK)]
    [InlineData(Demo.Recruiter, HttpStatusCode.OK)]
    [InlineData(Demo.Candidate, HttpStatusCode.Forbidden)]
    [InlineData(Demo.Client, HttpStatusCode.Forbidden)]
    [InlineData(Demo.OtherAgencyAdmin, HttpStatusCode.OK)]
    public async Task Invitations_are_listed_for_recruiters_and_admins_only(string email, HttpStatusCode expected)
    {
        var response = await (await app.ApiClientAsync(email)).GetAsync("/api/v1/invitations?page=1&pageSize=5");

        response.StatusCode.ShouldBe(expected);
        if (expected == HttpStatusCode.OK)
        {
            var page = await response.Content.ReadFromJsonAsync<JsonElement>();
            page.EnumerateObject().Select(p => p.Name).ShouldBe(["items", "page", "pageSize", "total"], ignoreOrder: true);
            page.GetProperty("pageSize").GetInt32().ShouldBe(5);
        }
    }

    [Theory]
    [InlineData(Demo.Admin, HttpStatusCode.OK)]
    [InlineData(Demo.Recruiter, HttpStatusCode.Forbidden)]
    [InlineData(Demo.Candidate, HttpStatusCode.Forbidden)]
    [InlineData(Demo.Client, HttpStatusCode.Forbidden)]
    [InlineData(Demo.OtherAgencyAdmin, HttpStatusCode.OK)]
    public async Task People_are_listed_for_admins_only(string email, HttpStatusCode expected)
    {
        var response = await (await app.ApiClientAsync(email)).GetAsync("/api/v1/people");

        response.StatusCode.ShouldBe(expected);
    }

    [Fact]
    public async Task Each_admin_sees_the_people_and_invitations_of_their_own_agency_only()
    {
        var (_, email, _, _) = await _people.InviteStaffAsync();

        var demo = await (await app.ApiClientAsync(Demo.Admin)).GetFromJsonAsync<JsonElement>("/api/v1/people?pageSize=100");
        var meridian = await (await app.ApiClientAsync(Demo.OtherAgencyAdmin)).GetFromJsonAsync<JsonElement>("/api/v1/people?pageSize=100");
        var demoInvitations = await (await app.ApiClientAsync(Demo.Admin)).GetFromJsonAsync<JsonElement>($"/api/v1/invitations?search={email}");
        var meridianInvitations = await (await app.ApiClientAsync(Demo.OtherAgencyAdmin)).GetFromJsonAsync<JsonElement>($"/api/v1/invitations?search={email}");

        var demoEmails = demo.GetProperty("items").EnumerateArray().Select(p => p.GetProperty("email").GetString()).ToList();
        demoEmails.ShouldContain(Demo.Recruiter);
        demoEmails.ShouldNotContain(e => e!.EndsWith("meridian.test"));
        meridian.GetProperty("items").EnumerateArray().ShouldAllBe(p => p.GetProperty("email").GetString()!.EndsWith("meridian.test"));
        var person = demo.GetProperty("items").EnumerateArray().First(p => p.GetProperty("email").GetString() == Demo.Recruiter);
        person.GetProperty("role").GetString().ShouldBe("Recruiter");
        person.GetProperty("isActive").GetBoolean().ShouldBeTrue();
        var invitation = demoInvitations.GetProperty("items").EnumerateArray().Single();
        invitation.GetProperty("state").GetString().ShouldBe("Pending");
        invitation.GetProperty("role").GetString().ShouldBe("Recruiter");
        invitation.TryGetProperty("tokenHash", out _).ShouldBeFalse();
        meridianInvitations.GetProperty("total").GetInt32().ShouldBe(0);
    }

    [Fact]
    public async Task A_recruiter_invites_a_candidate_over_the_api_but_not_a_colleague()
    {
        var candidate = await _people.NewCandidateAsync();
        var api = await app.ApiClientAsync(Demo.Recruiter);

        var created = await api.PostAsJsonAsync("/api/v1/invitations", new { role = "Candidate", candidateId = candidate.Id });
        var colleague = await api.PostAsJsonAsync("/api/v1/invitations", new { role = "Recruiter", email = $"colleague.{Guid.NewGuid():N}@web-people.example", displayName = "Cole League" });
        var again = await api.PostAsJsonAsync("/api/v1/invitations", new { role = "Candidate", candidateId = candidate.Id });

        created.StatusCode.ShouldBe(HttpStatusCode.Created);
        var body = await created.Content.ReadFromJsonAsync<JsonElement>();
        body.GetProperty("email").GetString().ShouldBe(candidate.Email);
        body.GetProperty("candidateId").GetGuid().ShouldBe(candidate.Id);
        created.Headers.Location!.OriginalString.ShouldBe($"/api/v1/invitations/{body.GetProperty("id").GetGuid()}");
        colleague.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        again.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await again.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("candidateId")[0].GetString()!.ShouldContain("pending invitation");
    }

    [Fact]
    public async Task A_missing_role_or_address_is_a_400_beside_the_field()
    {
        var api = await app.ApiClientAsync(Demo.Admin);

        var noRole = await api.PostAsJsonAsync("/api/v1/invitations", new { email = "x@web-people.example" });
        var noEmail = await api.PostAsJsonAsync("/api/v1/invitations", new { role = "Recruiter", displayName = "No Address" });

        noRole.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await noRole.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("role", out _).ShouldBeTrue();
        (await noEmail.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("email", out _).ShouldBeTrue();
    }

    [Fact]
    public async Task Resend_and_revoke_work_for_the_agency_and_answer_404_to_another_agency_audited()
    {
        var (id, email, _, first) = await _people.InviteStaffAsync();
        var admin = await app.ApiClientAsync(Demo.Admin);
        var other = await app.ApiClientAsync(Demo.OtherAgencyAdmin);

        (await other.PostAsync($"/api/v1/invitations/{id}/resend", null)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await other.PostAsync($"/api/v1/invitations/{id}/revoke", null)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await _people.AuditCountAsync(AuditActions.AccessRefused, id)).ShouldBe(2);

        var resent = await admin.PostAsync($"/api/v1/invitations/{id}/resend", null);
        resent.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await _people.TokenSentToAsync(email)).ShouldNotBe(first);
        var revoked = await admin.PostAsync($"/api/v1/invitations/{id}/revoke", null);
        (await revoked.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("state").GetString().ShouldBe("Revoked");
        var listedRevoked = await admin.GetFromJsonAsync<JsonElement>($"/api/v1/invitations?state=Revoked&search={email}");
        listedRevoked.GetProperty("items").EnumerateArray().Single().GetProperty("id").GetGuid().ShouldBe(id);
        (await admin.GetFromJsonAsync<JsonElement>($"/api/v1/invitations?state=Pending&search={email}")).GetProperty("total").GetInt32().ShouldBe(0);
        (await admin.GetAsync("/api/v1/invitations?state=Nonsense")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var resendRevoked = await admin.PostAsync($"/api/v1/invitations/{id}/resend", null);
        resendRevoked.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await admin.PostAsync($"/api/v1/invitations/{Guid.NewGuid()}/revoke", null)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData(Demo.Candidate)]
    [InlineData(Demo.Client)]
    public async Task Candidates_and_clients_are_refused_every_invitation_endpoint_and_it_is_audited(string email)
    {
        var (id, _, _, _) = await _people.InviteStaffAsync();
        var api = await app.ApiClientAsync(email);

        (await api.PostAsJsonAsync("/api/v1/invitations", new { role = "Candidate", candidateId = Guid.NewGuid() })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await api.PostAsync($"/api/v1/invitations/{id}/resend", null)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await api.PostAsync($"/api/v1/invitations/{id}/revoke", null)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await api.PostAsync($"/api/v1/people/{Guid.NewGuid()}/deactivate", null)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        var caller = await _people.UserAsync(email);
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        (await db.AuditEvents.CountAsync(e => e.Action == AccessAudit.RefusedAction && e.ActorUserId == caller.UserId && e.Detail.Contains($"/api/v1/invitations/{id}/"))).ShouldBe(2);
    }

    [Fact]
    public async Task A_recruiter_cannot_change_deactivate_or_reactivate_anyone()
    {
        var (id, _) = await _people.JoinAsync();
        var api = await app.ApiClientAsync(Demo.Recruiter);

        (await api.PostAsJsonAsync($"/api/v1/people/{id}/role", new { role = "AgencyAdmin" })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await api.PostAsync($"/api/v1/people/{id}/deactivate", null)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await api.PostAsync($"/api/v1/people/{id}/reactivate", null)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Another_agencys_admin_gets_404_for_our_people_and_it_is_audited()
    {
        var (id, _) = await _people.JoinAsync();
        var api = await app.ApiClientAsync(Demo.OtherAgencyAdmin);

        (await api.PostAsJsonAsync($"/api/v1/people/{id}/role", new { role = "AgencyAdmin" })).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await api.PostAsync($"/api/v1/people/{id}/deactivate", null)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await api.PostAsync($"/api/v1/people/{id}/reactivate", null)).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        (await _people.AuditCountAsync(AuditActions.AccessRefused, id)).ShouldBe(3);
    }

    [Fact]
    public async Task An_admin_changes_a_role_but_not_their_own_and_cannot_deactivate_themselves()
    {
        var (id, _) = await _people.JoinAsync();
        var helen = await _people.UserAsync(Demo.Admin);
        var api = await app.ApiClientAsync(Demo.Admin);

        var promoted = await api.PostAsJsonAsync($"/api/v1/people/{id}/role", new { role = "AgencyAdmin" });
        var self = await api.PostAsync($"/api/v1/people/{helen.UserId}/deactivate", null);
        var selfRole = await api.PostAsJsonAsync($"/api/v1/people/{helen.UserId}/role", new { role = "Recruiter" });
        var noRole = await api.PostAsJsonAsync($"/api/v1/people/{id}/role", new { });

        promoted.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await promoted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("role").GetString().ShouldBe("AgencyAdmin");
        self.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await self.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString()!.ShouldContain("yourself");
        selfRole.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        noRole.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await noRole.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("role", out _).ShouldBeTrue();
    }

    [Fact]
    public async Task A_deactivated_recruiters_token_answers_401_at_once_and_works_again_after_reactivation()
    {
        var (id, email) = await _people.JoinAsync(Role.Recruiter);
        var recruiter = await app.ApiClientAsync(email);
        (await recruiter.GetAsync("/api/v1/review-queue")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var admin = await app.ApiClientAsync(Demo.Admin);

        var deactivated = await admin.PostAsync($"/api/v1/people/{id}/deactivate", null);

        deactivated.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await deactivated.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("isActive").GetBoolean().ShouldBeFalse();
        var refused = await recruiter.GetAsync("/api/v1/review-queue");
        refused.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        refused.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        (await recruiter.GetAsync("/api/v1/me")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);

        (await admin.PostAsync($"/api/v1/people/{id}/reactivate", null)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await recruiter.GetAsync("/api/v1/me")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task The_OpenAPI_document_names_the_people_schemas()
    {
        var document = await (await app.AnonymousClient().GetAsync("/openapi/v1.json")).Content.ReadFromJsonAsync<JsonElement>();

        var paths = document.GetProperty("paths");
        foreach (var path in new[] { "/api/v1/invitations", "/api/v1/invitations/{id}/resend", "/api/v1/invitations/{id}/revoke", "/api/v1/people", "/api/v1/people/{id}/role", "/api/v1/people/{id}/deactivate", "/api/v1/people/{id}/reactivate" })
        {
            paths.TryGetProperty(path, out _).ShouldBeTrue(path);
        }

        var schemas = document.GetProperty("components").GetProperty("schemas").EnumerateObject().Select(s => s.Name).ToList();
        schemas.ShouldContain("InviteRequest");
        schemas.ShouldContain("ChangeRoleRequest");
        schemas.ShouldContain("InvitationRow");
        schemas.ShouldContain("PersonRow");
        foreach (var path in new[] { "/api/v1/invitations", "/api/v1/people" })
        {
            var response = paths.GetProperty(path).GetProperty("get").GetProperty("responses").GetProperty("200").GetRawText();
            response.ShouldContain("#/components/schemas/Paged");
            response.ShouldNotContain("AnonymousType");
        }
    }
}
