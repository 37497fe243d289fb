using Microsoft.EntityFrameworkCore;
using RecruiterLiaison.Application.Candidates.CreateCandidate;
using RecruiterLiaison.Application.Candidates.EditCandidate;
using RecruiterLiaison.Application.Candidates.GetCandidate;
using RecruiterLiaison.Application.Candidates.ListCandidates;
using RecruiterLiaison.Application.Common;
using RecruiterLiaison.Domain.Submissions;
using RecruiterLiaison.IntegrationTests.Support;

namespace RecruiterLiaison.IntegrationTests.Candidates;

[Collection(DatabaseCollection.Name)]
public sealed class CandidateTests(DatabaseFixture fixture)
{
    [Fact]
    public async Task A_recruiter_adds_a_candidate_without_an_account_and_the_addition_is_audited()
    {
        var daniel = await fixture.UserAsync("recruiter@demo.test");
        var email = $"ravi.{CandidateWorkspace.Unique()}@example.test";

        var created = await fixture.Get<CreateCandidateHandler>().HandleAsync(daniel, new CreateCandidateCommand(" Ravi Menon ", email, "+44 7700 900123", "Manchester", "Backend engineer, ten years of logistics systems."));

        var candidate = (await fixture.Get<GetCandidateHandler>().HandleAsync(daniel, created.Value)).Value!;
        candidate.Name.ShouldBe("Ravi Menon");
        candidate.HasAccount.ShouldBeFalse();
        candidate.Location.ShouldBe("Manchester");
        candidate.Submissions.ShouldBeEmpty();
        candidate.Version.ShouldNotBe(0u);
        await using var db = await fixture.OpenAsync();
        (await db.AuditEvents.AnyAsync(e => e.SubjectId == created.Value && e.Action == AuditActions.CandidateCreated && e.ActorUserId == daniel.UserId)).ShouldBeTrue();
    }

    [Fact]
    public async Task An_email_already_on_file_in_the_agency_is_a_field_error_and_another_agency_may_use_it()
    {
        var daniel = await fixture.UserAsync("recruiter@demo.test");
        var helen = await fixture.UserAsync("admin@demo.test");
        var luis = await fixture.UserAsync("recruiter@meridian.test");
        var email = $"ravi.{CandidateWorkspace.Unique()}@example.test";
        var handler = fixture.Get<CreateCandidateHandler>();
        (await handler.HandleAsync(daniel, new CreateCandidateCommand("Ravi Menon", email, null, null, null))).Succeeded.ShouldBeTrue();

        var again = await handler.HandleAsync(helen, new CreateCandidateCommand("R. Menon", email.ToUpperInvariant(), null, null, null));

        again.Failure!.Kind.ShouldBe(FailureKind.Invalid);
        again.Failure.Errors!["email"].ShouldHaveSingleItem().ShouldContain("Ravi Menon");
        (await handler.HandleAsync(luis, new CreateCandidateCommand("Ravi Menon", email, null, null, null))).Succeeded.ShouldBeTrue();
    }

    [Fact]
    public async Task Missing_or_malformed_fields_are_reported_field_by_field()
    {
        var daniel = await fixture.UserAsync("recruiter@demo.test");

        var result = await fixture.Get<CreateCandidateHandler>().HandleAsync(daniel, new CreateCandidateCommand("", "not an address", null, null, new string('x', 4001)));

        result.Failure!.Errors!.Keys.ShouldBe(["name", "email", "profile"], ignoreOrder: true);
    }

    [Fact]
    public async Task Candidates_and_clients_cannot_add_or_list_candidates_and_the_refusal_is_audited()
    {
        var priya = await fixture.UserAsync("candidate@demo.test");
        var sarah = await fixture.UserAsync("client@demo.test");

        (await fixture.Get<CreateCandidateHandler>().HandleAsync(priya, new CreateCandidateCommand("Someone", $"someone.{CandidateWorkspace.Unique()}@example.test", null, null, null))).Failure!.Kind.ShouldBe(FailureKind.Forbidden);
        (await fixture.Get<ListCandidatesHandler>().HandleAsync(sarah, new ListCandidatesQuery(null, new PageRequest()))).Failure!.Kind.ShouldBe(FailureKind.Forbidden);

        await using var db = await fixture.OpenAsync();
        (await db.AuditEvents.AnyAsync(e => e.ActorUserId == priya.UserId && e.Action == AuditActions.AccessRefused && e.Detail.Contains("add a candidate"))).ShouldBeTrue();
        (await db.AuditEvents.AnyAsync(e => e.ActorUserId == sarah.UserId && e.Action == AuditActions.AccessRefused && e.Detail.Contains("list the agency's candidates"))).ShouldBeTrue();
    }

    [Fact]
    public async Task The_list_searches_names_and_emails_pages_and_never_shows_another_agency()
    {
        var daniel = await fixture.UserAsync("recruiter@demo.test");
        var marker = CandidateWorkspace.Unique();
        var create = fixture.Get<CreateCandidateHandler>();
        for (var i = 0; i < 3; i++)
        {
            (await create.HandleAsync(daniel, new CreateCandidateCommand($"Searchable {marker} {i}", $"s{i}.{marker}@example.test", null, null, null))).Succeeded.ShouldBeTrue();
        }

        (await create.HandleAsync(daniel, new CreateCandidateCommand("Hidden by name", $"only-in-email-{marker}@example.test", null, null, null))).Succeeded.ShouldBeTrue();
        (await create.HandleAsync(await fixture.UserAsync("recruiter@meridian.test"), new CreateCandidateCommand($"Searchable {marker} elsewhere", $"x.{marker}@example.test", null, null, null))).Succeeded.ShouldBeTrue();
        var list = fixture.Get<ListCandidatesHandler>();

        var first = (await list.HandleAsync(daniel, new ListCandidatesQuery(marker.ToUpperInvariant(), new PageRequest(1, 3)))).Value!;
        var second = (await list.HandleAsync(daniel, new ListCandidatesQuery(marker, new PageRequest(2, 3)))).Value!;
        var byEmailDescending = (await list.HandleAsync(daniel, new ListCandidatesQuery(marker, new PageRequest(1, 10), CandidateSort.Email, Descending: true))).Value!;

        first.Total.ShouldBe(4);
        first.Items.Select(c => c.Name).ShouldBe(["Hidden by name", $"Searchable {marker} 0", $"Searchable {marker} 1"]);
        second.Items.ShouldHaveSingleItem().Name.ShouldBe($"Searchable {marker} 2");
        byEmailDescending.Items.Select(c => c.Email).ShouldBe(byEmailDescending.Items.Select(c => c.Email).OrderDescending(StringComparer.Ordinal).ToList());
        first.Items.ShouldAllBe(c => !c.HasAccount && c.ActiveSubmissions == 0);
    }

    [Fact]
    public async Task The_candidate_page_lists_every_submission_and_note()
    {
        var daniel = await fixture.UserAsync("recruiter@demo.test");
        Guid priya;
        await using (var db = await fixture.OpenAsync())
        {
            priya = await db.Candidates.Where(c => c.Email == "candidate@demo.test").Select(c => c.Id).SingleAsync();
        }

        var candidate = (await fixture.Get<GetCandidateHandler>().HandleAsync(daniel, priya)).Value!;

        candidate.HasAccount.ShouldBeTrue();
        candidate.Submissions.ShouldContain(s => s.Position == "Senior Backend Engineer" && s.Client == "Halcyon Logistics" && s.Stage == SubmissionStage.FurtherInterviews);
        candidate.Notes.ShouldContain(n => n.Position == "Financial Systems Analyst" && n.Recipient == "Aisha Karim" && n.Kind == Domain.Notes.NoteKind.ThankYou);
    }

    [Fact]
    public async Task Another_agencys_candidate_is_not_found_and_the_refusal_is_audited()
    {
        var luis = await fixture.UserAsync("recruiter@meridian.test");
        var candidate = await CandidateWorkspace.CandidateAsync(fixture);

        (await fixture.Get<GetCandidateHandler>().HandleAsync(luis, candidate)).Failure!.Kind.ShouldBe(FailureKind.NotFound);
        (await fixture.Get<EditCandidateHandler>().HandleAsync(luis, new EditCandidateCommand(candidate, 1, "Taken over", "x@example.test", null, null, null))).Failure!.Kind.ShouldBe(FailureKind.NotFound);

        await using var db = await fixture.OpenAsync();
        (await db.AuditEvents.CountAsync(e => e.ActorUserId == luis.UserId && e.SubjectId == candidate && e.Action == AuditActions.AccessRefused)).ShouldBe(2);
        (await db.Candidates.SingleAsync(c => c.Id == candidate)).Name.ShouldBe("Ravi Menon");
    }

    [Fact]
    public async Task An_edit_with_the_version_read_saves_and_a_stale_one_hears_who_saved_first()
    {
        var daniel = await fixture.UserAsync("recruiter@demo.test");
        var helen = await fixture.UserAsync("admin@demo.test");
        var created = await fixture.Get<CreateCandidateHandler>().HandleAsync(daniel, new CreateCandidateCommand("Ravi Menon", $"ravi.{CandidateWorkspace.Unique()}@example.test", null, null, null));
        var read = (await fixture.Get<GetCandidateHandler>().HandleAsync(daniel, created.Value)).Value!;
        var edit = fixture.Get<EditCandidateHandler>();

        var saved = await edit.HandleAsync(helen, new EditCandidateCommand(read.Id, read.Version, "Ravi Menon", read.Email, "+44 7700 900456", "Leeds", "Prefers hybrid roles."));
        var stale = await edit.HandleAsync(daniel, new EditCandidateCommand(read.Id, read.Version, "Ravi K. Menon", read.Email, null, "York", null));

        saved.Value!.Location.ShouldBe("Leeds");
        saved.Value.Version.ShouldNotBe(read.Version);
        stale.Failure!.Kind.ShouldBe(FailureKind.Conflict);
        stale.Failure.Message.ShouldContain("Helen Marsh");
        stale.Failure.Current.ShouldBeOfType<CandidateDetail>().Location.ShouldBe("Leeds");
        await using var db = await fixture.OpenAsync();
        (await db.Candidates.SingleAsync(c => c.Id == read.Id)).Name.ShouldBe("Ravi Menon");
        (await db.AuditEvents.AnyAsync(e => e.SubjectId == read.Id && e.Action == AuditActions.CandidateUpdated && e.ActorUserId == helen.UserId)).ShouldBeTrue();
    }

    [Fact]
    public async Task Two_edits_at_the_same_moment_save_one_and_refuse_the_other()
    {
        var daniel = await fixture.UserAsync("recruiter@demo.test");
        var helen = await fixture.UserAsync("admin@demo.test");
        var id = await CandidateWorkspace.CandidateAsync(fixture);
        var read = (await fixture.Get<GetCandidateHandler>().HandleAsync(daniel, id)).Value!;

        var results = await Task.WhenAll(
            fixture.Get<EditCandidateHandler>().HandleAsync(daniel, new EditCandidateCommand(id, read.Version, read.Name, read.Email, null, "Bristol", null)),
            fixture.Get<EditCandidateHandler>().HandleAsync(helen, new EditCandidateCommand(id, read.Version, read.Name, read.Email, null, "Cardiff", null)));

        results.Count(r => r.Succeeded).ShouldBe(1);
        results.Single(r => !r.Succeeded).Failure!.Kind.ShouldBe(FailureKind.Conflict);
    }

    [Fact]
    public async Task An_edit_to_an_email_another_candidate_has_is_a_field_error()
    {
        var daniel = await fixture.UserAsync("recruiter@demo.test");
        var taken = $"taken.{CandidateWorkspace.Unique()}@example.test";
        (await fixture.Get<CreateCandidateHandler>().HandleAsync(daniel, new CreateCandidateCommand("Ana Costa", taken, null, null, null))).Succeeded.ShouldBeTrue();
        var id = await CandidateWorkspace.CandidateAsync(fixture);
        var read = (await fixture.Get<GetCandidateHandler>().HandleAsync(daniel, id)).Value!;

        var result = await fixture.Get<EditCandidateHandler>().HandleAsync(daniel, new EditCandidateCommand(id, read.Version, read.Name, taken, null, null, null));

        result.Failure!.Errors!["email"].ShouldHaveSingleItem().ShouldContain("Ana Costa");
        (await fixture.Get<EditCandidateHandler>().HandleAsync(daniel, new EditCandidateCommand(id, read.Version, read.Name, read.Email.ToUpperInvariant(), null, null, null))).Succeeded.ShouldBeTrue();
    }
}
