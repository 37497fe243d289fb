using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RecruiterLiaison.Infrastructure.Persistence;
using RecruiterLiaison.WebTests.Support;

namespace RecruiterLiaison.WebTests.Api;

/// <summary>A client that retries a POST with its Idempotency-Key gets the first answer again and changes nothing more.</summary>
[Collection(AppCollection.Name)]
public sealed class IdempotencyKeyTests(AppFactory app)
{
    private readonly Scenario _scenario = new(app);

    [Fact]
    public async Task A_retried_note_submission_answers_as_the_first_did_and_makes_no_second_note()
    {
        var candidate = await app.ApiClientAsync(Demo.Candidate);
        var body = await NoteBodyAsync($"Dear Sarah, thank you for Friday. Retry {Guid.NewGuid():N}");
        var key = Guid.NewGuid().ToString();

        using var first = await PostAsync(candidate, "/api/v1/notes", body, key);
        using var retry = await PostAsync(candidate, "/api/v1/notes", body, key);

        first.StatusCode.ShouldBe(HttpStatusCode.Created);
        retry.StatusCode.ShouldBe(HttpStatusCode.Created);
        (await retry.Content.ReadAsStringAsync()).ShouldBe(await first.Content.ReadAsStringAsync());
        retry.Headers.Location.ShouldBe(first.Headers.Location);
        retry.Headers.GetValues("Idempotent-Replayed").ShouldBe(["true"]);
        first.Headers.Contains("Idempotent-Replayed").ShouldBeFalse();
        (await NotesWithTextAsync(body)).ShouldBe(1);
    }

    [Fact]
    public async Task Concurrent_requests_with_one_key_make_one_note_and_all_get_its_answer()
    {
        var candidate = await app.ApiClientAsync(Demo.Candidate);
        var body = await NoteBodyAsync($"Dear Sarah, thank you for Friday. Concurrent {Guid.NewGuid():N}");
        var key = Guid.NewGuid().ToString();

        var responses = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => PostAsync(candidate, "/api/v1/notes", body, key)));

        responses.Select(r => r.StatusCode).ShouldAllBe(s => s == HttpStatusCode.Created);
        var ids = await Task.WhenAll(responses.Select(async r => (await r.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid()));
        ids.Distinct().Count().ShouldBe(1);
        (await NotesWithTextAsync(body)).ShouldBe(1);
    }

    [Fact]
    public async Task The_same_key_on_a_different_request_is_refused_with_422_and_changes_nothing()
    {
        var candidate = await app.ApiClientAsync(Demo.Candidate);
        var body = await NoteBodyAsync($"Dear Sarah, thank you for Friday. First {Guid.NewGuid():N}");
        var other = body.Replace("First", "Second", StringComparison.Ordinal);
        var key = Guid.NewGuid().ToString();
        (await PostAsync(candidate, "/api/v1/notes", body, key)).StatusCode.ShouldBe(HttpStatusCode.Created);

        using var reused = await PostAsync(candidate, "/api/v1/notes", other, key);

        reused.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        reused.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        (await reused.Content.ReadAsStringAsync()).ShouldContain("already used for a different request");
        (await NotesWithTextAsync(other)).ShouldBe(0);
    }

    [Fact]
    public async Task Keys_belong_to_their_caller_so_two_callers_with_one_key_do_not_meet()
    {
        var priya = await app.ApiClientAsync(Demo.Candidate);
        var recruiter = await app.ApiClientAsync(Demo.Recruiter);
        var note = await _scenario.SubmitAsync($"Dear Sarah, thank you for Friday. Own keys {Guid.NewGuid():N}", "ThankYou");
        var key = Guid.NewGuid().ToString();
        (await PostAsync(priya, $"/api/v1/notes/{note.Id}/withdraw", "{}", key)).StatusCode.ShouldBe(HttpStatusCode.OK);

        // The recruiter's claim with the same key is a request of its own: it runs, and finds the note withdrawn.
        using var claim = await PostAsync(recruiter, $"/api/v1/notes/{note.Id}/claim", "{}", key);

        claim.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        claim.Headers.Contains("Idempotent-Replayed").ShouldBeFalse();
    }

    [Fact]
    public async Task A_retried_approval_answers_200_again_instead_of_a_conflict()
    {
        var note = await _scenario.SubmitAsync($"Dear Sarah, thank you for Friday. Approve {Guid.NewGuid():N}", "ThankYou");
        var recruiter = await app.ApiClientAsync(Demo.Recruiter);
        var approval = JsonSerializer.Serialize(new { version = note.Version });
        var key = Guid.NewGuid().ToString();

        using var first = await PostAsync(recruiter, $"/api/v1/notes/{note.Id}/approve", approval, key);
        using var retry = await PostAsync(recruiter, $"/api/v1/notes/{note.Id}/approve", approval, key);
        using var withoutKey = await recruiter.PostAsync($"/api/v1/notes/{note.Id}/approve", Json(approval));

        first.StatusCode.ShouldBe(HttpStatusCode.OK);
        retry.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await retry.Content.ReadAsStringAsync()).ShouldBe(await first.Content.ReadAsStringAsync());
        withoutKey.StatusCode.ShouldBe(HttpStatusCode.Conflict); // proves the retry was not simply run again
    }

    [Fact]
    public async Task A_refused_request_is_replayed_as_refused()
    {
        var candidate = await app.ApiClientAsync(Demo.Candidate);
        var key = Guid.NewGuid().ToString();
        const string empty = """{"kind":"ThankYou","body":""}""";

        using var first = await PostAsync(candidate, "/api/v1/notes", empty, key);
        using var retry = await PostAsync(candidate, "/api/v1/notes", empty, key);

        first.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        retry.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        retry.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        retry.Headers.GetValues("Idempotent-Replayed").ShouldBe(["true"]);
    }

    [Theory]
    [InlineData("has space")]
    [InlineData("{quoted}\"key\" with spaces")]
    public async Task A_malformed_key_is_a_400_problem(string key)
    {
        var candidate = await app.ApiClientAsync(Demo.Candidate);
        var body = await NoteBodyAsync($"Dear Sarah, thank you for Friday. Bad key {Guid.NewGuid():N}");

        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/notes") { Content = Json(body) };
        request.Headers.TryAddWithoutValidation("Idempotency-Key", key);
        using var response = await candidate.SendAsync(request);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).ShouldContain("Idempotency-Key");
        (await NotesWithTextAsync(body)).ShouldBe(0);
    }

    [Fact]
    public async Task A_key_longer_than_255_characters_is_a_400_problem()
    {
        var candidate = await app.ApiClientAsync(Demo.Candidate);
        var body = await NoteBodyAsync($"Dear Sarah, thank you for Friday. Long key {Guid.NewGuid():N}");

        using var response = await PostAsync(candidate, "/api/v1/notes", body, new string('k', 256));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await NotesWithTextAsync(body)).ShouldBe(0);
    }

    private async Task<string> NoteBodyAsync(string text)
    {
        var (submission, interview, contact) = await _scenario.PriyaToSarahAsync();
        return JsonSerializer.Serialize(new { submissionId = submission, interviewId = interview, recipientContactId = contact, kind = "ThankYou", body = text });
    }

    private static Task<HttpResponseMessage> PostAsync(HttpClient client, string path, string json, string key)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = Json(json) };
        request.Headers.TryAddWithoutValidation("Idempotency-Key", key);
        return client.SendAsync(request);
    }

    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    /// <summary>How many notes were made from this request body (matched on its text).</summary>
    private async Task<int> NotesWithTextAsync(string requestJson)
    {
        var text = JsonDocument.Parse(requestJson).RootElement.GetProperty("body").GetString()!;
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        return await db.Notes.CountAsync(n => n.Versions.Any(v => v.Body == text));
    }
}
