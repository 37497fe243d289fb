using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RecruiterLiaison.Application.Common;
using RecruiterLiaison.Application.People.AcceptInvitation;
using RecruiterLiaison.Application.People.ChangePersonRole;
using RecruiterLiaison.Application.People.DeactivatePerson;
using RecruiterLiaison.Application.People.GetPeople;
using RecruiterLiaison.Application.People.InvitePerson;
using RecruiterLiaison.Application.People.ReactivatePerson;
using RecruiterLiaison.Domain.Common;
using RecruiterLiaison.Infrastructure.Identity;

namespace RecruiterLiaison.IntegrationTests.People;

[Collection(PeopleCollection.Name)]
public sealed class PeopleTests(PeopleFixture fixture)
{
    private const string Password = "Joined-pass-1";

    [Fact]
    public async Task A_deactivated_person_cannot_sign_in_or_use_a_token_until_reactivated_and_their_history_stays()
    {
        var helen = await fixture.UserAsync("admin@demo.test");
        var (id, email) = await JoinAsync(Role.Recruiter);
        await using var scope = fixture.Services.CreateAsyncScope();
        var tokens = scope.ServiceProvider.GetRequiredService<ApiTokenService>();
        var token = (await tokens.CreateAsync(email, "deactivation"))!;
        var stampBefore = await StampAsync(id);
        await using (var db = await fixture.OpenAsync())
        {
            db.AuditEvents.Add(new Domain.Auditing.AuditEvent(helen.AgencyId, id, "note.approved", "Note", Guid.NewGuid(), "something they did", fixture.Clock.GetUtcNow()));
            await db.SaveChangesAsync();
        }

        var deactivated = await fixture.Get<DeactivatePersonHandler>().HandleAsync(helen, id);

        deactivated.Value!.IsActive.ShouldBeFalse();
        deactivated.Value.DeactivatedAt.ShouldBe(fixture.Clock.GetUtcNow());
        (await StampAsync(id)).ShouldNotBe(stampBefore);
        (await tokens.FindOwnerAsync(token)).ShouldBeNull();
        (await SignInAsync(email, Password)).IsNotAllowed.ShouldBeTrue();
        (await fixture.AuditCountAsync(AuditActions.PersonDeactivated, id)).ShouldBe(1);
        await using (var db = await fixture.OpenAsync())
        {
            var marker = $"For the recruiters {Guid.NewGuid():N}";
            await Notify.RecruitersAsync(db, helen.AgencyId, marker, "body", "/recruiter", fixture.Clock.GetUtcNow(), CancellationToken.None);
            await db.SaveChangesAsync();
            (await db.Notifications.CountAsync(n => n.Title == marker && n.UserId == id)).ShouldBe(0, "a deactivated recruiter is not notified");
            (await db.Notifications.CountAsync(n => n.Title == marker)).ShouldBeGreaterThan(0);
            (await db.AuditEvents.CountAsync(e => e.ActorUserId == id && e.Detail == "something they did")).ShouldBe(1);
            (await db.ApiTokens.SingleAsync(t => t.UserId == id)).RevokedAt.ShouldBeNull();
        }

        var reactivated = await fixture.Get<ReactivatePersonHandler>().HandleAsync(helen, id);

        reactivated.Value!.IsActive.ShouldBeTrue();
        (await tokens.FindOwnerAsync(token))!.UserId.ShouldBe(id);
        (await SignInAsync(email, Password)).Succeeded.ShouldBeTrue();
        (await fixture.AuditCountAsync(AuditActions.PersonReactivated, id)).ShouldBe(1);
    }

    [Fact]
    public async Task A_deactivated_persons_wrong_password_gets_the_same_answer_as_their_right_one()
    {
        var helen = await fixture.UserAsync("admin@demo.test");
        var (id, email) = await JoinAsync(Role.Candidate);
        await fixture.Get<DeactivatePersonHandler>().HandleAsync(helen, id);

        var right = await SignInAsync(email, Password);
        var wrong = await SignInAsync(email, "Wrong-pass-9");

        right.Succeeded.ShouldBeFalse();
        wrong.Succeeded.ShouldBeFalse();
        right.IsLockedOut.ShouldBeFalse();
        right.ToString().ShouldBe(wrong.ToString());
    }

    [Fact]
    public async Task An_admin_can_neither_deactivate_nor_change_the_role_of_themselves()
    {
        var helen = await fixture.UserAsync("admin@demo.test");

        var deactivate = await fixture.Get<DeactivatePersonHandler>().HandleAsync(helen, helen.UserId);
        var demote = await fixture.Get<ChangePersonRoleHandler>().HandleAsync(helen, new ChangePersonRoleCommand(helen.UserId, Role.Recruiter));

        deactivate.Failure!.Message.ShouldContain("yourself");
        demote.Failure!.Message.ShouldContain("yourself");
        await using var db = await fixture.OpenAsync();
        (await db.Users.SingleAsync(u => u.Id == helen.UserId)).DeactivatedAt.ShouldBeNull();
    }

    [Fact]
    public async Task An_admin_makes_a_recruiter_an_admin_and_back_and_their_sessions_must_sign_in_again()
    {
        var helen = await fixture.UserAsync("admin@demo.test");
        var (id, _) = await JoinAsync(Role.Recruiter);
        var stamp = await StampAsync(id);

        var promoted = await fixture.Get<ChangePersonRoleHandler>().HandleAsync(helen, new ChangePersonRoleCommand(id, Role.AgencyAdmin));

        promoted.Value!.Role.ShouldBe(Role.AgencyAdmin);
        (await StampAsync(id)).ShouldNotBe(stamp);
        (await fixture.Get<ChangePersonRoleHandler>().HandleAsync(helen, new ChangePersonRoleCommand(id, Role.Recruiter))).Value!.Role.ShouldBe(Role.Recruiter);
        (await fixture.AuditCountAsync(AuditActions.PersonRoleChanged, id)).ShouldBe(2);
    }

    [Fact]
    public async Task Only_staff_change_roles_and_only_between_recruiter_and_admin()
    {
        var helen = await fixture.UserAsync("admin@demo.test");
        var (candidate, _) = await JoinAsync(Role.Candidate);
        var (recruiter, _) = await JoinAsync(Role.Recruiter);

        var candidateToAdmin = await fixture.Get<ChangePersonRoleHandler>().HandleAsync(helen, new ChangePersonRoleCommand(candidate, Role.AgencyAdmin));
        var recruiterToClient = await fixture.Get<ChangePersonRoleHandler>().HandleAsync(helen, new ChangePersonRoleCommand(recruiter, Role.Client));

        candidateToAdmin.Failure!.Errors!["role"].Single().ShouldContain("tied to their candidate record");
        recruiterToClient.Failure!.Errors!["role"].Single().ShouldBe("Choose Recruiter or AgencyAdmin.");
    }

    [Fact]
    public async Task A_recruiter_manages_no_people_and_another_agencys_admin_finds_nobody_here()
    {
        var daniel = await fixture.UserAsync("recruiter@demo.test");
        var grace = await fixture.UserAsync("admin@meridian.test");
        var (id, _) = await JoinAsync(Role.Recruiter);

        (await fixture.Get<DeactivatePersonHandler>().HandleAsync(daniel, id)).Failure!.Kind.ShouldBe(FailureKind.Forbidden);
        (await fixture.Get<GetPeopleHandler>().HandleAsync(daniel, new PeopleQuery())).Failure!.Kind.ShouldBe(FailureKind.Forbidden);
        (await fixture.Get<DeactivatePersonHandler>().HandleAsync(grace, id)).Failure!.Kind.ShouldBe(FailureKind.NotFound);
        (await fixture.Get<ReactivatePersonHandler>().HandleAsync(grace, id)).Failure!.Kind.ShouldBe(FailureKind.NotFound);
        (await fixture.Get<ChangePersonRoleHandler>().HandleAsync(grace, new ChangePersonRoleCommand(id, Role.AgencyAdmin))).Failure!.Kind.ShouldBe(FailureKind.NotFound);

        (await fixture.AuditCountAsync(AuditActions.AccessRefused, id)).ShouldBe(4);
        await using var db = await fixture.OpenAsync();
        (await db.Users.SingleAsync(u => u.Id == id)).DeactivatedAt.ShouldBeNull();
    }

    [Fact]
    public async Task People_are_listed_by_agency_searched_and_filtered_by_role_and_activity()
    {
        var helen = await fixture.UserAsync("admin@demo.test");
        var grace = await fixture.UserAsync("admin@meridian.test");
        var (active, activeEmail) = await JoinAsync(Role.Recruiter);
        var (inactive, _) = await JoinAsync(Role.Candidate);
        await fixture.Get<DeactivatePersonHandler>().HandleAsync(helen, inactive);
        var people = fixture.Get<GetPeopleHandler>();

        var all = (await people.HandleAsync(helen, new PeopleQuery(PageSize: 100))).Value!;
        var recruiters = (await people.HandleAsync(helen, new PeopleQuery(PageSize: 100, Role: Role.Recruiter))).Value!;
        var deactivated = (await people.HandleAsync(helen, new PeopleQuery(PageSize: 100, Active: false))).Value!;
        var found = (await people.HandleAsync(helen, new PeopleQuery(Search: activeEmail[..12].ToUpperInvariant()))).Value!;
        var meridian = (await people.HandleAsync(grace, new PeopleQuery(PageSize: 100))).Value!;

        all.Items.ShouldContain(p => p.Id == active);
        all.Items.ShouldContain(p => p.Email == "recruiter@demo.test");
        all.Items.ShouldNotContain(p => p.Email.EndsWith("meridian.test"));
        recruiters.Items.ShouldAllBe(p => p.Role == Role.Recruiter);
        deactivated.Items.ShouldContain(p => p.Id == inactive);
        deactivated.Items.ShouldAllBe(p => !p.IsActive);
        found.Items.Single().Id.ShouldBe(active);
        meridian.Items.ShouldAllBe(p => p.Email.EndsWith("meridian.test"));
        (await people.HandleAsync(helen, new PeopleQuery(1, 2))).Value!.Items.Count.ShouldBe(2);
    }

    /// <summary>A new person of the demo agency, who joined through an invitation.</summary>
    private async Task<(Guid Id, string Email)> JoinAsync(Role role)
    {
        var helen = await fixture.UserAsync("admin@demo.test");
        InvitePersonCommand command;
        if (role == Role.Candidate)
        {
            command = new InvitePersonCommand(role, CandidateId: (await fixture.NewCandidateAsync(helen)).Id);
        }
        else
        {
            var marker = Guid.NewGuid().ToString("N")[..8];
            command = new InvitePersonCommand(role, $"person.{marker}@people.example", $"Pat Person {marker}");
        }

        var invited = (await fixture.Get<InvitePersonHandler>().HandleAsync(helen, command)).Value!;
        var accepted = await fixture.Get<AcceptInvitationHandler>().HandleAsync(new AcceptInvitationCommand(await fixture.TokenSentToAsync(invited.Email), Password, Password));
        return (accepted.Value!.UserId, invited.Email);
    }

    private async Task<string?> StampAsync(Guid id)
    {
        await using var db = await fixture.OpenAsync();
        return await db.Users.Where(u => u.Id == id).Select(u => u.SecurityStamp).SingleAsync();
    }

    private async Task<SignInResult> SignInAsync(string email, string password)
    {
        await using var scope = fixture.Services.CreateAsyncScope();
        var signIn = scope.ServiceProvider.GetRequiredService<SignInManager<ApplicationUser>>();
        var user = await signIn.UserManager.FindByEmailAsync(email);
        return await signIn.CheckPasswordSignInAsync(user!, password, lockoutOnFailure: true);
    }
}
