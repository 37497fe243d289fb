using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using RecruiterLiaison.WebTests.Support;

namespace RecruiterLiaison.WebTests.Api;

[Collection(AppCollection.Name)]
public sealed class NotesApiTests(AppFactory app)
{
    private readonly Scenario _scenario = new(app);

    [Fact]
    public async Task Submitting_a_note_answers_201_with_its_status_version_and_findings()
    {
        var (submission, interview, contact) = await _scenario.PriyaToSarahAsync();
        var candidate = await app.ApiClientAsync(Demo.Candidate);

        var response = await candidate.PostAsJsonAsync("/api/v1/notes", new { submissionId = submission, interviewId = interview, recipientContactId = contact, kind = "FollowUp", body = "Any update ASAP?? thx" });

        response.StatusCode.ShouldBe(HttpStatusCode.Created);
        var note = await response.Content.ReadFromJsonAsync<JsonElement>();
        note.GetProperty("status").GetString().ShouldBe("PendingReview");
        note.GetProperty("version").GetUInt32().ShouldBeGreaterThan(0u);
        var rules = note.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("rule").GetString()).ToList();
        rules.ShouldContain("tone.aggressive");
        rules.ShouldContain("tone.casual");
        var first = note.GetProperty("findings")[0];
        first.GetProperty("severity").GetString().ShouldBeOneOf("Info", "Warning", "Blocker");
        first.TryGetProperty("start", out _).ShouldBeTrue();
        first.TryGetProperty("length", out _).ShouldBeTrue();
        response.Headers.Location!.OriginalString.ShouldBe($"/api/v1/notes/{note.GetProperty("id").GetGuid()}");
    }

    [Theory]
    [InlineData("""{"submissionId":"00000000-0000-0000-0000-000000000000","interviewId":"00000000-0000-0000-0000-000000000000","recipientContactId":"00000000-0000-0000-0000-000000000000","kind":"ThankYou","body":"hi"}""", "submissionId")]
    [InlineData("""{"kind":"ThankYou","body":""}""", "body")]
    [InlineData("""{"kind":"Shouting","body":"hi"}""", null)]
    [InlineData("""{"kind":"ThankYou","body":"hi","submissionId":"not-a-guid"}""", null)]
    [InlineData("""not json at all""", null)]
    [InlineData("""{"body":"hi"}""", "kind")]
    public async Task Bad_input_gets_400_with_problem_details_and_never_500(string json, string? field)
    {
        var candidate = await app.ApiClientAsync(Demo.Candidate);

        var response = await candidate.PostAsync("/api/v1/notes", new StringContent(json, Encoding.UTF8, "application/json"));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        if (field is not null)
        {
            var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
            problem.GetProperty("errors").TryGetProperty(field, out _).ShouldBeTrue();
        }
    }

    [Fact]
    public async Task Approving_with_a_stale_version_gets_409_with_the_current_state()
    {
        var note = await _scenario.SubmitAsync("Dear Sarah, thank you for Friday.", "ThankYou");
        var recruiter = await app.ApiClientAsync(Demo.Recruiter);
        (await recruiter.PostAsJsonAsync($"/api/v1/notes/{note.Id}/decline", new { version = note.Version, reason = "Timing", message = "Wait a day." })).EnsureSuccessStatusCode();

        var stale = await recruiter.PostAsJsonAsync($"/api/v1/notes/{note.Id}/approve", new { version = note.Version });

        stale.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        var problem = await stale.Content.ReadFromJsonAsync<JsonElement>();
        problem.GetProperty("current").GetProperty("status").GetString().ShouldBe("Declined");
        problem.GetProperty("current").GetProperty("handledBy").GetString().ShouldBe("Daniel Okafor");
        problem.GetProperty("detail").GetString()!.ShouldContain("already handled by Daniel Okafor");
    }

    [Fact]
    public async Task The_candidate_reads_the_full_note_with_diff_and_history_after_a_rewrite()
    {
        var note = await _scenario.SubmitAsync("hey sarah, any news??");
        var recruiter = await app.ApiClientAsync(Demo.Recruiter);
        (await recruiter.PostAsJsonAsync($"/api/v1/notes/{note.Id}/approve", new { version = note.Version, body = "Dear Sarah, I remain very interested. Kind regards, Priya" })).EnsureSuccessStatusCode();

        var full = await (await app.ApiClientAsync(Demo.Candidate)).GetFromJsonAsync<JsonElement>($"/api/v1/notes/{note.Id}");

        full.GetProperty("status").GetString().ShouldBe("Approved");
        full.GetProperty("body").GetString().ShouldBe("hey sarah, any news??");
        full.GetProperty("deliveredBody").GetString().ShouldBe("Dear Sarah, I remain very interested. Kind regards, Priya");
        full.GetProperty("diff").EnumerateArray().Select(d => d.GetProperty("kind").GetString()).ShouldContain("Removed");
        full.GetProperty("history").EnumerateArray().Select(h => h.GetProperty("action").GetString()).ShouldBe(["Submitted", "RewrittenAndApproved"]);
    }

    [Fact]
    public async Task The_review_queue_lists_pending_notes_with_recipient_seniority_and_findings()
    {
        var note = await _scenario.SubmitAsync("PLEASE CALL ME BACK TODAY");

        var queue = await (await app.ApiClientAsync(Demo.Recruiter)).AllItemsAsync("/api/v1/review-queue");

        var item = queue.Single(n => n.GetProperty("id").GetGuid() == note.Id);
        item.GetProperty("recipient").GetProperty("seniority").GetString().ShouldBe("Manager");
        item.GetProperty("findings").EnumerateArray().ShouldNotBeEmpty();
        item.GetProperty("candidate").GetString().ShouldBe("Priya Raman");
    }

    [Fact]
    public async Task Checking_a_draft_returns_findings_and_risk_without_saving_anything()
    {
        var candidate = await app.ApiClientAsync(Demo.Candidate);
        var (_, interview, contact) = await _scenario.PriyaToSarahAsync();

        var check = await candidate.PostAsJsonAsync("/api/v1/notes/check", new { body = "Call me back today!!!", kind = "FollowUp", interviewId = interview, recipientContactId = contact });

        check.StatusCode.ShouldBe(HttpStatusCode.OK);
        var result = await check.Content.ReadFromJsonAsync<JsonElement>();
        result.GetProperty("risk").GetInt32().ShouldBeGreaterThan(0);
        result.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("rule").GetString()).ShouldContain("tone.aggressive");
    }
}
