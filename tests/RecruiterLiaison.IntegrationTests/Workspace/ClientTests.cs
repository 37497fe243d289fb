using Microsoft.EntityFrameworkCore;
using RecruiterLiaison.Application.Clients.AddContact;
using RecruiterLiaison.Application.Clients.ArchiveClient;
using RecruiterLiaison.Application.Clients.CreateClient;
using RecruiterLiaison.Application.Clients.EditContact;
using RecruiterLiaison.Application.Clients.GetClient;
using RecruiterLiaison.Application.Clients.ListClients;
using RecruiterLiaison.Application.Clients.RenameClient;
using RecruiterLiaison.Application.Clients.RestoreClient;
using RecruiterLiaison.Application.Common;
using RecruiterLiaison.Application.Positions.CreatePosition;
using RecruiterLiaison.Domain.Clients;
using RecruiterLiaison.IntegrationTests.Support;

namespace RecruiterLiaison.IntegrationTests.Workspace;

[Collection(DatabaseCollection.Name)]
public sealed class ClientTests(DatabaseFixture fixture)
{
    [Fact]
    public async Task A_new_client_starts_with_the_default_contact_policy_and_is_found_by_a_fragment_of_its_name()
    {
        var daniel = await fixture.UserAsync("recruiter@demo.test");
        var marker = Guid.NewGuid().ToString("N")[..8];

        var created = await fixture.Get<CreateClientHandler>().HandleAsync(daniel, new CreateClientCommand($"  Wexford Shipping {marker} "));

        created.Value!.Name.ShouldBe($"Wexford Shipping {marker}");
        created.Value.Version.ShouldNotBe(0u);
        created.Value.Policy.NotesAllowed.ShouldBeTrue();
        created.Value.Policy.MaxNotesPerRound.ShouldBe(2);
        var found = await fixture.Get<ListClientsHandler>().HandleAsync(daniel, new ListClientsQuery(new PageRequest(), marker.ToUpperInvariant()));
        found.Items.ShouldHaveSingleItem().Id.ShouldBe(created.Value.Id);
        found.Total.ShouldBe(1);
        (await Workspace.AuditedAsync(fixture, daniel, AuditActions.ClientCreated, created.Value.Id)).ShouldBeTrue();
    }

    [Fact]
    public async Task Two_clients_of_one_agency_cannot_share_a_name_but_two_agencies_may()
    {
        var daniel = await fixture.UserAsync("recruiter@demo.test");
        var luis = await fixture.UserAsync("recruiter@meridian.test");
        var name = Workspace.Unique("Harbour Foods");
        (await fixture.Get<CreateClientHandler>().HandleAsync(daniel, new CreateClientCommand(name))).Succeeded.ShouldBeTrue();

        var again = await fixture.Get<CreateClientHandler>().HandleAsync(await fixture.UserAsync("admin@demo.test"), new CreateClientCommand(name.ToLowerInvariant()));
        var elsewhere = await fixture.Get<CreateClientHandler>().HandleAsync(luis, new CreateClientCommand(name));

        again.Failure!.Errors!["name"].ShouldHaveSingleItem().ShouldContain("already has a client called");
        elsewhere.Succeeded.ShouldBeTrue();
    }

    [Fact]
    public async Task A_rename_with_a_stale_version_is_a_conflict_that_names_who_changed_it_and_shows_the_client_as_it_stands()
    {
        var daniel = await fixture.UserAsync("recruiter@demo.test");
        var helen = await fixture.UserAsync("admin@demo.test");
        var client = await Workspace.ClientAsync(fixture, daniel);
        var rename = fixture.Get<RenameClientHandler>();
        var helensName = Workspace.Unique("Renamed by Helen");
        fixture.Clock.Advance(TimeSpan.FromSeconds(1));

        (await rename.HandleAsync(helen, new RenameClientCommand(client.Id, client.Version, helensName))).Succeeded.ShouldBeTrue();
        var stale = await rename.HandleAsync(daniel, new RenameClientCommand(client.Id, client.Version, Workspace.Unique("Renamed by Daniel")));

        stale.Failure!.Kind.ShouldBe(FailureKind.Conflict);
        stale.Failure.Message.ShouldContain("Helen Marsh");
        ((Application.Clients.ClientDetail)stale.Failure.Current!).Name.ShouldBe(helensName);
        (await fixture.Get<GetClientHandler>().HandleAsync(daniel, client.Id))!.Name.ShouldBe(helensName);
    }

    [Fact]
    public async Task An_archived_client_leaves_the_default_list_takes_no_contacts_or_positions_and_comes_back_when_restored()
    {
        var daniel = await fixture.UserAsync("recruiter@demo.test");
        var client = await Workspace.ClientAsync(fixture, daniel, "Archive me");
        var contact = await Workspace.ContactAsync(fixture, daniel, client.Id);
        var search = client.Name[^8..];

        var archived = await fixture.Get<ArchiveClientHandler>().HandleAsync(daniel, new ArchiveClientCommand(client.Id, client.Version));

        archived.Value!.ArchivedAt.ShouldBe(fixture.Clock.GetUtcNow());
        archived.Value.Contacts.ShouldHaveSingleItem().Id.ShouldBe(contact.Id);
        var list = fixture.Get<ListClientsHandler>();
        (await list.HandleAsync(daniel, new ListClientsQuery(new PageRequest(), search))).Items.ShouldBeEmpty();
        (await list.HandleAsync(daniel, new ListClientsQuery(new PageRequest(), search, IncludeArchived: true))).Items.ShouldHaveSingleItem().ArchivedAt.ShouldNotBeNull();
        (await fixture.Get<AddContactHandler>().HandleAsync(daniel, new AddContactCommand(client.Id, "Late Comer", "", "late@client.example", Seniority.Staff)))
            .Failure!.Message.ShouldContain("archived");
        (await fixture.Get<CreatePositionHandler>().HandleAsync(daniel, new CreatePositionCommand(client.Id, "Too late", null, null, [])))
            .Failure!.Message.ShouldContain("archived");

        // Archiving again with the version read before the archive: a conflict, not a silent success.
        (await fixture.Get<ArchiveClientHandler>().HandleAsync(daniel, new ArchiveClientCommand(client.Id, client.Version))).Failure!.Kind.ShouldBe(FailureKind.Conflict);
        var restored = await fixture.Get<RestoreClientHandler>().HandleAsync(daniel, new RestoreClientCommand(client.Id, archived.Value.Version));

        restored.Value!.ArchivedAt.ShouldBeNull();
        (await list.HandleAsync(daniel, new ListClientsQuery(new PageRequest(), search))).Items.ShouldHaveSingleItem();
        (await Workspace.AuditedAsync(fixture, daniel, AuditActions.ClientArchived, client.Id)).ShouldBeTrue();
        (await Workspace.AuditedAsync(fixture, daniel, AuditActions.ClientRestored, client.Id)).ShouldBeTrue();
    }

    [Fact]
    public async Task Clients_are_listed_by_name_either_way_one_page_at_a_time()
    {
        var daniel = await fixture.UserAsync("recruiter@demo.test");
        var marker = Guid.NewGuid().ToString("N")[..8];
        foreach (var letter in new[] { "C", "A", "B" })
        {
            (await fixture.Get<CreateClientHandler>().HandleAsync(daniel, new CreateClientCommand($"{letter} Paging {marker}"))).Succeeded.ShouldBeTrue();
        }

        var list = fixture.Get<ListClientsHandler>();
        var first = await list.HandleAsync(daniel, new ListClientsQuery(new PageRequest(1, 2), marker));
        var second = await list.HandleAsync(daniel, new ListClientsQuery(new PageRequest(2, 2), marker));
        var backwards = await list.HandleAsync(daniel, new ListClientsQuery(new PageRequest(1, 2), marker, NameDescending: true));

        first.Items.Select(c => c.Name[..1]).ShouldBe(["A", "B"]);
        second.Items.Select(c => c.Name[..1]).ShouldBe(["C"]);
        first.Total.ShouldBe(3);
        backwards.Items.Select(c => c.Name[..1]).ShouldBe(["C", "B"]);
    }

    [Fact]
    public async Task A_contact_is_added_and_edited_with_its_version_and_a_stale_edit_is_a_conflict()
    {
        var daniel = await fixture.UserAsync("recruiter@demo.test");
        var helen = await fixture.UserAsync("admin@demo.test");
        var client = await Workspace.ClientAsync(fixture, daniel);
        var added = await Workspace.ContactAsync(fixture, daniel, client.Id, "Ruth Okoye", Seniority.Manager);
        var edit = fixture.Get<EditContactHandler>();
        fixture.Clock.Advance(TimeSpan.FromSeconds(1));

        var promoted = await edit.HandleAsync(helen, new EditContactCommand(added.Id, added.Version, "Ruth Okoye", "Chief Technology Officer", added.Email, Seniority.Executive));
        var stale = await edit.HandleAsync(daniel, new EditContactCommand(added.Id, added.Version, "Ruth Okoye-Smith", "Head of Engineering", added.Email, Seniority.Manager));

        promoted.Value!.Seniority.ShouldBe(Seniority.Executive);
        promoted.Value.Version.ShouldNotBe(added.Version);
        promoted.Value.HasAccount.ShouldBeFalse();
        stale.Failure!.Kind.ShouldBe(FailureKind.Conflict);
        ((Application.Clients.ContactItem)stale.Failure.Current!).Title.ShouldBe("Chief Technology Officer");
        (await fixture.Get<GetClientHandler>().HandleAsync(daniel, client.Id))!.Contacts.ShouldHaveSingleItem().Seniority.ShouldBe(Seniority.Executive);
        (await Workspace.AuditedAsync(fixture, helen, AuditActions.ContactUpdated, added.Id)).ShouldBeTrue();
    }

    [Fact]
    public async Task A_contact_without_an_email_or_seniority_is_refused_field_by_field()
    {
        var daniel = await fixture.UserAsync("recruiter@demo.test");
        var client = await Workspace.ClientAsync(fixture, daniel);

        var result = await fixture.Get<AddContactHandler>().HandleAsync(daniel, new AddContactCommand(client.Id, "", null, "not-an-address", null));

        result.Failure!.Errors!.Keys.ShouldBe(["name", "email", "seniority"], ignoreOrder: true);
        result.Failure.Errors["email"].ShouldHaveSingleItem().ShouldContain("not an e-mail address");
    }

    [Fact]
    public async Task Another_agencys_staff_and_a_candidate_or_client_of_the_same_agency_never_reach_a_client_and_each_refusal_is_audited()
    {
        var daniel = await fixture.UserAsync("recruiter@demo.test");
        var client = await Workspace.ClientAsync(fixture, daniel);
        var contact = await Workspace.ContactAsync(fixture, daniel, client.Id);

        foreach (var email in new[] { "recruiter@meridian.test", "admin@meridian.test", "candidate@demo.test", "client@demo.test" })
        {
            var outsider = await fixture.UserAsync(email);
            (await fixture.Get<GetClientHandler>().HandleAsync(outsider, client.Id)).ShouldBeNull();
            (await fixture.Get<RenameClientHandler>().HandleAsync(outsider, new RenameClientCommand(client.Id, client.Version, "Mine now"))).Failure!.Kind.ShouldBe(FailureKind.NotFound);
            (await fixture.Get<ArchiveClientHandler>().HandleAsync(outsider, new ArchiveClientCommand(client.Id))).Failure!.Kind.ShouldBe(FailureKind.NotFound);
            (await fixture.Get<EditContactHandler>().HandleAsync(outsider, new EditContactCommand(contact.Id, contact.Version, "X", "", "x@x.example", Seniority.Staff))).Failure!.Kind.ShouldBe(FailureKind.NotFound);
            (await fixture.Get<ListClientsHandler>().HandleAsync(outsider, new ListClientsQuery(new PageRequest(), client.Name))).Items.ShouldBeEmpty();
            (await Workspace.AuditedAsync(fixture, outsider, AuditActions.AccessRefused, client.Id)).ShouldBeTrue(email);
            (await Workspace.AuditedAsync(fixture, outsider, AuditActions.AccessRefused, contact.Id)).ShouldBeTrue(email);
        }

        (await fixture.Get<CreateClientHandler>().HandleAsync(await fixture.UserAsync("candidate@demo.test"), new CreateClientCommand("Nope"))).Failure!.Kind.ShouldBe(FailureKind.Forbidden);
        await using var db = await fixture.OpenAsync();
        (await db.ClientCompanies.SingleAsync(c => c.Id == client.Id)).Name.ShouldBe(client.Name);
    }
}
