using AngleSharp.Dom;
using Bunit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RecruiterLiaison.Application.Common;
using RecruiterLiaison.Application.People.InvitePerson;
using RecruiterLiaison.Domain.Common;
using RecruiterLiaison.Infrastructure.Persistence;
using RecruiterLiaison.Web.Components.Pages.Admin;
using RecruiterLiaison.WebTests.Support;

namespace RecruiterLiaison.WebTests.Components;

/// <summary>The admin's People page (/admin): people, invitations, and what the admin does with them.</summary>
[Collection(AppCollection.Name)]
public sealed class AdminPeoplePageTests(AppFactory app)
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(10);
    private readonly PeopleScenario _people = new(app);

    [Fact]
    public async Task The_admin_finds_people_of_their_own_agency_only()
    {
        await using var context = await PageTestContext.SignedInAsync(app, Demo.Admin);
        var page = context.Render<AdminHome>();
        page.WaitForAssertion(() => page.FindAll("[data-testid=person]").ShouldNotBeEmpty(), Wait);
        page.Find("[data-testid=people-page]").GetAttribute("data-ready").ShouldBe("true");
        page.Find("h1").TextContent.ShouldContain("Northbridge Talent Partners");

        Search(page, "Priya");
        page.WaitForAssertion(() => Names(page).ShouldBe(["Priya Raman"]), Wait);

        Search(page, "Noah");
        page.WaitForAssertion(() => page.FindAll("[data-testid=people-empty]").ShouldNotBeEmpty(), Wait);
        page.Markup.ShouldNotContain("meridian.test");
    }

    [Fact]
    public async Task The_admin_cannot_deactivate_or_change_themselves()
    {
        await using var context = await PageTestContext.SignedInAsync(app, Demo.Admin);
        var page = context.Render<AdminHome>();
        page.WaitForAssertion(() => page.FindAll("[data-testid=person]").ShouldNotBeEmpty(), Wait);

        Search(page, "Helen Marsh");

        page.WaitForAssertion(() => Names(page).ShouldBe(["Helen Marsh"]), Wait);
        page.FindAll("[data-testid=deactivate], [data-testid=change-role]").ShouldBeEmpty();
        page.Find("[data-testid=person]").ParentElement!.TextContent.ShouldContain("(you)");
    }

    [Fact]
    public async Task The_admin_deactivates_and_reactivates_a_person_after_confirming()
    {
        var (id, email) = await _people.JoinAsync(Role.Recruiter);
        await using var context = await PageTestContext.SignedInAsync(app, Demo.Admin);
        var page = context.Render<AdminHome>();
        page.WaitForAssertion(() => page.FindAll("[data-testid=person]").ShouldNotBeEmpty(), Wait);
        Search(page, email);
        page.WaitForAssertion(() => page.FindAll($"[data-testid=deactivate][data-person-id='{id}']").ShouldNotBeEmpty(), Wait);

        page.Press($"[data-testid=deactivate][data-person-id='{id}']");
        context.Confirm("Deactivate");

        page.WaitForAssertion(() => page.Find("[data-testid=person-status]").TextContent.ShouldContain("Deactivated"), Wait);
        (await DeactivatedAtAsync(id)).ShouldNotBeNull();

        page.Press($"[data-testid=reactivate][data-person-id='{id}']");
        context.Confirm("Reactivate");

        page.WaitForAssertion(() => page.Find("[data-testid=person-status]").TextContent.ShouldContain("Active"), Wait);
        (await DeactivatedAtAsync(id)).ShouldBeNull();
    }

    [Fact]
    public async Task Cancelling_the_confirmation_changes_nothing()
    {
        var (id, email) = await _people.JoinAsync(Role.Recruiter);
        await using var context = await PageTestContext.SignedInAsync(app, Demo.Admin);
        var page = context.Render<AdminHome>();
        page.WaitForAssertion(() => page.FindAll("[data-testid=person]").ShouldNotBeEmpty(), Wait);
        Search(page, email);
        page.WaitForAssertion(() => page.FindAll($"[data-testid=deactivate][data-person-id='{id}']").ShouldNotBeEmpty(), Wait);

        page.Press($"[data-testid=deactivate][data-person-id='{id}']");
        context.Confirm("Cancel");

        (await DeactivatedAtAsync(id)).ShouldBeNull();
        page.Find("[data-testid=person-status]").TextContent.ShouldContain("Active");
    }

    [Fact]
    public async Task The_admin_makes_a_recruiter_an_admin()
    {
        var (id, email) = await _people.JoinAsync(Role.Recruiter);
        await using var context = await PageTestContext.SignedInAsync(app, Demo.Admin);
        var page = context.Render<AdminHome>();
        page.WaitForAssertion(() => page.FindAll("[data-testid=person]").ShouldNotBeEmpty(), Wait);
        Search(page, email);
        page.WaitForAssertion(() => page.FindAll($"[data-testid=change-role][data-person-id='{id}']").ShouldNotBeEmpty(), Wait);

        page.Press($"[data-testid=change-role][data-person-id='{id}']");
        context.Confirm("Make admin");

        page.WaitForAssertion(() => page.Find("[data-testid=person-role]").TextContent.ShouldBe("Agency admin"), Wait);
        page.Find($"[data-testid=change-role][data-person-id='{id}']").TextContent.Trim().ShouldBe("Make recruiter");
    }

    [Fact]
    public async Task The_invite_dialog_sends_an_invitation_that_then_appears_pending()
    {
        var marker = Guid.NewGuid().ToString("N")[..8];
        var email = $"invited.{marker}@web-people.example";
        await using var context = await PageTestContext.SignedInAsync(app, Demo.Admin);
        var page = context.Render<AdminHome>();
        page.WaitForAssertion(() => page.FindAll("[data-testid=person]").ShouldNotBeEmpty(), Wait);

        page.Press("[data-testid=invite-staff]");
        var dialogs = context.Dialogs;
        dialogs.WaitForElement("[data-testid=invite-staff-dialog]");
        dialogs.Find("#invite-name").Change($"Ivy Invited {marker}");
        dialogs.Find("#invite-email").Change(email);
        dialogs.Press("[data-testid=send-invitation]");

        dialogs.WaitForAssertion(() => dialogs.FindAll("[data-testid=invite-staff-dialog]").ShouldBeEmpty(), Wait);
        page.WaitForAssertion(() => page.FindAll($"[data-testid=invitation][data-email='{email}']").ShouldNotBeEmpty(), Wait);
        InvitationRow(page, email).QuerySelector("[data-testid=invitation-state]")!.TextContent.ShouldBe("Pending");
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        (await db.Invitations.SingleAsync(i => i.Email == email)).Role.ShouldBe(Role.Recruiter);
        (await db.OutboxMessages.CountAsync(m => m.ToAddress == email)).ShouldBe(1);
    }

    [Fact]
    public async Task An_address_that_already_has_an_account_is_refused_beside_the_field_keeping_what_was_typed()
    {
        await using var context = await PageTestContext.SignedInAsync(app, Demo.Admin);
        var page = context.Render<AdminHome>();
        page.WaitForAssertion(() => page.FindAll("[data-testid=person]").ShouldNotBeEmpty(), Wait);

        page.Press("[data-testid=invite-staff]");
        var dialogs = context.Dialogs;
        dialogs.WaitForElement("[data-testid=invite-staff-dialog]");
        dialogs.Find("#invite-name").Change("Daniel Again");
        dialogs.Find("#invite-email").Change(Demo.Recruiter);
        dialogs.Press("[data-testid=send-invitation]");

        dialogs.WaitForAssertion(() => dialogs.Find("[data-testid=invite-staff-dialog]").TextContent.ShouldContain($"{Demo.Recruiter} already has an account."), Wait);
        dialogs.Find("#invite-email").GetAttribute("value").ShouldBe(Demo.Recruiter);
        dialogs.Find("#invite-name").GetAttribute("value").ShouldBe("Daniel Again");
    }

    [Fact]
    public async Task An_empty_address_is_refused_before_anything_is_sent()
    {
        await using var context = await PageTestContext.SignedInAsync(app, Demo.Admin);
        var page = context.Render<AdminHome>();
        page.WaitForAssertion(() => page.FindAll("[data-testid=person]").ShouldNotBeEmpty(), Wait);

        page.Press("[data-testid=invite-staff]");
        var dialogs = context.Dialogs;
        dialogs.WaitForElement("[data-testid=invite-staff-dialog]");
        dialogs.Find("#invite-name").Change("Nora Noaddress");
        dialogs.Press("[data-testid=send-invitation]");

        dialogs.WaitForAssertion(() => dialogs.Find("[data-testid=invite-staff-dialog]").TextContent.ShouldContain("Enter the person's e-mail address."), Wait);
    }

    [Fact]
    public async Task The_admin_resends_and_revokes_an_invitation_from_the_grid()
    {
        var (id, email, _, first) = await _people.InviteStaffAsync(Role.Recruiter);
        await using var context = await PageTestContext.SignedInAsync(app, Demo.Admin);
        var page = context.Render<AdminHome>();
        page.WaitForAssertion(() => page.FindAll($"[data-testid=resend-invitation][data-invitation-id='{id}']").ShouldNotBeEmpty(), Wait);

        page.Press($"[data-testid=resend-invitation][data-invitation-id='{id}']");
        context.Confirm("Resend");

        await WaitUntilAsync(async () => await _people.TokenSentToAsync(email) != first);

        page.Press($"[data-testid=revoke-invitation][data-invitation-id='{id}']");
        context.Confirm("Revoke");

        page.WaitForAssertion(() => InvitationRow(page, email).QuerySelector("[data-testid=invitation-state]")!.TextContent.ShouldBe("Revoked"), Wait);
        page.FindAll($"[data-testid=revoke-invitation][data-invitation-id='{id}']").ShouldBeEmpty();
        (await _people.AuditCountAsync(AuditActions.InvitationResent, id)).ShouldBe(1);
        (await _people.AuditCountAsync(AuditActions.InvitationRevoked, id)).ShouldBe(1);
    }

    private static void Search(IRenderedComponent<AdminHome> page, string text) => page.Find("#people-search").Input(text);

    private static List<string> Names(IRenderedComponent<AdminHome> page) => page.FindAll("[data-testid=person]").Select(p => p.TextContent.Trim()).ToList();

    private static IElement InvitationRow(IRenderedComponent<AdminHome> page, string email) => page.Find($"[data-testid=invitation][data-email='{email}']").Closest("tr")!;

    private async Task<DateTimeOffset?> DeactivatedAtAsync(Guid id)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().Users.Where(u => u.Id == id).Select(u => u.DeactivatedAt).SingleAsync();
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
