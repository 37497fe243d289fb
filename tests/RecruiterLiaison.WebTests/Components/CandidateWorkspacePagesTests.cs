using System.Net.Http.Json;
using System.Text.Json;
using AngleSharp.Dom;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using MudBlazor.Extensions;
using RecruiterLiaison.Application.Candidates.EditCandidate;
using RecruiterLiaison.Domain.Submissions;
using RecruiterLiaison.Web.Components.Pages.Candidate;
using RecruiterLiaison.Web.Components.Pages.Workspace;
using RecruiterLiaison.Web.Security;
using RecruiterLiaison.WebTests.Support;

namespace RecruiterLiaison.WebTests.Components;

/// <summary>The workspace's candidate and submission pages, rendered over the real handlers and database.</summary>
[Collection(AppCollection.Name)]
public sealed class CandidateWorkspacePagesTests(AppFactory app)
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task A_recruiter_adds_a_candidate_from_the_list_and_lands_on_their_page()
    {
        var marker = Workspace.Unique();
        await using var page = await PageTestContext.SignedInAsync(app, Demo.Recruiter);
        var list = page.Render<CandidatesPage>();
        list.WaitForAssertion(() => list.Find("[data-testid=candidates-page]").GetAttribute("data-ready").ShouldBe("true"), Wait);

        list.Press("[data-testid=new-candidate]");
        var dialogs = page.Dialogs;
        dialogs.WaitForElement("[data-testid=new-candidate-dialog]");
        dialogs.Find("#candidate-name").Change($"Ravi Menon {marker}");
        dialogs.Find("#candidate-email").Change($"ravi.{marker}@example.test");
        dialogs.Find("#candidate-phone").Change("+44 7700 900123");
        dialogs.Find("#candidate-location").Change("Leeds");
        dialogs.Find("#candidate-profile").Change("Ten years of routing systems.");
        dialogs.Press("[data-testid=create-candidate]");

        var navigation = page.Bunit.Services.GetRequiredService<NavigationManager>();
        list.WaitForAssertion(() => navigation.Uri.ShouldContain("/workspace/candidates/"), Wait);
        var id = Guid.Parse(navigation.Uri.Split('/').Last());
        await using var db = await Workspace.OpenAsync(app);
        var candidate = await db.Candidates.SingleAsync(c => c.Id == id);
        candidate.Name.ShouldBe($"Ravi Menon {marker}");
        candidate.Location.ShouldBe("Leeds");
        candidate.UserId.ShouldBeNull();
    }

    [Fact]
    public async Task The_list_finds_a_candidate_by_email_and_links_to_their_page()
    {
        var (id, name, email) = await Workspace.CandidateAsync(app, $"Findable {Workspace.Unique()}");
        await using var page = await PageTestContext.SignedInAsync(app, Demo.Admin);
        var list = page.Render<CandidatesPage>();
        list.WaitForAssertion(() => list.Find("[data-testid=candidates-page]").GetAttribute("data-ready").ShouldBe("true"), Wait);

        list.Find("#candidate-search").Input(email.ToUpperInvariant());

        list.WaitForAssertion(() => list.FindAll("[data-testid=candidate-link]").ShouldHaveSingleItem().TextContent.ShouldBe(name), Wait);
        list.Find("[data-testid=candidate-link]").GetAttribute("href").ShouldBe($"workspace/candidates/{id}");
    }

    [Fact]
    public async Task A_taken_email_or_a_missing_name_shows_beside_the_field_and_keeps_what_was_typed()
    {
        var (_, holder, taken) = await Workspace.CandidateAsync(app, $"Holder {Workspace.Unique()}");
        await using var page = await PageTestContext.SignedInAsync(app, Demo.Recruiter);
        var list = page.Render<CandidatesPage>();
        list.WaitForAssertion(() => list.Find("[data-testid=candidates-page]").GetAttribute("data-ready").ShouldBe("true"), Wait);
        list.Press("[data-testid=new-candidate]");
        var dialogs = page.Dialogs;
        dialogs.WaitForElement("[data-testid=new-candidate-dialog]");

        dialogs.Find("#candidate-email").Change("ravi@example.test");
        dialogs.Press("[data-testid=create-candidate]");
        dialogs.WaitForAssertion(() => Field(dialogs, "#candidate-name").TextContent.ShouldContain("Give the candidate's name."), Wait);

        dialogs.Find("#candidate-name").Change("Ravi Menon");
        dialogs.Find("#candidate-email").Change(taken);
        dialogs.Find("#candidate-location").Change("Leeds");
        dialogs.Press("[data-testid=create-candidate]");

        dialogs.WaitForAssertion(() => Field(dialogs, "#candidate-email").TextContent.ShouldContain($"{holder} already has the e-mail address"), Wait);
        dialogs.Find("#candidate-name").GetAttribute("value").ShouldBe("Ravi Menon");
        dialogs.Find("#candidate-email").GetAttribute("value").ShouldBe(taken);
        dialogs.Find("#candidate-location").GetAttribute("value").ShouldBe("Leeds");
        dialogs.FindAll("[data-testid=new-candidate-dialog]").Count.ShouldBe(1);
    }

    [Fact]
    public async Task The_candidate_page_saves_an_edit_and_a_colleagues_save_in_between_keeps_what_was_typed()
    {
        var (id, name, email) = await Workspace.CandidateAsync(app);
        await using var page = await PageTestContext.SignedInAsync(app, Demo.Recruiter);
        var candidate = page.Render<CandidatePage>(p => p.Add(c => c.CandidateId, id));
        candidate.WaitForAssertion(() => candidate.Find("[data-testid=candidate-page]"), Wait);
        candidate.Find("[data-testid=account-state]").TextContent.ShouldContain("No account yet");
        candidate.Find("[data-testid=candidate-invitation]").ShouldNotBeNull();

        candidate.Find("#candidate-location").Change("Leeds");
        candidate.Press("[data-testid=save-candidate]");
        await WaitUntilAsync(async () => (await LocationAsync(id)) == "Leeds");

        // A colleague saves over the API while this page is open.
        var admin = await app.ApiClientAsync(Demo.Admin);
        var current = await admin.GetFromJsonAsync<JsonElement>($"/api/v1/candidates/{id}");
        (await admin.PutAsJsonAsync($"/api/v1/candidates/{id}", new { version = current.GetProperty("version").GetUInt32(), name, email, location = "York" })).EnsureSuccessStatusCode();
        candidate.Find("#candidate-location").Change("Bristol");
        candidate.Press("[data-testid=save-candidate]");

        candidate.WaitForAssertion(() => candidate.Find("[data-testid=conflict]").TextContent.ShouldContain("Helen Marsh changed this candidate"), Wait);
        candidate.Find("#candidate-location").GetAttribute("value").ShouldBe("Bristol");
        (await LocationAsync(id)).ShouldBe("York");
        candidate.Press("[data-testid=show-latest]");
        candidate.WaitForAssertion(() => candidate.Find("#candidate-location").GetAttribute("value").ShouldBe("York"), Wait);
    }

    [Fact]
    public async Task A_recruiter_puts_a_candidate_forward_from_their_page()
    {
        var (id, _, email) = await Workspace.CandidateAsync(app);
        var position = await Workspace.PositionAsync(app);
        await using var page = await PageTestContext.SignedInAsync(app, Demo.Recruiter);
        var candidate = page.Render<CandidatePage>(p => p.Add(c => c.CandidateId, id));
        candidate.WaitForAssertion(() => candidate.Find("[data-testid=no-submissions]"), Wait);

        candidate.Press("[data-testid=put-forward]");
        var dialogs = page.Dialogs;
        dialogs.WaitForElement("[data-testid=put-forward-dialog]");
        var select = dialogs.FindComponent<MudSelect<Guid?>>();
        await select.InvokeAsync(() => select.Instance.SelectOption(position.Id));
        dialogs.Find("#pitch").Change("Rebuilt the dispatch engine at a parcel carrier.");
        dialogs.Press("[data-testid=confirm-put-forward]");

        dialogs.WaitForAssertion(() => dialogs.FindAll("[data-testid=put-forward-dialog]").ShouldBeEmpty(), Wait);
        candidate.WaitForAssertion(() => candidate.FindAll("[data-testid=candidate-submission]").ShouldHaveSingleItem().TextContent.ShouldContain(position.Title), Wait);
        var link = candidate.Find("[data-testid=open-submission]").GetAttribute("href")!;
        link.ShouldStartWith("workspace/submissions/");
        await using var db = await Workspace.OpenAsync(app);
        var submission = await db.Submissions.SingleAsync(s => s.CandidateId == id);
        submission.Pitch.ShouldBe("Rebuilt the dispatch engine at a parcel carrier.");
        link.ShouldBe($"workspace/submissions/{submission.Id}");
        (await db.OutboxMessages.AnyAsync(m => m.ToAddress == email && m.Body.Contains(position.Title))).ShouldBeTrue();
    }

    [Fact]
    public async Task Putting_forward_twice_shows_why_beside_the_position_and_keeps_the_pitch()
    {
        var (id, _, _) = await Workspace.CandidateAsync(app);
        var position = await Workspace.PositionAsync(app);
        await Workspace.SubmissionAsync(app, id, position.Id);
        await using var page = await PageTestContext.SignedInAsync(app, Demo.Admin);
        var candidate = page.Render<CandidatePage>(p => p.Add(c => c.CandidateId, id));
        candidate.WaitForAssertion(() => candidate.Find("[data-testid=candidate-submission]"), Wait);

        candidate.Press("[data-testid=put-forward]");
        var dialogs = page.Dialogs;
        dialogs.WaitForElement("[data-testid=put-forward-dialog]");
        dialogs.Press("[data-testid=confirm-put-forward]");
        dialogs.WaitForAssertion(() => Field(dialogs, "#pitch").TextContent.ShouldContain("Write a short pitch"), Wait);
        var select = dialogs.FindComponent<MudSelect<Guid?>>();
        await select.InvokeAsync(() => select.Instance.SelectOption(position.Id));
        dialogs.Find("#pitch").Change("A second try.");
        dialogs.Press("[data-testid=confirm-put-forward]");

        dialogs.WaitForAssertion(() => Field(dialogs, "#put-forward-position").TextContent.ShouldContain("already put forward"), Wait);
        dialogs.Find("#pitch").TextContent.ShouldBe("A second try.");
        select.Instance.GetState(x => x.Value).ShouldBe(position.Id);
        await using var db = await Workspace.OpenAsync(app);
        (await db.Submissions.CountAsync(s => s.CandidateId == id)).ShouldBe(1);
    }

    [Fact]
    public async Task A_recruiter_moves_the_stage_with_a_reason_and_the_history_shows_it()
    {
        var (id, name, email) = await Workspace.CandidateAsync(app);
        var position = await Workspace.PositionAsync(app);
        var submission = await Workspace.SubmissionAsync(app, id, position.Id, SubmissionStage.FirstClientInterview);
        await using var page = await PageTestContext.SignedInAsync(app, Demo.Recruiter);
        var view = page.Render<SubmissionPage>(p => p.Add(s => s.SubmissionId, submission));
        view.WaitForAssertion(() => view.Find("[data-testid=submission-page]").TextContent.ShouldContain(name), Wait);
        view.Find("[data-testid=pitch]").TextContent.ShouldBe("Strong on routing problems.");

        view.Press("[data-testid=move-stage]");
        var dialogs = page.Dialogs;
        dialogs.WaitForElement("[data-testid=move-stage-dialog]");
        var stage = dialogs.FindComponent<MudSelect<SubmissionStage?>>();
        await stage.InvokeAsync(() => stage.Instance.SelectOption(SubmissionStage.Offer));
        dialogs.Find("#move-stage-reason").Change("They loved your design review; the offer letter follows on Monday.");
        dialogs.Press("[data-testid=confirm-move-stage]");

        dialogs.WaitForAssertion(() => dialogs.FindAll("[data-testid=move-stage-dialog]").ShouldBeEmpty(), Wait);
        view.WaitForAssertion(() => view.Find(".page-head [data-testid=stage]").TextContent.ShouldBe("Offer"), Wait);
        var last = view.FindAll("[data-testid=stage-step]").Last();
        last.TextContent.ShouldContain("Offer");
        last.TextContent.ShouldContain("by Daniel Okafor");
        last.QuerySelector("[data-testid=stage-reason]")!.TextContent.ShouldContain("the offer letter follows on Monday");
        await using var db = await Workspace.OpenAsync(app);
        (await db.Submissions.SingleAsync(s => s.Id == submission)).Stage.ShouldBe(SubmissionStage.Offer);
        (await db.OutboxMessages.AnyAsync(m => m.ToAddress == email && m.Body.Contains("the offer letter follows on Monday"))).ShouldBeTrue();
    }

    [Fact]
    public async Task A_move_without_a_reason_shows_why_beside_the_reason_and_keeps_the_stage_chosen()
    {
        var (id, _, _) = await Workspace.CandidateAsync(app);
        var position = await Workspace.PositionAsync(app);
        var submission = await Workspace.SubmissionAsync(app, id, position.Id);
        await using var page = await PageTestContext.SignedInAsync(app, Demo.Admin);
        var view = page.Render<SubmissionPage>(p => p.Add(s => s.SubmissionId, submission));
        view.WaitForAssertion(() => view.Find("[data-testid=move-stage]"), Wait);
        view.FindAll("[data-testid=book-interview]").ShouldBeEmpty();

        view.Press("[data-testid=move-stage]");
        var dialogs = page.Dialogs;
        dialogs.WaitForElement("[data-testid=move-stage-dialog]");
        var stage = dialogs.FindComponent<MudSelect<SubmissionStage?>>();
        await stage.InvokeAsync(() => stage.Instance.SelectOption(SubmissionStage.Rejected));
        dialogs.Press("[data-testid=confirm-move-stage]");

        dialogs.WaitForAssertion(() => Field(dialogs, "#move-stage-reason").TextContent.ShouldContain("Give a reason"), Wait);
        stage.Instance.GetState(x => x.Value).ShouldBe(SubmissionStage.Rejected);
        dialogs.FindAll("[data-testid=move-stage-dialog]").Count.ShouldBe(1);
        await using var db = await Workspace.OpenAsync(app);
        (await db.Submissions.SingleAsync(s => s.Id == submission)).Stage.ShouldBe(SubmissionStage.RecruiterScreen);
    }

    [Fact]
    public async Task A_move_after_a_colleagues_move_says_so_and_shows_the_submission_as_it_stands()
    {
        var (id, _, _) = await Workspace.CandidateAsync(app);
        var position = await Workspace.PositionAsync(app);
        var submission = await Workspace.SubmissionAsync(app, id, position.Id);
        await using var page = await PageTestContext.SignedInAsync(app, Demo.Recruiter);
        var view = page.Render<SubmissionPage>(p => p.Add(s => s.SubmissionId, submission));
        view.WaitForAssertion(() => view.Find("[data-testid=move-stage]"), Wait);
        var admin = await app.ApiClientAsync(Demo.Admin);
        var version = (await admin.GetFromJsonAsync<JsonElement>($"/api/v1/submissions/{submission}")).GetProperty("version").GetUInt32();
        (await admin.PostAsJsonAsync($"/api/v1/submissions/{submission}/stage", new { stage = "Withdrawn", reason = "The candidate took another role.", version })).EnsureSuccessStatusCode();

        view.Press("[data-testid=move-stage]");
        var dialogs = page.Dialogs;
        dialogs.WaitForElement("[data-testid=move-stage-dialog]");
        var stage = dialogs.FindComponent<MudSelect<SubmissionStage?>>();
        await stage.InvokeAsync(() => stage.Instance.SelectOption(SubmissionStage.Rejected));
        dialogs.Find("#move-stage-reason").Change("The client said no.");
        dialogs.Press("[data-testid=confirm-move-stage]");

        view.WaitForAssertion(() => view.Find("[data-testid=conflict]").TextContent.ShouldContain("Helen Marsh"), Wait);
        view.Find(".page-head [data-testid=stage]").TextContent.ShouldBe("Withdrawn");
        view.FindAll("[data-testid=move-stage]").ShouldBeEmpty();
    }

    [Fact]
    public async Task A_recruiter_books_an_interview_from_the_submission_page()
    {
        var (id, _, _) = await Workspace.CandidateAsync(app);
        var position = await Workspace.PositionAsync(app);
        var submission = await Workspace.SubmissionAsync(app, id, position.Id);
        await using var page = await PageTestContext.SignedInAsync(app, Demo.Recruiter);
        var view = page.Render<SubmissionPage>(p => p.Add(s => s.SubmissionId, submission));
        view.WaitForAssertion(() => view.Find("[data-testid=book-interview]"), Wait);

        view.Press("[data-testid=book-interview]");
        var dialogs = page.Dialogs;
        dialogs.WaitForAssertion(() => dialogs.FindAll("input[data-testid=interviewer]").ShouldHaveSingleItem(), Wait);
        dialogs.Find("#when").Change("2026-12-09T10:30");
        dialogs.FindAll("input[data-testid=interviewer]").Single().Change(true);
        dialogs.Press("[data-testid=schedule]");

        dialogs.WaitForAssertion(() => dialogs.FindAll("[data-testid=book-interview-dialog]").ShouldBeEmpty(), Wait);
        view.WaitForAssertion(() => view.FindAll("[data-testid=submission-interviews] [data-testid=interview]").ShouldHaveSingleItem().TextContent.ShouldContain("Ines Duarte"), Wait);
        view.Find(".page-head [data-testid=stage]").TextContent.ShouldBe("First interview");
        view.FindAll("[data-testid=move-stage]").ShouldHaveSingleItem();
    }

    [Fact]
    public async Task The_candidate_reads_the_recruiters_reason_beside_an_offer_on_their_home()
    {
        var position = await Workspace.PositionAsync(app);
        var priya = await Workspace.CandidateIdOfAsync(app, Demo.Candidate);
        var submission = await Workspace.SubmissionAsync(app, priya, position.Id, SubmissionStage.FurtherInterviews);
        var recruiter = await app.ApiClientAsync(Demo.Recruiter);
        var version = (await recruiter.GetFromJsonAsync<JsonElement>($"/api/v1/submissions/{submission}")).GetProperty("version").GetUInt32();
        (await recruiter.PostAsJsonAsync($"/api/v1/submissions/{submission}/stage", new { stage = "Offer", reason = "Kestrel want you; I will call you about the package.", version })).EnsureSuccessStatusCode();
        await using var page = await PageTestContext.SignedInAsync(app, Demo.Candidate);

        var home = page.Render<CandidateHome>();

        home.WaitForAssertion(() => Card(home, position.Title).QuerySelector("[data-testid=stage-reason]")!.TextContent.ShouldContain("Kestrel want you; I will call you about the package."), Wait);
        Card(home, position.Title).QuerySelector("[data-testid=stage]")!.TextContent.ShouldBe("Offer");
    }

    [Fact]
    public async Task The_recruiters_submissions_list_links_each_row_to_its_submission_page()
    {
        var (id, name, _) = await Workspace.CandidateAsync(app, $"Linked {Workspace.Unique()}");
        var position = await Workspace.PositionAsync(app);
        var submission = await Workspace.SubmissionAsync(app, id, position.Id);
        await using var page = await PageTestContext.SignedInAsync(app, Demo.Recruiter);

        var list = page.Render<Web.Components.Pages.Recruiter.SubmissionsPage>();

        list.WaitForAssertion(() => list.FindAll("[data-testid=open-submission]").ShouldContain(a => a.TextContent == name), Wait);
        list.FindAll("[data-testid=open-submission]").Single(a => a.TextContent == name).GetAttribute("href").ShouldBe($"workspace/submissions/{submission}");
    }

    private static IElement Card(IRenderedComponent<CandidateHome> home, string position) =>
        home.FindAll("[data-testid=submission]").Single(s => s.TextContent.Contains(position, StringComparison.Ordinal));

    /// <summary>The whole field (input, label, helper or error text) around <paramref name="input"/>.</summary>
    private static IElement Field<T>(IRenderedComponent<T> root, string input)
        where T : IComponent =>
        root.Find(input).Closest(".mud-input-control")!;

    private async Task<string?> LocationAsync(Guid candidate)
    {
        await using var db = await Workspace.OpenAsync(app);
        return await db.Candidates.Where(c => c.Id == candidate).Select(c => c.Location).SingleAsync();
    }

    private static async Task WaitUntilAsync(Func<Task<bool>> condition)
    {
        for (var attempt = 0; attempt < 50 && !await condition(); attempt++)
        {
            await Task.Delay(100);
        }

        (await condition()).ShouldBeTrue();
    }
}
