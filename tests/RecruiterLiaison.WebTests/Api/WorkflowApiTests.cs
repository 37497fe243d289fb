using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RecruiterLiaison.Domain.Submissions;
using RecruiterLiaison.Infrastructure.Persistence;
using RecruiterLiaison.WebTests.Support;

namespace RecruiterLiaison.WebTests.Api;

/// <summary>
/// Each workflow endpoint used by its owner, on a submission of the test's own; the refusals of
/// everyone else are in <see cref="WorkflowAccessTests"/>.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class WorkflowApiTests(AppFactory app)
{
    private readonly FreshSubmission _fresh = new(app);

    [Fact]
    public async Task A_recruiter_books_an_interview_and_its_feedback_window_opens()
    {
        var ids = await _fresh.PriyaPutForwardAsync();
        var recruiter = await app.ApiClientAsync(Demo.Recruiter);
        var at = DateTimeOffset.UtcNow.AddDays(7);

        var response = await recruiter.PostAsJsonAsync($"/api/v1/submissions/{ids.SubmissionId}/interviews", new
        {
            scheduledAt = at, durationMinutes = 60, format = "OnSite", interviewerContactIds = new[] { ids.SarahContactId, ids.JamesContactId },
        });

        response.StatusCode.ShouldBe(HttpStatusCode.Created);
        var booked = await response.Content.ReadFromJsonAsync<JsonElement>();
        var interview = booked.GetProperty("id").GetGuid();
        booked.GetProperty("submissionId").GetGuid().ShouldBe(ids.SubmissionId);
        booked.GetProperty("feedbackWindow").GetProperty("dueAt").GetDateTimeOffset().ShouldBeGreaterThan(at);
        booked.GetProperty("feedbackWindow").GetProperty("status").GetString().ShouldBe("Open");
        response.Headers.Location!.OriginalString.ShouldBe($"/api/v1/interviews/{interview}/feedback");
        var options = await (await app.ApiClientAsync(Demo.Candidate)).GetFromJsonAsync<JsonElement>($"/api/v1/submissions/{ids.SubmissionId}/draft-options");
        options.GetProperty("recipients").EnumerateArray().Select(r => r.GetProperty("contactId").GetGuid()).ShouldBe([ids.JamesContactId, ids.SarahContactId], ignoreOrder: true);
        options.GetProperty("recipients")[0].GetProperty("interviewId").GetGuid().ShouldBe(interview);
    }

    [Fact]
    public async Task Booking_without_its_fields_is_a_400_beside_each_field()
    {
        var ids = await _fresh.PriyaPutForwardAsync();
        var recruiter = await app.ApiClientAsync(Demo.Recruiter);

        var response = await recruiter.PostAsJsonAsync($"/api/v1/submissions/{ids.SubmissionId}/interviews", new { });

        await ShouldBeFieldErrorsAsync(response, "scheduledAt", "format", "durationMinutes", "interviewerContactIds");
        var foreign = await recruiter.PostAsJsonAsync($"/api/v1/submissions/{ids.SubmissionId}/interviews", new
        {
            scheduledAt = DateTimeOffset.UtcNow.AddDays(1), durationMinutes = 30, format = "Video", interviewerContactIds = new[] { await OtherAgencyContactAsync() },
        });
        await ShouldBeFieldErrorsAsync(foreign, "interviewerContactIds");
    }

    public static TheoryData<string, string, string> UnreadableBodies() => new()
    {
        { "POST", "/api/v1/submissions/{submission}/interviews", "not json" },
        { "POST", "/api/v1/submissions/{submission}/interviews", """{"scheduledAt":"next tuesday","format":"Video"}""" },
        { "POST", "/api/v1/submissions/{submission}/interviews", """{"format":"Telepathy"}""" },
        { "PUT", "/api/v1/interviews/{interview}/debrief", """{"howItWent":"very"}""" },
        { "POST", "/api/v1/notes/{interview}/replies", """{"body":42}""" },
        { "POST", "/api/v1/replies/{interview}/relay", """{"version":-1}""" },
        { "POST", "/api/v1/submissions/{submission}/removal-request", "[" },
        { "POST", "/api/v1/submissions/{submission}/withdraw", """{"note":"yes"}""" },
        { "GET", "/api/v1/review-queue?page=first", "" },
        { "GET", "/api/v1/review-queue?kind=Shouting", "" },
        { "GET", "/api/v1/notifications?pageSize=many", "" },
    };

    [Theory]
    [MemberData(nameof(UnreadableBodies))]
    public async Task An_unreadable_body_or_query_is_a_400_problem_without_exception_text(string method, string path, string body)
    {
        var ids = await _fresh.PriyaPutForwardAsync();
        var email = path.Contains("debrief", StringComparison.Ordinal) || path.Contains("withdraw", StringComparison.Ordinal) ? Demo.Candidate
            : path.Contains("replies", StringComparison.Ordinal) || path.Contains("removal", StringComparison.Ordinal) ? Demo.Client
            : Demo.Recruiter;
        var client = await app.ApiClientAsync(email);
        using var request = new HttpRequestMessage(new HttpMethod(method), path.Replace("{submission}", ids.SubmissionId.ToString(), StringComparison.Ordinal).Replace("{interview}", Guid.NewGuid().ToString(), StringComparison.Ordinal));
        if (method != "GET")
        {
            request.Content = new StringContent(body, Encoding.UTF8, "application/json");
        }

        var response = await client.SendAsync(request);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        var text = await response.Content.ReadAsStringAsync();
        text.ShouldNotContain("Exception");
        text.ShouldNotContain(" at ");
        text.ShouldNotContain("stack", Case.Insensitive);
    }

    [Fact]
    public async Task The_candidate_logs_a_debrief_the_recruiter_reads_it_and_a_future_interview_is_refused()
    {
        var ids = await _fresh.PriyaPutForwardAsync();
        var interview = await _fresh.BookInterviewAsync(ids.SubmissionId, ids.SarahContactId);
        var priya = await app.ApiClientAsync(Demo.Candidate);

        var empty = await priya.GetFromJsonAsync<JsonElement>($"/api/v1/interviews/{interview}/debrief");
        empty.GetProperty("loggedAt").ValueKind.ShouldBe(JsonValueKind.Null);
        var logged = await priya.PutAsJsonAsync($"/api/v1/interviews/{interview}/debrief", new { howItWent = 4, interestLevel = 5, concerns = "Commute", questions = "Team size?", pointsNotMade = "On-call rota" });

        logged.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await logged.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("howItWent").GetInt32().ShouldBe(4);
        var read = await (await app.ApiClientAsync(Demo.Recruiter)).GetFromJsonAsync<JsonElement>($"/api/v1/interviews/{interview}/debrief");
        read.GetProperty("interestLevel").GetInt32().ShouldBe(5);
        read.GetProperty("pointsNotMade").GetString().ShouldBe("On-call rota");
        read.GetProperty("loggedAt").GetDateTimeOffset().ShouldBeGreaterThan(DateTimeOffset.UtcNow.AddMinutes(-5));

        await ShouldBeFieldErrorsAsync(await priya.PutAsJsonAsync($"/api/v1/interviews/{interview}/debrief", new { howItWent = 9 }), "howItWent", "interestLevel");
        var future = await _fresh.BookInterviewAsync(ids.SubmissionId, ids.SarahContactId, DateTimeOffset.UtcNow.AddDays(3));
        var early = await priya.PutAsJsonAsync($"/api/v1/interviews/{future}/debrief", new { howItWent = 3, interestLevel = 3 });
        early.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await early.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString()!.ShouldContain("not happened yet");
    }

    [Fact]
    public async Task The_client_reads_and_answers_a_note_and_the_recruiter_relays_the_answer_in_their_words()
    {
        var ids = await _fresh.PriyaPutForwardAsync();
        var interview = await _fresh.BookInterviewAsync(ids.SubmissionId, ids.SarahContactId);
        var marker = Guid.NewGuid().ToString("N")[..8];
        var note = await _fresh.DeliveredNoteAsync(ids.SubmissionId, interview, ids.SarahContactId, $"Dear Sarah, thank you for the conversation ({marker}). Kind regards, Priya");
        var sarah = await app.ApiClientAsync(Demo.Client);
        var recruiter = await app.ApiClientAsync(Demo.Recruiter);

        var inbox = await sarah.GetFromJsonAsync<JsonElement>("/api/v1/inbox?pageSize=100");
        inbox.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("id").GetGuid() == note).GetProperty("isRead").GetBoolean().ShouldBeFalse();
        var read = await sarah.PostAsync($"/api/v1/notes/{note}/read", null);
        read.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await read.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("isRead").GetBoolean().ShouldBeTrue();
        (await sarah.PostAsync($"/api/v1/notes/{note}/read", null)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await sarah.GetFromJsonAsync<JsonElement>("/api/v1/inbox?pageSize=100")).GetProperty("items").EnumerateArray()
            .Single(i => i.GetProperty("id").GetGuid() == note).GetProperty("isRead").GetBoolean().ShouldBeTrue();

        await ShouldBeFieldErrorsAsync(await sarah.PostAsJsonAsync($"/api/v1/notes/{note}/replies", new { body = " " }), "body");
        var replied = await sarah.PostAsJsonAsync($"/api/v1/notes/{note}/replies", new { body = $"Thanks Priya ({marker}); we will call on Monday." });
        replied.StatusCode.ShouldBe(HttpStatusCode.Created);
        var reply = await replied.Content.ReadFromJsonAsync<JsonElement>();
        reply.GetProperty("status").GetString().ShouldBe("PendingReview");
        reply.GetProperty("noteId").GetGuid().ShouldBe(note);
        var replyId = reply.GetProperty("id").GetGuid();

        var pending = await recruiter.AllItemsAsync("/api/v1/review-queue/replies");
        var listed = pending.Single(r => r.GetProperty("id").GetGuid() == replyId);
        listed.GetProperty("noteId").GetGuid().ShouldBe(note);
        var version = listed.GetProperty("version").GetUInt32();
        await ShouldBeFieldErrorsAsync(await recruiter.PostAsJsonAsync($"/api/v1/replies/{replyId}/relay", new { body = "No version" }), "version");

        var relayed = await recruiter.PostAsJsonAsync($"/api/v1/replies/{replyId}/relay", new { version, body = $"Sarah thanks you ({marker}) and will call on Monday." });

        relayed.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await relayed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString().ShouldBe("Relayed");
        var candidateView = await (await app.ApiClientAsync(Demo.Candidate)).GetFromJsonAsync<JsonElement>($"/api/v1/notes/{note}");
        candidateView.GetProperty("replies").EnumerateArray().Select(r => r.GetProperty("body").GetString()).ShouldBe([$"Sarah thanks you ({marker}) and will call on Monday."]);
        (await recruiter.PostAsJsonAsync($"/api/v1/replies/{replyId}/keep-back", new { version })).StatusCode.ShouldBe(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task A_recruiter_keeps_a_reply_back_and_the_candidate_never_sees_it()
    {
        var ids = await _fresh.PriyaPutForwardAsync();
        var interview = await _fresh.BookInterviewAsync(ids.SubmissionId, ids.SarahContactId);
        var note = await _fresh.DeliveredNoteAsync(ids.SubmissionId, interview, ids.SarahContactId, "Dear Sarah, thank you for your time today. Kind regards, Priya");
        var marker = Guid.NewGuid().ToString("N")[..8];
        var replied = await (await app.ApiClientAsync(Demo.Client)).PostAsJsonAsync($"/api/v1/notes/{note}/replies", new { body = $"Internal: we prefer the other one ({marker})." });
        var replyId = (await replied.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var recruiter = await app.ApiClientAsync(Demo.Recruiter);
        var version = (await recruiter.AllItemsAsync("/api/v1/review-queue/replies"))
            .Single(r => r.GetProperty("id").GetGuid() == replyId).GetProperty("version").GetUInt32();

        var kept = await recruiter.PostAsJsonAsync($"/api/v1/replies/{replyId}/keep-back", new { version });

        kept.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await kept.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString().ShouldBe("Declined");
        (await (await app.ApiClientAsync(Demo.Candidate)).GetStringAsync($"/api/v1/notes/{note}")).ShouldNotContain(marker);
        (await recruiter.AllItemsAsync("/api/v1/review-queue/replies")).ShouldNotContain(r => r.GetProperty("id").GetGuid() == replyId);
    }

    [Fact]
    public async Task The_candidate_withdraws_with_a_note_for_the_client_and_cannot_withdraw_twice()
    {
        var ids = await _fresh.PriyaPutForwardAsync();
        var interview = await _fresh.BookInterviewAsync(ids.SubmissionId, ids.SarahContactId);
        var priya = await app.ApiClientAsync(Demo.Candidate);

        var withdrawn = await priya.PostAsJsonAsync($"/api/v1/submissions/{ids.SubmissionId}/withdraw", new
        {
            note = new { interviewId = interview, recipientContactId = ids.SarahContactId, body = "Dear Sarah, I have accepted another offer and withdraw with thanks. Kind regards, Priya" },
        });

        withdrawn.StatusCode.ShouldBe(HttpStatusCode.OK);
        var body = await withdrawn.Content.ReadFromJsonAsync<JsonElement>();
        body.GetProperty("stage").GetString().ShouldBe("Withdrawn");
        var noteId = body.GetProperty("noteId").GetGuid();
        (await priya.GetFromJsonAsync<JsonElement>($"/api/v1/notes/{noteId}")).GetProperty("kind").GetString().ShouldBe("Withdrawal");
        (await StageAsync(ids.SubmissionId)).ShouldBe(SubmissionStage.Withdrawn);
        (await priya.PostAsync($"/api/v1/submissions/{ids.SubmissionId}/withdraw", null)).StatusCode.ShouldBe(HttpStatusCode.Conflict);
        var mine = await priya.GetFromJsonAsync<JsonElement>("/api/v1/notes?pageSize=5");
        mine.GetProperty("items").EnumerateArray().Select(n => n.GetProperty("id").GetGuid()).ShouldContain(noteId);
        mine.GetProperty("pageSize").GetInt32().ShouldBe(5);
        mine.GetProperty("total").GetInt32().ShouldBeGreaterThanOrEqualTo(1);
        await LeaveTheQueueAsync(noteId);
    }

    [Fact]
    public async Task A_withdrawal_without_a_body_closes_the_submission_without_a_note()
    {
        var ids = await _fresh.PriyaPutForwardAsync();

        var withdrawn = await (await app.ApiClientAsync(Demo.Candidate)).PostAsync($"/api/v1/submissions/{ids.SubmissionId}/withdraw", null);

        withdrawn.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await withdrawn.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("noteId").ValueKind.ShouldBe(JsonValueKind.Null);
        (await StageAsync(ids.SubmissionId)).ShouldBe(SubmissionStage.Withdrawn);
    }

    [Fact]
    public async Task A_client_asks_to_remove_a_candidate_and_the_recruiter_confirms_it_in_their_own_words()
    {
        var ids = await _fresh.PriyaPutForwardAsync();
        var sarah = await app.ApiClientAsync(Demo.Client);
        var recruiter = await app.ApiClientAsync(Demo.Recruiter);

        await ShouldBeFieldErrorsAsync(await sarah.PostAsJsonAsync($"/api/v1/submissions/{ids.SubmissionId}/removal-request", new { }), "reason");
        var asked = await sarah.PostAsJsonAsync($"/api/v1/submissions/{ids.SubmissionId}/removal-request", new { reason = "  We have filled the role internally.  " });

        asked.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await asked.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("reason").GetString().ShouldBe("We have filled the role internally.");
        var pending = await recruiter.AllItemsAsync("/api/v1/removal-requests");
        pending.Single(r => r.GetProperty("submissionId").GetGuid() == ids.SubmissionId).GetProperty("requestedBy").GetString().ShouldBe("Sarah Lindqvist");

        await ShouldBeFieldErrorsAsync(await recruiter.PostAsJsonAsync($"/api/v1/submissions/{ids.SubmissionId}/removal-request/confirm", new { }), "message");
        var confirmed = await recruiter.PostAsJsonAsync($"/api/v1/submissions/{ids.SubmissionId}/removal-request/confirm", new { message = "The client has filled the role; thank you for your time." });

        confirmed.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await confirmed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("stage").GetString().ShouldBe("RemovedFromConsideration");
        (await StageAsync(ids.SubmissionId)).ShouldBe(SubmissionStage.RemovedFromConsideration);
        (await recruiter.AllItemsAsync("/api/v1/removal-requests")).ShouldNotContain(r => r.GetProperty("submissionId").GetGuid() == ids.SubmissionId);
        (await recruiter.PostAsJsonAsync($"/api/v1/submissions/{ids.SubmissionId}/removal-request/confirm", new { message = "Again." })).StatusCode.ShouldBe(HttpStatusCode.Conflict);
        var audit = await recruiter.GetFromJsonAsync<JsonElement>($"/api/v1/submissions/{ids.SubmissionId}/audit");
        audit.GetProperty("submissionId").GetGuid().ShouldBe(ids.SubmissionId);
    }

    [Fact]
    public async Task Feedback_is_rated_read_by_the_recruiter_relayed_to_the_candidate_then_asked_for_and_answered()
    {
        var ids = await _fresh.PriyaPutForwardAsync();
        var interview = await _fresh.BookInterviewAsync(ids.SubmissionId, ids.SarahContactId);
        var sarah = await app.ApiClientAsync(Demo.Client);
        var recruiter = await app.ApiClientAsync(Demo.Recruiter);
        var priya = await app.ApiClientAsync(Demo.Candidate);

        var form = await sarah.GetFromJsonAsync<JsonElement>($"/api/v1/interviews/{interview}/feedback-form");
        form.GetProperty("requirements").EnumerateArray().Select(r => r.GetProperty("id").GetGuid()).ShouldBe(ids.Requirements);
        form.GetProperty("alreadyPosted").GetBoolean().ShouldBeFalse();
        (await sarah.PostAsJsonAsync($"/api/v1/interviews/{interview}/feedback", new
        {
            decision = "Reject",
            ratings = ids.Requirements.Select((id, i) => new { requirementId = id, rating = i == 0 ? 2 : 3, comment = i == 0 ? "Little production C#." : "" }),
            notes = "Good attitude.",
        })).StatusCode.ShouldBe(HttpStatusCode.Created);

        var view = await recruiter.GetFromJsonAsync<JsonElement>($"/api/v1/interviews/{interview}/feedback");
        view.GetProperty("feedback").GetProperty("decision").GetString().ShouldBe("Reject");
        view.GetProperty("suggestedSummary").GetString().ShouldNotBeNullOrWhiteSpace();
        await ShouldBeFieldErrorsAsync(await recruiter.PostAsJsonAsync($"/api/v1/interviews/{interview}/feedback/relay", new { summary = "" }), "summary");
        var relayed = await recruiter.PostAsJsonAsync($"/api/v1/interviews/{interview}/feedback/relay", new { summary = "The client valued your attitude and would have liked more production C#." });
        relayed.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await recruiter.GetFromJsonAsync<JsonElement>($"/api/v1/interviews/{interview}/feedback")).GetProperty("feedback").GetProperty("candidateSummary").GetString()!.ShouldContain("production C#");
        (await StageAsync(ids.SubmissionId)).ShouldBe(SubmissionStage.Rejected);

        // The candidate asks for more; the recruiter passes it to Sarah, who answers; the recruiter answers Priya.
        var created = await priya.PostAsync($"/api/v1/submissions/{ids.SubmissionId}/feedback-requests", null);
        created.StatusCode.ShouldBe(HttpStatusCode.Created);
        created.Headers.Location!.OriginalString.ShouldBe($"/api/v1/submissions/{ids.SubmissionId}/feedback-request");
        (await priya.GetFromJsonAsync<JsonElement>(created.Headers.Location.OriginalString)).GetProperty("status").GetString().ShouldBe("Requested");

        var asked = await recruiter.PostAsync($"/api/v1/submissions/{ids.SubmissionId}/feedback-request/ask-client", null);
        asked.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await asked.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("clientDueAt").GetDateTimeOffset().ShouldBeGreaterThan(DateTimeOffset.UtcNow);
        var putToSarah = await sarah.AllItemsAsync("/api/v1/feedback-requests");
        putToSarah.Select(r => r.GetProperty("submissionId").GetGuid()).ShouldContain(ids.SubmissionId);
        await ShouldBeFieldErrorsAsync(await sarah.PostAsJsonAsync($"/api/v1/submissions/{ids.SubmissionId}/feedback-request/client-answer", new { }), "answer");
        (await sarah.PostAsJsonAsync($"/api/v1/submissions/{ids.SubmissionId}/feedback-request/client-answer", new { answer = "Two years of production C# would have made the difference." }))
            .StatusCode.ShouldBe(HttpStatusCode.OK);
        (await recruiter.GetFromJsonAsync<JsonElement>($"/api/v1/submissions/{ids.SubmissionId}/feedback-request")).GetProperty("clientAnswer").GetString()!.ShouldContain("Two years");
        (await priya.GetFromJsonAsync<JsonElement>($"/api/v1/submissions/{ids.SubmissionId}/feedback-request")).GetProperty("clientAnswer").ValueKind.ShouldBe(JsonValueKind.Null);

        await ShouldBeFieldErrorsAsync(await recruiter.PostAsJsonAsync($"/api/v1/submissions/{ids.SubmissionId}/feedback-request/answer", new { }), "answer");
        var answered = await recruiter.PostAsJsonAsync($"/api/v1/submissions/{ids.SubmissionId}/feedback-request/answer", new { answer = "More production C# experience would make the difference next time." });
        answered.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await answered.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString().ShouldBe("Answered");
        (await priya.GetFromJsonAsync<JsonElement>($"/api/v1/submissions/{ids.SubmissionId}/feedback-request")).GetProperty("answer").GetString()!.ShouldContain("production C#");
        (await recruiter.PostAsJsonAsync($"/api/v1/submissions/{ids.SubmissionId}/feedback-request/answer", new { answer = "Again." })).StatusCode.ShouldBe(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task A_returned_note_is_revised_into_the_queue_again()
    {
        var scenario = new Scenario(app);
        var note = await scenario.SubmitAsync("hi sarah, any news on the role?");
        var recruiter = await app.ApiClientAsync(Demo.Recruiter);
        (await recruiter.PostAsJsonAsync($"/api/v1/notes/{note.Id}/return", new { version = note.Version, message = "Open with Dear Sarah." })).EnsureSuccessStatusCode();
        var priya = await app.ApiClientAsync(Demo.Candidate);

        await ShouldBeFieldErrorsAsync(await priya.PostAsJsonAsync($"/api/v1/notes/{note.Id}/revise", new { }), "body");
        var revised = await priya.PostAsJsonAsync($"/api/v1/notes/{note.Id}/revise", new { body = "Dear Sarah, is there any news on the role? Kind regards, Priya" });

        revised.StatusCode.ShouldBe(HttpStatusCode.OK);
        var body = await revised.Content.ReadFromJsonAsync<JsonElement>();
        body.GetProperty("status").GetString().ShouldBe("PendingReview");
        body.GetProperty("versionNumber").GetInt32().ShouldBe(2);
        body.GetProperty("body").GetString()!.ShouldStartWith("Dear Sarah");
        var queue = await recruiter.AllItemsAsync("/api/v1/review-queue?candidate=priya");
        queue.Single(n => n.GetProperty("id").GetGuid() == note.Id).GetProperty("version").GetUInt32().ShouldBe(body.GetProperty("version").GetUInt32());
        await LeaveTheQueueAsync(note.Id);
    }

    [Fact]
    public async Task The_review_queue_pages_and_filters()
    {
        var scenario = new Scenario(app);
        var one = await scenario.SubmitAsync("Dear Sarah, a first pending note. Kind regards, Priya", "ThankYou");
        var two = await scenario.SubmitAsync("Dear Sarah, a second pending note. Kind regards, Priya", "Question");
        var recruiter = await app.ApiClientAsync(Demo.Recruiter);

        var first = await recruiter.GetFromJsonAsync<JsonElement>("/api/v1/review-queue?page=1&pageSize=1");
        var second = await recruiter.GetFromJsonAsync<JsonElement>("/api/v1/review-queue?page=2&pageSize=1");
        var questions = await recruiter.GetFromJsonAsync<JsonElement>("/api/v1/review-queue?kind=Question&pageSize=100");

        first.GetProperty("items").GetArrayLength().ShouldBe(1);
        first.GetProperty("page").GetInt32().ShouldBe(1);
        first.GetProperty("total").GetInt32().ShouldBeGreaterThanOrEqualTo(2);
        second.GetProperty("page").GetInt32().ShouldBe(2);
        second.GetProperty("items")[0].GetProperty("id").GetGuid().ShouldNotBe(first.GetProperty("items")[0].GetProperty("id").GetGuid());
        questions.GetProperty("items").EnumerateArray().ShouldAllBe(n => n.GetProperty("kind").GetString() == "Question");
        questions.GetProperty("items").GetArrayLength().ShouldBeGreaterThanOrEqualTo(1);
        (await recruiter.GetFromJsonAsync<JsonElement>("/api/v1/review-queue?pageSize=1000")).GetProperty("pageSize").GetInt32().ShouldBe(100);
        await LeaveTheQueueAsync(one.Id, two.Id);
    }

    [Fact]
    public async Task Notifications_are_the_callers_own_paged_and_marked_read()
    {
        var ids = await _fresh.PriyaPutForwardAsync();
        await _fresh.BookInterviewAsync(ids.SubmissionId, ids.SarahContactId);
        var priya = await app.ApiClientAsync(Demo.Candidate);

        var page = await priya.GetFromJsonAsync<JsonElement>("/api/v1/notifications?pageSize=2");

        page.GetProperty("pageSize").GetInt32().ShouldBe(2);
        page.GetProperty("items").GetArrayLength().ShouldBeInRange(1, 2);
        page.GetProperty("items")[0].GetProperty("title").GetString()!.ShouldStartWith("Interview round");
        var marked = await priya.PostAsync("/api/v1/notifications/read", null);
        marked.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await marked.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("marked").GetInt32().ShouldBeGreaterThanOrEqualTo(1);
        (await priya.GetFromJsonAsync<JsonElement>("/api/v1/notifications?pageSize=100")).GetProperty("items").EnumerateArray().ShouldAllBe(n => n.GetProperty("isRead").GetBoolean());
        (await (await app.ApiClientAsync(Demo.Client2)).GetStringAsync("/api/v1/notifications?pageSize=100")).ShouldNotContain(ids.SubmissionId.ToString());
    }

    [Fact]
    public async Task The_recruiter_dashboard_counts_pending_notes_and_overdue_windows()
    {
        var note = await new Scenario(app).SubmitAsync("Dear Sarah, one more for the dashboard. Kind regards, Priya", "ThankYou");

        var dashboard = await (await app.ApiClientAsync(Demo.Recruiter)).GetFromJsonAsync<JsonElement>("/api/v1/dashboard");

        dashboard.GetProperty("pendingNotes").GetInt32().ShouldBeGreaterThanOrEqualTo(1);
        dashboard.GetProperty("overdueWindows").GetInt32().ShouldBeGreaterThanOrEqualTo(0);
        dashboard.GetProperty("oldestPendingSince").GetDateTimeOffset().ShouldBeLessThan(DateTimeOffset.UtcNow);
        await LeaveTheQueueAsync(note.Id);
    }

    /// <summary>The candidate withdraws the notes a test left pending, so the shared queue's first page stays as other tests expect.</summary>
    private async Task LeaveTheQueueAsync(params Guid[] notes)
    {
        var priya = await app.ApiClientAsync(Demo.Candidate);
        foreach (var note in notes)
        {
            (await priya.PostAsync($"/api/v1/notes/{note}/withdraw", null)).EnsureSuccessStatusCode();
        }
    }

    private async Task<SubmissionStage> StageAsync(Guid submissionId)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().Submissions.Where(s => s.Id == submissionId).Select(s => s.Stage).SingleAsync();
    }

    private async Task<Guid> OtherAgencyContactAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().ClientContacts.Where(c => c.Email == Demo.OtherAgencyClient).Select(c => c.Id).SingleAsync();
    }

    private static async Task ShouldBeFieldErrorsAsync(HttpResponseMessage response, params string[] fields)
    {
        var text = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, text);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        var errors = JsonDocument.Parse(text).RootElement.GetProperty("errors");
        foreach (var field in fields)
        {
            errors.TryGetProperty(field, out _).ShouldBeTrue($"an error beside {field}: {text}");
        }
    }
}
