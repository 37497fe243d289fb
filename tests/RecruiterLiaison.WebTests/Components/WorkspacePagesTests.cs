using System.Net.Http.Json;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using RecruiterLiaison.Domain.Clients;
using RecruiterLiaison.Domain.Positions;
using RecruiterLiaison.Infrastructure.Persistence;
using RecruiterLiaison.Web.Components.Pages.Workspace;
using RecruiterLiaison.WebTests.Support;

namespace RecruiterLiaison.WebTests.Components;

/// <summary>The clients list, a client's page and a position's page, driven as a recruiter drives them.</summary>
[Collection(AppCollection.Name)]
public sealed class WorkspacePagesTests(AppFactory app)
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task A_recruiter_creates_a_client_adds_a_contact_and_opens_a_position_with_requirements()
    {
        var name = WorkspaceScenario.Unique("Brightwater Labs");
        await using var page = await PageTestContext.SignedInAsync(app, Demo.Recruiter);
        var navigation = page.Bunit.Services.GetRequiredService<NavigationManager>();

        // The list: "New client" opens the dialog; creating opens the client's page.
        var clients = page.Render<ClientsPage>();
        clients.WaitForAssertion(() => clients.Find("[data-testid=clients]").GetAttribute("data-ready").ShouldBe("true"), Wait);
        clients.Press("[data-testid=new-client]");
        page.Dialogs.WaitForElement("#new-client-name", Wait);
        page.Dialogs.Find("#new-client-name").Change(name);
        page.Dialogs.Press("[data-testid=create-client]");
        clients.WaitForAssertion(() => navigation.Uri.ShouldContain("/workspace/clients/"), Wait);
        var clientId = Guid.Parse(navigation.Uri.Split('/').Last());

        // The client's page: a contact through "Add contact".
        var client = page.Render<ClientPage>(p => p.Add(x => x.ClientId, clientId));
        client.WaitForAssertion(() => client.Find("[data-testid=client-page]").GetAttribute("data-ready").ShouldBe("true"), Wait);
        client.Find("[data-testid=client-name-heading]").TextContent.ShouldBe(name);
        client.Find("[data-testid=client-policy]").TextContent.ShouldContain("Accepted");
        client.FindAll("[data-testid=edit-policy-link]").ShouldBeEmpty("only admins change contact policies");
        client.Press("[data-testid=add-contact]");
        page.Dialogs.WaitForElement("#contact-name", Wait);
        page.Dialogs.Find("#contact-name").Change("Marta Nowak");
        page.Dialogs.Find("#contact-title").Change("VP Engineering");
        page.Dialogs.Find("#contact-email").Change("marta@brightwater.example");
        var seniority = page.Dialogs.FindComponent<MudSelect<Seniority?>>();
        await seniority.InvokeAsync(() => seniority.Instance.SelectOption(Seniority.SeniorLeader));
        page.Dialogs.Press("[data-testid=save-contact]");
        client.WaitForAssertion(() => client.Find("[data-testid=contact]").TextContent.ShouldBe("Marta Nowak"), Wait);
        client.Find("[data-testid=contact-seniority-value]").TextContent.ShouldBe("Senior leader");
        client.Find("[data-testid=has-account]").TextContent.ShouldBe("No account");

        // "New position": two requirements added, a third left in the field is not lost.
        client.Press("[data-testid=new-position]");
        page.Dialogs.WaitForElement("#position-title", Wait);
        page.Dialogs.Find("#position-title").Change("ML Engineer");
        page.Dialogs.Find("#position-location").Change("Cambridge");
        page.Dialogs.Find("#position-description").Change("Ship models that doctors trust.");
        foreach (var requirement in new[] { "PyTorch", "Model evaluation" })
        {
            page.Dialogs.Find("#position-requirement").Input(requirement);
            page.Dialogs.Press("[data-testid=add-position-requirement]");
        }

        page.Dialogs.FindAll("[data-testid=position-requirement]").Count.ShouldBe(2);
        page.Dialogs.Find("#position-requirement").Input("MLOps");
        page.Dialogs.Press("[data-testid=create-position]");
        client.WaitForAssertion(() => navigation.Uri.ShouldContain("/workspace/positions/"), Wait);
        var positionId = Guid.Parse(navigation.Uri.Split('/').Last());

        await using var db = await app.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        var stored = await db.Positions.Include(p => p.Requirements).AsNoTracking().SingleAsync(p => p.Id == positionId);
        stored.ClientCompanyId.ShouldBe(clientId);
        stored.Title.ShouldBe("ML Engineer");
        stored.Location.ShouldBe("Cambridge");
        stored.Status.ShouldBe(PositionStatus.Open);
        stored.Requirements.OrderBy(r => r.Ordinal).Select(r => r.Name).ShouldBe(["PyTorch", "Model evaluation", "MLOps"]);
        (await db.ClientContacts.SingleAsync(c => c.ClientCompanyId == clientId)).Seniority.ShouldBe(Seniority.SeniorLeader);

        // The position's page: add, move up, reword inline, drop (deleted: nobody rated it).
        var position = page.Render<PositionPage>(p => p.Add(x => x.PositionId, positionId));
        position.WaitForAssertion(() => position.Find("[data-testid=position-page]").GetAttribute("data-ready").ShouldBe("true"), Wait);
        position.Find("#new-requirement").Input("Python");
        position.Press("[data-testid=add-requirement]");
        position.WaitForAssertion(() => Names(position).ShouldBe(["PyTorch", "Model evaluation", "MLOps", "Python"]), Wait);
        position.Press(p => p.FindAll("[data-testid=requirement]")[3].QuerySelector("[data-testid=move-up]")!);
        position.WaitForAssertion(() => Names(position).ShouldBe(["PyTorch", "Model evaluation", "Python", "MLOps"]), Wait);
        position.Press(p => p.FindAll("[data-testid=requirement]")[0].QuerySelector("[data-testid=reword-requirement]")!);
        var first = stored.Requirements.Single(r => r.Name == "PyTorch").Id;
        position.Find($"#reword-{first}").Input("PyTorch in production");
        position.Press("[data-testid=save-reword]");
        position.WaitForAssertion(() => Names(position).ShouldBe(["PyTorch in production", "Model evaluation", "Python", "MLOps"]), Wait);
        position.Press(p => p.FindAll("[data-testid=requirement]")[3].QuerySelector("[data-testid=drop-requirement]")!);
        page.Dialogs.WaitForAssertion(() => page.Dialogs.Find("[data-testid=confirm-message]").TextContent.ShouldContain("so it will be deleted"), Wait);
        page.Dialogs.Press("[data-testid=confirm-drop]");
        position.WaitForAssertion(() => Names(position).ShouldBe(["PyTorch in production", "Model evaluation", "Python"]), Wait);
        position.FindAll("[data-testid=retired-requirement]").ShouldBeEmpty();
        position.Find("[data-testid=position-submissions]").TextContent.ShouldContain("Nobody has been put forward");
    }

    [Fact]
    public async Task A_taken_client_name_and_a_bad_contact_email_show_why_beside_the_field_and_keep_what_was_typed()
    {
        await using var page = await PageTestContext.SignedInAsync(app, Demo.Recruiter);
        var clients = page.Render<ClientsPage>();
        clients.WaitForAssertion(() => clients.Find("[data-testid=clients]").GetAttribute("data-ready").ShouldBe("true"), Wait);
        clients.Press("[data-testid=new-client]");
        page.Dialogs.WaitForElement("#new-client-name", Wait);

        page.Dialogs.Find("#new-client-name").Change("Halcyon Logistics");
        page.Dialogs.Press("[data-testid=create-client]");

        page.Dialogs.WaitForAssertion(() => Beside(page.Dialogs, "#new-client-name").ShouldContain("The agency already has a client called Halcyon Logistics."), Wait);
        page.Dialogs.Find("#new-client-name").GetAttribute("value").ShouldBe("Halcyon Logistics");

        var ids = await new WorkspaceScenario(app).CreateAsync();
        var client = page.Render<ClientPage>(p => p.Add(x => x.ClientId, ids.Client));
        client.WaitForAssertion(() => client.Find("[data-testid=client-page]").GetAttribute("data-ready").ShouldBe("true"), Wait);
        page.Dialogs.Press("[data-testid=cancel-new-client]");
        client.Press("[data-testid=add-contact]");
        page.Dialogs.WaitForElement("#contact-email", Wait);
        page.Dialogs.Find("#contact-name").Change("Omar Haddad");
        page.Dialogs.Find("#contact-email").Change("omar at northwind");
        page.Dialogs.Press("[data-testid=save-contact]");

        page.Dialogs.WaitForAssertion(() => Beside(page.Dialogs, "#contact-email").ShouldContain("That is not an e-mail address"), Wait);
        Beside(page.Dialogs, "#contact-seniority").ShouldContain("Choose staff, manager, senior leader or executive.");
        Beside(page.Dialogs, "#contact-name").ShouldNotContain("Give the contact's name.");
        page.Dialogs.Find("#contact-email").GetAttribute("value").ShouldBe("omar at northwind");
        page.Dialogs.Find("#contact-name").GetAttribute("value").ShouldBe("Omar Haddad");
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        (await db.ClientContacts.CountAsync(c => c.ClientCompanyId == ids.Client)).ShouldBe(1);
    }

    [Fact]
    public async Task A_position_without_a_title_is_refused_beside_the_field_and_its_requirements_stay_in_the_dialog()
    {
        var ids = await new WorkspaceScenario(app).CreateAsync();
        await using var page = await PageTestContext.SignedInAsync(app, Demo.Admin);
        var client = page.Render<ClientPage>(p => p.Add(x => x.ClientId, ids.Client));
        client.WaitForAssertion(() => client.Find("[data-testid=client-page]").GetAttribute("data-ready").ShouldBe("true"), Wait);
        client.FindAll("[data-testid=edit-policy-link]").ShouldHaveSingleItem();
        client.Press("[data-testid=new-position]");
        page.Dialogs.WaitForElement("#position-title", Wait);

        page.Dialogs.Find("#position-location").Change("Glasgow");
        page.Dialogs.Find("#position-requirement").Input("Terraform");
        page.Dialogs.Press("[data-testid=create-position]");

        page.Dialogs.WaitForAssertion(() => Beside(page.Dialogs, "#position-title").ShouldContain("Give the position a title."), Wait);
        page.Dialogs.FindAll("[data-testid=position-requirement]").ShouldHaveSingleItem().TextContent.ShouldContain("Terraform");
        page.Dialogs.Find("#position-location").GetAttribute("value").ShouldBe("Glasgow");
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        (await db.Positions.CountAsync(p => p.ClientCompanyId == ids.Client)).ShouldBe(1);
    }

    [Fact]
    public async Task Dropping_a_rated_requirement_says_it_will_be_retired_and_lists_it_as_retired()
    {
        var ids = await new WorkspaceScenario(app).CreateAsync(null, "Python", "SQL");
        await new WorkspaceScenario(app).RateAsync(ids, ids.Requirements[1]);
        await using var page = await PageTestContext.SignedInAsync(app, Demo.Recruiter);
        var position = page.Render<PositionPage>(p => p.Add(x => x.PositionId, ids.Position));
        position.WaitForAssertion(() => position.Find("[data-testid=position-page]").GetAttribute("data-ready").ShouldBe("true"), Wait);
        position.FindAll("[data-testid=requirement]")[1].QuerySelector("[data-testid=rated]").ShouldNotBeNull();

        position.Press(p => p.FindAll("[data-testid=requirement]")[1].QuerySelector("[data-testid=drop-requirement]")!);
        page.Dialogs.WaitForAssertion(() => page.Dialogs.Find("[data-testid=confirm-message]").TextContent.ShouldContain("will be retired, not deleted"), Wait);
        page.Dialogs.Press("[data-testid=confirm-drop]");

        position.WaitForAssertion(() => Names(position).ShouldBe(["Python"]), Wait);
        position.Find("[data-testid=retired-requirement]").TextContent.ShouldContain("SQL");
        position.Find("[data-testid=position-submissions]").TextContent.ShouldContain("Lena Park");
    }

    [Fact]
    public async Task Saving_a_position_a_colleague_changed_meanwhile_says_who_keeps_what_was_typed_and_saves_on_the_second_try()
    {
        var ids = await new WorkspaceScenario(app).CreateAsync();
        await using var page = await PageTestContext.SignedInAsync(app, Demo.Recruiter);
        var position = page.Render<PositionPage>(p => p.Add(x => x.PositionId, ids.Position));
        position.WaitForAssertion(() => position.Find("[data-testid=position-page]").GetAttribute("data-ready").ShouldBe("true"), Wait);
        var helen = await app.ApiClientAsync(Demo.Admin);
        (await helen.PostAsJsonAsync($"/api/v1/positions/{ids.Position}/requirements", new { name = "Kafka" })).EnsureSuccessStatusCode();

        position.Find("#position-title").Change("Lead Data Engineer");
        position.Press("[data-testid=save-position]");

        position.WaitForAssertion(() => position.Find("[data-testid=conflict]").TextContent.ShouldContain("Helen Marsh"), Wait);
        position.Find("#position-title").GetAttribute("value").ShouldBe("Lead Data Engineer");
        Names(position).ShouldContain("Kafka");
        position.Press("[data-testid=save-position]");
        position.WaitForAssertion(() => position.FindAll("[data-testid=conflict]").ShouldBeEmpty(), Wait);
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        (await db.Positions.SingleAsync(p => p.Id == ids.Position)).Title.ShouldBe("Lead Data Engineer");
    }

    [Fact]
    public async Task Archiving_a_client_asks_first_then_closes_it_to_new_contacts_and_positions_until_restored()
    {
        var ids = await new WorkspaceScenario(app).CreateAsync();
        await using var page = await PageTestContext.SignedInAsync(app, Demo.Recruiter);
        var client = page.Render<ClientPage>(p => p.Add(x => x.ClientId, ids.Client));
        client.WaitForAssertion(() => client.Find("[data-testid=client-page]").GetAttribute("data-ready").ShouldBe("true"), Wait);

        client.Press("[data-testid=archive-client]");
        page.Confirm("Archive");

        client.WaitForAssertion(() => client.Find("[data-testid=client-archived]").ShouldNotBeNull(), Wait);
        client.Find("[data-testid=add-contact]").HasAttribute("disabled").ShouldBeTrue();
        client.Find("[data-testid=new-position]").HasAttribute("disabled").ShouldBeTrue();
        client.Press("[data-testid=restore-client]");
        page.Confirm("Restore");
        client.WaitForAssertion(() => client.FindAll("[data-testid=client-archived]").ShouldBeEmpty(), Wait);
        client.Find("[data-testid=add-contact]").HasAttribute("disabled").ShouldBeFalse();
    }

    [Fact]
    public async Task Another_agencys_client_and_position_render_nothing_of_their_own()
    {
        var ids = await new WorkspaceScenario(app).CreateAsync();
        await using var page = await PageTestContext.SignedInAsync(app, Demo.OtherAgencyRecruiter);

        var client = page.Render<ClientPage>(p => p.Add(x => x.ClientId, ids.Client));
        var position = page.Render<PositionPage>(p => p.Add(x => x.PositionId, ids.Position));

        client.FindAll("h1").ShouldBeEmpty();
        client.Markup.ShouldNotContain(ids.ClientName);
        position.FindAll("h1").ShouldBeEmpty();
        position.Markup.ShouldNotContain(ids.PositionTitle);
    }

    /// <summary>The text of the field's own control: its label, input and the message under it.</summary>
    private static string Beside<T>(IRenderedComponent<T> rendered, string input)
        where T : IComponent => rendered.Find(input).Closest(".mud-input-control")!.TextContent;

    private static List<string> Names(IRenderedComponent<PositionPage> position) =>
        position.FindAll("[data-testid=requirement-name]").Select(e => e.TextContent.Trim()).ToList();
}
