using Microsoft.EntityFrameworkCore;
using RecruiterLiaison.Application.Common;
using RecruiterLiaison.Application.Positions.AddRequirement;
using RecruiterLiaison.Application.Positions.ChangePositionStatus;
using RecruiterLiaison.Application.Positions.CreatePosition;
using RecruiterLiaison.Application.Positions.DropRequirement;
using RecruiterLiaison.Application.Positions.EditPosition;
using RecruiterLiaison.Application.Positions.GetPosition;
using RecruiterLiaison.Application.Positions.ListPositions;
using RecruiterLiaison.Application.Positions.MoveRequirement;
using RecruiterLiaison.Application.Positions.RewordRequirement;
using RecruiterLiaison.Domain.Positions;
using RecruiterLiaison.IntegrationTests.Support;

namespace RecruiterLiaison.IntegrationTests.Workspace;

[Collection(DatabaseCollection.Name)]
public sealed class PositionTests(DatabaseFixture fixture)
{
    [Fact]
    public async Task A_position_is_created_open_with_its_requirements_in_the_order_given()
    {
        var daniel = await fixture.UserAsync("recruiter@demo.test");
        var client = await Workspace.ClientAsync(fixture, daniel);

        var position = await Workspace.PositionAsync(fixture, daniel, client.Id, "Go services", "Kubernetes", "On-call");

        position.Status.ShouldBe(PositionStatus.Open);
        position.Location.ShouldBe("Leeds");
        position.Requirements.Select(r => r.Name).ShouldBe(["Go services", "Kubernetes", "On-call"]);
        position.RetiredRequirements.ShouldBeEmpty();
        (await Workspace.AuditedAsync(fixture, daniel, AuditActions.PositionCreated, position.Id)).ShouldBeTrue();
        var listed = await fixture.Get<ListPositionsHandler>().HandleAsync(daniel, new ListPositionsQuery(new PageRequest(), client.Id));
        listed.Items.ShouldHaveSingleItem().Requirements.ShouldBe(3);
    }

    [Fact]
    public async Task Duplicate_or_empty_requirements_are_refused_beside_the_list_and_nothing_is_created()
    {
        var daniel = await fixture.UserAsync("recruiter@demo.test");
        var client = await Workspace.ClientAsync(fixture, daniel);

        var result = await fixture.Get<CreatePositionHandler>().HandleAsync(daniel, new CreatePositionCommand(client.Id, "", null, null, ["SQL", " "]));

        result.Failure!.Errors!.Keys.ShouldBe(["title", "requirements[1]"], ignoreOrder: true);
        var duplicates = await fixture.Get<CreatePositionHandler>().HandleAsync(daniel, new CreatePositionCommand(client.Id, "Analyst", null, null, ["SQL", "sql "]));
        duplicates.Failure!.Errors!.Keys.ShouldBe(["requirements"]);
        (await fixture.Get<ListPositionsHandler>().HandleAsync(daniel, new ListPositionsQuery(new PageRequest(), client.Id))).Total.ShouldBe(0);
    }

    [Fact]
    public async Task Requirements_are_moved_to_an_index_and_reworded_and_the_feedback_form_order_follows()
    {
        var daniel = await fixture.UserAsync("recruiter@demo.test");
        var client = await Workspace.ClientAsync(fixture, daniel);
        var position = await Workspace.PositionAsync(fixture, daniel, client.Id, "A", "B", "C", "D");
        var d = position.Requirements[3].Id;

        var moved = await fixture.Get<MoveRequirementHandler>().HandleAsync(daniel, new MoveRequirementCommand(d, 0, position.Version));
        var movedAgain = await fixture.Get<MoveRequirementHandler>().HandleAsync(daniel, new MoveRequirementCommand(position.Requirements[0].Id, 99, moved.Value!.Version));
        var reworded = await fixture.Get<RewordRequirementHandler>().HandleAsync(daniel, new RewordRequirementCommand(d, movedAgain.Value!.Version, "  D, reworded "));

        moved.Value.Requirements.Select(r => r.Name).ShouldBe(["D", "A", "B", "C"]);
        moved.Value.Version.ShouldNotBe(position.Version);
        movedAgain.Value.Requirements.Select(r => r.Name).ShouldBe(["D", "B", "C", "A"]);
        reworded.Value!.Requirement.Name.ShouldBe("D, reworded");
        var stored = await fixture.Get<GetPositionHandler>().HandleAsync(daniel, position.Id);
        stored!.Requirements.Select(r => r.Name).ShouldBe(["D, reworded", "B", "C", "A"]);
        stored.Requirements.Select(r => r.Ordinal).ShouldBe([1, 2, 3, 4]);
        (await Workspace.AuditedAsync(fixture, daniel, AuditActions.RequirementMoved, position.Id)).ShouldBeTrue();
        (await Workspace.AuditedAsync(fixture, daniel, AuditActions.RequirementReworded, position.Id)).ShouldBeTrue();
    }

    [Fact]
    public async Task A_requirement_with_ratings_is_retired_never_deleted_and_one_without_is_deleted()
    {
        var daniel = await fixture.UserAsync("recruiter@demo.test");
        var client = await Workspace.ClientAsync(fixture, daniel);
        var contact = await Workspace.ContactAsync(fixture, daniel, client.Id);
        var position = await Workspace.PositionAsync(fixture, daniel, client.Id, "Rated", "Never rated", "Kept");
        var rated = position.Requirements[0].Id;
        var unrated = position.Requirements[1].Id;
        var interview = await Workspace.PastInterviewAsync(fixture, daniel, position.Id, contact.Id);
        await Workspace.RateAsync(fixture, daniel, interview, contact.Id, rated);
        var drop = fixture.Get<DropRequirementHandler>();

        var retired = await drop.HandleAsync(daniel, new DropRequirementCommand(rated, position.Version));
        var deleted = await drop.HandleAsync(daniel, new DropRequirementCommand(unrated, retired.Value!.Position.Version));

        retired.Value.Retired.ShouldBeTrue();
        deleted.Value!.Retired.ShouldBeFalse();
        deleted.Value.Position.Requirements.Select(r => r.Name).ShouldBe(["Kept"]);
        deleted.Value.Position.RetiredRequirements.ShouldHaveSingleItem().Name.ShouldBe("Rated");
        await using var db = await fixture.OpenAsync();
        (await db.Requirements.SingleAsync(r => r.Id == rated)).RetiredAt.ShouldBe(fixture.Clock.GetUtcNow());
        (await db.Requirements.AnyAsync(r => r.Id == unrated)).ShouldBeFalse();
        (await db.ClientFeedback.Where(f => f.InterviewId == interview).SelectMany(f => f.Ratings).SingleAsync()).RequirementId.ShouldBe(rated);
        (await Workspace.AuditedAsync(fixture, daniel, AuditActions.RequirementRetired, position.Id)).ShouldBeTrue();
        (await Workspace.AuditedAsync(fixture, daniel, AuditActions.RequirementDeleted, position.Id)).ShouldBeTrue();

        // A retired requirement can be neither dropped again nor reworded.
        (await drop.HandleAsync(daniel, new DropRequirementCommand(rated))).Failure!.Kind.ShouldBe(FailureKind.Conflict);
        (await fixture.Get<RewordRequirementHandler>().HandleAsync(daniel, new RewordRequirementCommand(rated, deleted.Value.Position.Version, "Back again"))).Failure!.Kind.ShouldBe(FailureKind.Conflict);
    }

    [Fact]
    public async Task A_requirement_change_moves_the_positions_version_so_an_edit_made_from_the_old_page_is_a_conflict()
    {
        var daniel = await fixture.UserAsync("recruiter@demo.test");
        var helen = await fixture.UserAsync("admin@demo.test");
        var client = await Workspace.ClientAsync(fixture, daniel);
        var position = await Workspace.PositionAsync(fixture, daniel, client.Id, "First", "Second");
        fixture.Clock.Advance(TimeSpan.FromSeconds(1));

        var added = await fixture.Get<AddRequirementHandler>().HandleAsync(helen, new AddRequirementCommand(position.Id, "Third", position.Version));
        var staleEdit = await fixture.Get<EditPositionHandler>().HandleAsync(daniel, new EditPositionCommand(position.Id, position.Version, "Renamed", null, null));
        var staleMove = await fixture.Get<MoveRequirementHandler>().HandleAsync(daniel, new MoveRequirementCommand(position.Requirements[1].Id, 0, position.Version));
        var staleReword = await fixture.Get<RewordRequirementHandler>().HandleAsync(daniel, new RewordRequirementCommand(position.Requirements[0].Id, position.Version, "Premier"));

        added.Value!.Position.Version.ShouldNotBe(position.Version);
        added.Value.Requirement.Ordinal.ShouldBe(3);
        foreach (var stale in new[] { staleEdit.Failure, staleMove.Failure, staleReword.Failure })
        {
            stale!.Kind.ShouldBe(FailureKind.Conflict);
            stale.Message.ShouldContain("Helen Marsh");
            ((PositionView)stale.Current!).Requirements.Select(r => r.Name).ShouldBe(["First", "Second", "Third"]);
        }

        var fresh = await fixture.Get<EditPositionHandler>().HandleAsync(daniel, new EditPositionCommand(position.Id, added.Value.Position.Version, "Renamed", "Remote", "New words."));
        fresh.Value!.Title.ShouldBe("Renamed");
        fresh.Value.Location.ShouldBe("Remote");
    }

    [Fact]
    public async Task A_positions_status_moves_between_open_on_hold_filled_and_closed_and_is_audited()
    {
        var daniel = await fixture.UserAsync("recruiter@demo.test");
        var client = await Workspace.ClientAsync(fixture, daniel);
        var position = await Workspace.PositionAsync(fixture, daniel, client.Id);
        var change = fixture.Get<ChangePositionStatusHandler>();

        var onHold = await change.HandleAsync(daniel, new ChangePositionStatusCommand(position.Id, PositionStatus.OnHold, position.Version));
        var filled = await change.HandleAsync(daniel, new ChangePositionStatusCommand(position.Id, PositionStatus.Filled));
        var missing = await change.HandleAsync(daniel, new ChangePositionStatusCommand(position.Id, null));

        onHold.Value!.Status.ShouldBe(PositionStatus.OnHold);
        filled.Value!.Status.ShouldBe(PositionStatus.Filled);
        missing.Failure!.Errors!.Keys.ShouldBe(["status"]);
        var listed = await fixture.Get<ListPositionsHandler>().HandleAsync(daniel, new ListPositionsQuery(new PageRequest(), Status: PositionStatus.Filled, Search: position.Title[^8..]));
        listed.Items.ShouldHaveSingleItem().Id.ShouldBe(position.Id);
        (await fixture.Get<ListPositionsHandler>().HandleAsync(daniel, new ListPositionsQuery(new PageRequest(), Status: PositionStatus.Open, Search: position.Title[^8..]))).Items.ShouldBeEmpty();
        (await Workspace.AuditedAsync(fixture, daniel, AuditActions.PositionStatusChanged, position.Id)).ShouldBeTrue();
    }

    [Fact]
    public async Task Only_the_agencys_recruiters_and_admins_change_a_position_and_every_refusal_is_audited()
    {
        var daniel = await fixture.UserAsync("recruiter@demo.test");
        var client = await Workspace.ClientAsync(fixture, daniel);
        var position = await Workspace.PositionAsync(fixture, daniel, client.Id, "Only");
        var requirement = position.Requirements[0].Id;

        foreach (var email in new[] { "recruiter@meridian.test", "admin@meridian.test", "candidate@demo.test", "client@demo.test" })
        {
            var outsider = await fixture.UserAsync(email);
            (await fixture.Get<CreatePositionHandler>().HandleAsync(outsider, new CreatePositionCommand(client.Id, "Mine", null, null, []))).Failure!.Kind.ShouldBe(FailureKind.NotFound);
            (await fixture.Get<EditPositionHandler>().HandleAsync(outsider, new EditPositionCommand(position.Id, position.Version, "Mine", null, null))).Failure!.Kind.ShouldBe(FailureKind.NotFound);
            (await fixture.Get<ChangePositionStatusHandler>().HandleAsync(outsider, new ChangePositionStatusCommand(position.Id, PositionStatus.Closed))).Failure!.Kind.ShouldBe(FailureKind.NotFound);
            (await fixture.Get<AddRequirementHandler>().HandleAsync(outsider, new AddRequirementCommand(position.Id, "Mine"))).Failure!.Kind.ShouldBe(FailureKind.NotFound);
            (await fixture.Get<RewordRequirementHandler>().HandleAsync(outsider, new RewordRequirementCommand(requirement, position.Version, "Mine"))).Failure!.Kind.ShouldBe(FailureKind.NotFound);
            (await fixture.Get<MoveRequirementHandler>().HandleAsync(outsider, new MoveRequirementCommand(requirement, 0))).Failure!.Kind.ShouldBe(FailureKind.NotFound);
            (await fixture.Get<DropRequirementHandler>().HandleAsync(outsider, new DropRequirementCommand(requirement))).Failure!.Kind.ShouldBe(FailureKind.NotFound);
            (await fixture.Get<GetPositionHandler>().HandleAsync(outsider, position.Id)).ShouldBeNull();
            (await fixture.Get<ListPositionsHandler>().HandleAsync(outsider, new ListPositionsQuery(new PageRequest(), client.Id))).Items.ShouldBeEmpty();
            (await Workspace.AuditedAsync(fixture, outsider, AuditActions.AccessRefused, position.Id)).ShouldBeTrue(email);
            (await Workspace.AuditedAsync(fixture, outsider, AuditActions.AccessRefused, requirement)).ShouldBeTrue(email);
            (await Workspace.AuditedAsync(fixture, outsider, AuditActions.AccessRefused, client.Id)).ShouldBeTrue(email);
        }

        var unchanged = await fixture.Get<GetPositionHandler>().HandleAsync(daniel, position.Id);
        unchanged!.Version.ShouldBe(position.Version);
        unchanged.Requirements.Select(r => r.Name).ShouldBe(["Only"]);
    }
}
