using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RecruiterLiaison.Infrastructure.Persistence;
using RecruiterLiaison.Tests.Shared;
using RecruiterLiaison.WebTests.Support;

namespace RecruiterLiaison.WebTests.Api;

/// <summary>
/// The whole onboarding story over the API alone: the operator's <c>rl</c> makes the agency
/// and the tokens, people join through their invitation links, and everything else is a call
/// to /api/v1. Only setting a password needs the invitation page (nobody has a token before
/// they have an account).
/// </summary>
[Collection(AppCollection.Name)]
public sealed partial class AgencyOnboardingApiStoryTests(AppFactory app)
{
    private const string Password = "Story-pass-1";

    [Fact]
    public async Task An_agency_made_with_rl_sets_up_its_work_and_a_note_reaches_the_client_over_the_api()
    {
        var run = Guid.NewGuid().ToString("N")[..8];
        var adminEmail = $"ada.{run}@api-story.test";
        var recruiterEmail = $"rob.{run}@api-story.test";

        var created = await RlAsync("agency", "create", "--name", $"API Story Talent {run}", "--admin-email", adminEmail, "--admin-name", "Ada Lovelace");
        created.ExitCode.ShouldBe(0, created.StandardError);
        await AcceptAsync(Link(created.StandardOutput));
        var admin = await TokenClientAsync(adminEmail);
        (await Json(await admin.GetAsync("/api/v1/me"))).GetProperty("role").GetString().ShouldBe("AgencyAdmin");

        await Created(await admin.PostAsJsonAsync("/api/v1/invitations", new { role = "Recruiter", email = recruiterEmail, displayName = "Rob Okafor" }));
        await AcceptAsync(await EmailedLinkAsync(recruiterEmail));
        var recruiter = await TokenClientAsync(recruiterEmail);

        // The recruiter's records.
        var client = await Created(await recruiter.PostAsJsonAsync("/api/v1/clients", new { name = $"Orchard Freight {run}" }));
        var contact = await Created(await recruiter.PostAsJsonAsync($"/api/v1/clients/{Id(client)}/contacts", new { name = "Cleo Marsh", title = "Head of Operations", email = $"cleo.{run}@client.api-story.test", seniority = "Manager" }));
        var position = await Created(await recruiter.PostAsJsonAsync("/api/v1/positions", new { clientCompanyId = Id(client), title = "Warehouse Systems Lead", location = "Bristol", description = "Runs the systems that run the warehouses.", requirements = new[] { "Warehouse management systems", "Leading a small team" } }));
        position.GetProperty("requirements").GetArrayLength().ShouldBe(2);
        var candidate = await Created(await recruiter.PostAsJsonAsync("/api/v1/candidates", new { name = "Cam Rivera", email = $"cam.{run}@candidate.api-story.test", location = "Bath", profile = "Ten years of warehouse systems." }));
        var submission = await Created(await recruiter.PostAsJsonAsync("/api/v1/submissions", new { candidateId = Id(candidate), positionId = Id(position), pitch = "Cam has run two warehouse system migrations." }));
        var interview = await Created(await recruiter.PostAsJsonAsync($"/api/v1/submissions/{Id(submission)}/interviews", new { scheduledAt = DateTimeOffset.UtcNow.AddDays(-1), durationMinutes = 45, format = "Video", interviewerContactIds = new[] { Id(contact) } }));

        // The candidate and the contact are invited by the recruiter and join.
        await Created(await recruiter.PostAsJsonAsync("/api/v1/invitations", new { role = "Candidate", candidateId = Id(candidate) }));
        await Created(await recruiter.PostAsJsonAsync("/api/v1/invitations", new { role = "Client", clientContactId = Id(contact) }));
        await AcceptAsync(await EmailedLinkAsync(candidate.GetProperty("email").GetString()!));
        await AcceptAsync(await EmailedLinkAsync(contact.GetProperty("email").GetString()!));
        var candidateApi = await TokenClientAsync(candidate.GetProperty("email").GetString()!);
        var contactApi = await TokenClientAsync(contact.GetProperty("email").GetString()!);

        // The candidate's own list carries the ids a client follows; the note goes to the queue.
        var mine = await Json(await candidateApi.GetAsync("/api/v1/submissions"));
        var item = mine.GetProperty("items").EnumerateArray().Single();
        item.GetProperty("positionId").GetGuid().ShouldBe(Id(position));
        var marker = $"the next migration {run}";
        var note = await Created(await candidateApi.PostAsJsonAsync("/api/v1/notes", new { submissionId = Id(submission), interviewId = Id(interview), recipientContactId = Id(contact), kind = "FollowUp", body = $"Dear Cleo,\n\nThank you for yesterday's conversation. I enjoyed hearing about {marker}.\n\nKind regards,\nCam Rivera" }));
        (await Json(await contactApi.GetAsync("/api/v1/inbox"))).GetProperty("total").GetInt32().ShouldBe(0, "nothing reaches the client before the recruiter approves");

        var queue = await Json(await recruiter.GetAsync("/api/v1/review-queue"));
        queue.GetProperty("items").EnumerateArray().ShouldContain(n => n.GetProperty("id").GetGuid() == Id(note));
        (await recruiter.PostAsJsonAsync($"/api/v1/notes/{Id(note)}/approve", new { version = note.GetProperty("version").GetUInt32() })).StatusCode.ShouldBe(HttpStatusCode.OK);

        var inbox = await Json(await contactApi.GetAsync("/api/v1/inbox"));
        inbox.GetProperty("items").EnumerateArray().Single().GetProperty("deliveredBody").GetString()!.ShouldContain(marker);
    }

    private Task<CliResult> RlAsync(params string[] arguments) =>
        CliProcess.RunAsync(app.ConnectionString, new Dictionary<string, string> { ["Email:PickupDirectory"] = Path.Combine(Path.GetTempPath(), "rl-web-story-mail") }, arguments);

    /// <summary>A token as the operator makes one with <c>rl tokens create</c>.</summary>
    private async Task<HttpClient> TokenClientAsync(string email)
    {
        var token = await RlAsync("tokens", "create", "--email", email);
        token.ExitCode.ShouldBe(0, token.StandardError);
        var client = app.AnonymousClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.StandardOutput.Trim());
        return client;
    }

    /// <summary>The link in the invitation e-mail the app queued for <paramref name="email"/>.</summary>
    private async Task<string> EmailedLinkAsync(string email)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var bodies = await db.OutboxMessages.Where(m => m.ToAddress == email).Select(m => m.Body).ToListAsync();
        // Candidates also hear by e-mail that they were put forward; the invitation is the one with a link.
        return Link(bodies.Where(b => InvitationLink().IsMatch(b)).ShouldHaveSingleItem());
    }

    private async Task AcceptAsync(string link)
    {
        var browser = app.AnonymousClient();
        var path = new Uri(link).AbsolutePath;
        var response = await AppFactory.PostFormAsync(browser, path, "invitation", new() { ["Input.Password"] = Password, ["Input.ConfirmPassword"] = Password });
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect, await response.Content.ReadAsStringAsync());
    }

    private static string Link(string text) => InvitationLink().Match(text) is { Success: true } match ? match.Value : throw new InvalidOperationException($"No invitation link in: {text}");

    private static Guid Id(JsonElement element) => element.GetProperty("id").GetGuid();

    private static async Task<JsonElement> Created(HttpResponseMessage response)
    {
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return await Json(response);
    }

    private static async Task<JsonElement> Json(HttpResponseMessage response)
    {
        response.IsSuccessStatusCode.ShouldBeTrue(await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    [GeneratedRegex(@"https?://[^\s""<>]+/invitation/[A-Za-z0-9_\-]+")]
    private static partial Regex InvitationLink();
}
