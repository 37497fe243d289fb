using Bunit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RecruiterLiaison.Application.People;
using RecruiterLiaison.Domain.Clients;
using RecruiterLiaison.Domain.Common;
using RecruiterLiaison.Domain.People;
using RecruiterLiaison.Infrastructure.Persistence;
using RecruiterLiaison.Web.Components.Pages.Workspace.Components;
using RecruiterLiaison.WebTests.Support;

namespace RecruiterLiaison.WebTests.Components;

/// <summary>The Invite button that candidate and contact pages place beside a person without an account.</summary>
[Collection(AppCollection.Name)]
public sealed class InviteButtonTests(AppFactory app)
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(10);
    private readonly PeopleScenario _people = new(app);

    [Fact]
    public async Task A_recruiter_invites_a_candidate_after_confirming()
    {
        var candidate = await _people.NewCandidateAsync();
        InvitationRow? invited = null;
        await using var context = await PageTestContext.SignedInAsync(app, Demo.Recruiter);
        var button = context.Render<InviteButton>(p => p
            .Add(b => b.CandidateId, candidate.Id)
            .Add(b => b.Name, candidate.Name)
            .Add(b => b.OnInvited, row => invited = row));

        button.Find("[data-testid=invite-candidate]").GetAttribute("data-candidate-id").ShouldBe(candidate.Id.ToString());
        button.Press("[data-testid=invite-candidate]");
        context.Dialogs.WaitForAssertion(() => context.Dialogs.Find(".mud-dialog").TextContent.ShouldContain($"Invite {candidate.Name}?"), Wait);
        context.Confirm("Send invitation");

        button.WaitForAssertion(() => invited.ShouldNotBeNull(), Wait);
        invited!.Email.ShouldBe(candidate.Email);
        invited.Role.ShouldBe(Role.Candidate);
        invited.State.ShouldBe(InvitationState.Pending);
        (await _people.TokenSentToAsync(candidate.Email)).Length.ShouldBe(43);
    }

    [Fact]
    public async Task A_recruiter_invites_a_client_contact_and_cancelling_sends_nothing()
    {
        var contact = await NewContactAsync();
        await using var context = await PageTestContext.SignedInAsync(app, Demo.Recruiter);
        var button = context.Render<InviteButton>(p => p.Add(b => b.ClientContactId, contact.Id).Add(b => b.Name, contact.Name));

        button.Press("[data-testid=invite-contact]");
        context.Confirm("Cancel");
        (await InvitationsForAsync(contact.Email)).ShouldBe(0);

        button.Press("[data-testid=invite-contact]");
        context.Confirm("Send invitation");

        await WaitUntilAsync(async () => await InvitationsForAsync(contact.Email) == 1);
    }

    [Fact]
    public async Task Another_agencys_recruiter_invites_nobody_with_the_button()
    {
        var candidate = await _people.NewCandidateAsync();
        await using var context = await PageTestContext.SignedInAsync(app, Demo.OtherAgencyRecruiter);
        var button = context.Render<InviteButton>(p => p.Add(b => b.CandidateId, candidate.Id));

        button.Press("[data-testid=invite-candidate]");
        context.Confirm("Send invitation");

        await WaitUntilAsync(async () => await _people.AuditCountAsync(Application.Common.AuditActions.AccessRefused, candidate.Id) == 1);
        (await InvitationsForAsync(candidate.Email)).ShouldBe(0);
    }

    private async Task<ClientContact> NewContactAsync()
    {
        var marker = Guid.NewGuid().ToString("N")[..8];
        var company = new ClientCompany((await _people.UserAsync(Demo.Recruiter)).AgencyId, $"Button Client {marker}");
        var contact = company.AddContact($"Bo Button {marker}", "CTO", $"bo.{marker}@web-people.example", Seniority.Executive);
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        db.ClientCompanies.Add(company);
        await db.SaveChangesAsync();
        return contact;
    }

    private async Task<int> InvitationsForAsync(string email)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().Invitations.CountAsync(i => i.Email == email);
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
