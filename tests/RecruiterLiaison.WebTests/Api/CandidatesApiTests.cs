using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using RecruiterLiaison.Domain.Positions;
using RecruiterLiaison.Domain.Submissions;
using RecruiterLiaison.WebTests.Support;

namespace RecruiterLiaison.WebTests.Api;

/// <summary>Candidates and submissions over the API, as a recruiter's script would use them.</summary>
[Collection(AppCollection.Name)]
public sealed class CandidatesApiTests(AppFactory app)
{
    [Fact]
    public async Task A_recruiter_creates_finds_and_edits_a_candidate()
    {
        var api = await app.ApiClientAsync(Demo.Recruiter);
        var marker = Workspace.Unique();

        var created = await api.PostAsJsonAsync("/api/v1/candidates", new { name = $"Ravi Menon {marker}", email = $"ravi.{marker}@example.test", location = "Manchester", profile = "Routing systems." });

        created.StatusCode.ShouldBe(HttpStatusCode.Created);
        var candidate = await created.Content.ReadFromJsonAsync<JsonElement>();
        var id = candidate.GetProperty("id").GetGuid();
        created.Headers.Location!.ToString().ShouldBe($"/api/v1/candidates/{id}");
        candidate.GetProperty("hasAccount").GetBoolean().ShouldBeFalse();
        candidate.GetProperty("submissions").GetArrayLength().ShouldBe(0);

        var found = await api.GetFromJsonAsync<JsonElement>($"/api/v1/candidates?search={marker}&pageSize=5");
        found.GetProperty("total").GetInt32().ShouldBe(1);
        found.GetProperty("pageSize").GetInt32().ShouldBe(5);
        found.GetProperty("items")[0].GetProperty("id").GetGuid().ShouldBe(id);

        var edited = await api.PutAsJsonAsync($"/api/v1/candidates/{id}", new { version = candidate.GetProperty("version").GetUInt32(), name = $"Ravi Menon {marker}", email = $"ravi.{marker}@example.test", phone = "+44 7700 900123", location = "Leeds" });
        edited.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await edited.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("location").GetString().ShouldBe("Leeds");

        var stale = await api.PutAsJsonAsync($"/api/v1/candidates/{id}", new { version = candidate.GetProperty("version").GetUInt32(), name = "Someone else", email = $"ravi.{marker}@example.test" });
        stale.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        var problem = await stale.Content.ReadFromJsonAsync<JsonElement>();
        problem.GetProperty("detail").GetString()!.ShouldContain("Daniel Okafor");
        problem.GetProperty("current").GetProperty("location").GetString().ShouldBe("Leeds");
    }

    [Fact]
    public async Task Missing_fields_and_a_taken_email_are_400s_beside_the_field()
    {
        var api = await app.ApiClientAsync(Demo.Admin);
        var (_, _, email) = await Workspace.CandidateAsync(app);

        var empty = await api.PostAsJsonAsync("/api/v1/candidates", new { });
        var taken = await api.PostAsJsonAsync("/api/v1/candidates", new { name = "Ravi", email });
        var noVersion = await api.PutAsJsonAsync($"/api/v1/candidates/{await Workspace.CandidateIdOfAsync(app, email)}", new { name = "Ravi", email });
        var badSort = await api.GetAsync("/api/v1/candidates?sort=shoeSize");

        (await ErrorsAsync(empty)).EnumerateObject().Select(p => p.Name).ShouldBe(["name", "email"], ignoreOrder: true);
        (await ErrorsAsync(taken)).GetProperty("email")[0].GetString()!.ShouldContain("Ravi Menon");
        (await ErrorsAsync(noVersion)).TryGetProperty("version", out _).ShouldBeTrue();
        (await ErrorsAsync(badSort)).TryGetProperty("sort", out _).ShouldBeTrue();
    }

    [Fact]
    public async Task A_recruiter_puts_a_candidate_forward_moves_the_stage_and_follows_it_in_the_list()
    {
        var api = await app.ApiClientAsync(Demo.Recruiter);
        var (candidateId, _, _) = await Workspace.CandidateAsync(app);
        var position = await Workspace.PositionAsync(app);

        var created = await api.PostAsJsonAsync("/api/v1/submissions", new { candidateId, positionId = position.Id, pitch = "Rebuilt a dispatch engine." });
        created.StatusCode.ShouldBe(HttpStatusCode.Created);
        var submission = await created.Content.ReadFromJsonAsync<JsonElement>();
        var id = submission.GetProperty("id").GetGuid();
        submission.GetProperty("stage").GetString().ShouldBe("RecruiterScreen");
        submission.GetProperty("allowedStages").EnumerateArray().Select(s => s.GetString()).ShouldBe(["Rejected", "Withdrawn", "RemovedFromConsideration"]);

        var again = await api.PostAsJsonAsync("/api/v1/submissions", new { candidateId, positionId = position.Id, pitch = "Again." });
        (await ErrorsAsync(again)).GetProperty("positionId")[0].GetString()!.ShouldContain("already put forward");

        var notAllowed = await api.PostAsJsonAsync($"/api/v1/submissions/{id}/stage", new { stage = "Offer", reason = "Why not.", version = submission.GetProperty("version").GetUInt32() });
        (await ErrorsAsync(notAllowed)).GetProperty("stage")[0].GetString()!.ShouldContain("Rejected, Withdrawn or Removed from consideration");
        var noReason = await api.PostAsJsonAsync($"/api/v1/submissions/{id}/stage", new { stage = "rejected", version = submission.GetProperty("version").GetUInt32() });
        (await ErrorsAsync(noReason)).EnumerateObject().Select(p => p.Name).ShouldBe(["reason"]);
        var nonsense = await api.PostAsJsonAsync($"/api/v1/submissions/{id}/stage", new { stage = "Hired", reason = "Yes.", version = submission.GetProperty("version").GetUInt32() });
        (await ErrorsAsync(nonsense)).TryGetProperty("stage", out _).ShouldBeTrue();

        var moved = await api.PostAsJsonAsync($"/api/v1/submissions/{id}/stage", new { stage = "Rejected", reason = "The client hired internally.", version = submission.GetProperty("version").GetUInt32() });
        moved.StatusCode.ShouldBe(HttpStatusCode.OK);
        var now = await moved.Content.ReadFromJsonAsync<JsonElement>();
        now.GetProperty("stage").GetString().ShouldBe("Rejected");
        now.GetProperty("history")[1].GetProperty("reason").GetString().ShouldBe("The client hired internally.");
        now.GetProperty("history")[1].GetProperty("by").GetString().ShouldBe("Daniel Okafor");

        var stale = await api.PostAsJsonAsync($"/api/v1/submissions/{id}/stage", new { stage = "Withdrawn", reason = "Late.", version = submission.GetProperty("version").GetUInt32() });
        stale.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await stale.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("current").GetProperty("stage").GetString().ShouldBe("Rejected");

        var list = await api.GetFromJsonAsync<JsonElement>($"/api/v1/submissions?candidateId={candidateId}&stage=Rejected");
        var item = list.GetProperty("items").EnumerateArray().ShouldHaveSingleItem();
        item.GetProperty("id").GetGuid().ShouldBe(id);
        item.GetProperty("positionId").GetGuid().ShouldBe(position.Id);
        item.GetProperty("candidateId").GetGuid().ShouldBe(candidateId);
        item.GetProperty("clientId").GetGuid().ShouldNotBe(Guid.Empty);
        item.GetProperty("client").GetString().ShouldBe(position.Client);
        item.GetProperty("stageReason").GetString().ShouldBe("The client hired internally.");
        (await api.GetFromJsonAsync<JsonElement>($"/api/v1/submissions?positionId={position.Id}&stage=Offer")).GetProperty("total").GetInt32().ShouldBe(0);
        (await api.GetAsync("/api/v1/submissions?stage=Hired")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task A_closed_position_and_a_missing_pitch_are_400s_beside_the_field()
    {
        var api = await app.ApiClientAsync(Demo.Recruiter);
        var (candidateId, _, _) = await Workspace.CandidateAsync(app);
        var closed = await Workspace.PositionAsync(app, PositionStatus.Closed);

        var refused = await api.PostAsJsonAsync("/api/v1/submissions", new { candidateId, positionId = closed.Id, pitch = "Great fit." });
        var noPitch = await api.PostAsJsonAsync("/api/v1/submissions", new { candidateId, positionId = closed.Id });

        (await ErrorsAsync(refused)).GetProperty("positionId")[0].GetString()!.ShouldContain("only an open position");
        (await ErrorsAsync(noPitch)).EnumerateObject().Select(p => p.Name).ShouldBe(["pitch"]);
    }

    [Fact]
    public async Task A_candidate_reads_the_recruiters_reason_in_their_own_list_and_a_client_never_does()
    {
        var recruiter = await app.ApiClientAsync(Demo.Recruiter);
        var position = await Workspace.PositionAsync(app);
        var priya = await Workspace.CandidateIdOfAsync(app, Demo.Candidate);
        var id = await Workspace.SubmissionAsync(app, priya, position.Id, SubmissionStage.FirstClientInterview);
        var version = (await recruiter.GetFromJsonAsync<JsonElement>($"/api/v1/submissions/{id}")).GetProperty("version").GetUInt32();
        (await recruiter.PostAsJsonAsync($"/api/v1/submissions/{id}/stage", new { stage = "Offer", reason = "They want you: the offer comes on Monday.", version })).EnsureSuccessStatusCode();

        var mine = await (await app.ApiClientAsync(Demo.Candidate)).GetFromJsonAsync<JsonElement>($"/api/v1/submissions?positionId={position.Id}");

        mine.GetProperty("items")[0].GetProperty("stageReason").GetString().ShouldBe("They want you: the offer comes on Monday.");
        mine.GetProperty("items")[0].GetProperty("stage").GetString().ShouldBe("Offer");
    }

    [Fact]
    public async Task The_OpenAPI_document_names_the_workspace_schemas()
    {
        var document = await app.AnonymousClient().GetFromJsonAsync<JsonElement>("/openapi/v1.json");

        var paths = document.GetProperty("paths");
        foreach (var path in new[] { "/api/v1/candidates", "/api/v1/candidates/{id}", "/api/v1/submissions", "/api/v1/submissions/{id}", "/api/v1/submissions/{id}/stage" })
        {
            paths.TryGetProperty(path, out _).ShouldBeTrue(path);
        }

        var schemas = document.GetProperty("components").GetProperty("schemas").EnumerateObject().Select(s => s.Name).ToList();
        schemas.ShouldContain("CandidateDetail");
        schemas.ShouldContain("SubmissionDetail");
        schemas.ShouldContain(s => s.Contains("SubmissionItem"));
        schemas.ShouldNotContain(s => s.Contains("AnonymousType") && (s.Contains("Candidate") || s.Contains("Submission")));
    }

    private static async Task<JsonElement> ErrorsAsync(HttpResponseMessage response)
    {
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
    }
}
