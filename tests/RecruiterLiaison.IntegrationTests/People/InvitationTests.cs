using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RecruiterLiaison.Application.Common;
using RecruiterLiaison.Application.People;
using RecruiterLiaison.Application.People.AcceptInvitation;
using RecruiterLiaison.Application.People.GetInvitationLink;
using RecruiterLiaison.Application.People.GetInvitations;
using RecruiterLiaison.Application.People.InvitePerson;
using RecruiterLiaison.Application.People.ResendInvitation;
using RecruiterLiaison.Application.People.RevokeInvitation;
using RecruiterLiaison.Domain.Common;
using RecruiterLiaison.Domain.People;
using RecruiterLiaison.Infrastructure.Identity;

namespace RecruiterLiaison.IntegrationTests.People;

[Collection(PeopleCollection.Name)]
public sealed class InvitationTests(PeopleFixture fixture)
{
    private const string GoodPassword = "Invited-pass-1";

    [Fact]
    public async Task An_admin_invites_a_recruiter_by_email_and_the_link_works_once()
    {
        var helen = await fixture.UserAsync("admin@demo.test");
        var email = Unique("new.recruiter");

        var invited = await fixture.Get<InvitePersonHandler>().HandleAsync(helen, new InvitePersonCommand(Role.Recruiter, email, "Rita Recruiter"));

        invited.Value!.State.ShouldBe(InvitationState.Pending);
        invited.Value.ExpiresAt.ShouldBe(fixture.Clock.GetUtcNow().AddDays(7));
        invited.Value.InvitedBy.ShouldBe("Helen Marsh");
        await using (var db = await fixture.OpenAsync())
        {
            var mail = await db.OutboxMessages.SingleAsync(m => m.ToAddress == email);
            mail.Subject.ShouldBe("You're invited to join Northbridge Talent Partners on RecruiterLiaison");
            mail.Body.ShouldContain($"{PeopleFixture.BaseUrl}/invitation/");
            mail.Body.ShouldContain("Helen Marsh has invited you");
            var stored = await db.Invitations.SingleAsync(i => i.Id == invited.Value.Id);
            var token = await fixture.TokenSentToAsync(email);
            token.Length.ShouldBe(43);
            stored.TokenHash.ShouldBe(InvitationTokens.Hash(token));
            stored.TokenHash.ShouldNotContain(token);
        }

        var link = await fixture.TokenSentToAsync(email);
        var view = await fixture.Get<GetInvitationLinkHandler>().HandleAsync(link);
        view.State.ShouldBe(InvitationLinkState.Usable);
        view.Invitation!.DisplayName.ShouldBe("Rita Recruiter");
        view.Invitation.Agency.ShouldBe("Northbridge Talent Partners");
        view.Invitation.PasswordRules.ShouldContain("at least 10 characters");

        var accepted = await fixture.Get<AcceptInvitationHandler>().HandleAsync(new AcceptInvitationCommand(link, GoodPassword, GoodPassword));

        accepted.Value!.Role.ShouldBe(Role.Recruiter);
        await using (var scope = fixture.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
            var user = (await users.FindByEmailAsync(email))!;
            user.AgencyId.ShouldBe(helen.AgencyId);
            user.DisplayName.ShouldBe("Rita Recruiter");
            (await users.CheckPasswordAsync(user, GoodPassword)).ShouldBeTrue();
            (await users.GetRolesAsync(user)).ShouldBe(["Recruiter"]);
        }

        (await fixture.AuditCountAsync(AuditActions.InvitationAccepted, invited.Value.Id)).ShouldBe(1);
        (await fixture.AuditCountAsync(AuditActions.InvitationSent, invited.Value.Id)).ShouldBe(1);
        var again = await fixture.Get<AcceptInvitationHandler>().HandleAsync(new AcceptInvitationCommand(link, "Another-pass-2", "Another-pass-2"));
        again.Failure!.Message.ShouldContain("already been used");
        again.Failure.Errors.ShouldBeNull();
        (await fixture.Get<GetInvitationLinkHandler>().HandleAsync(link)).State.ShouldBe(InvitationLinkState.Used);
    }

    [Fact]
    public async Task Accepting_a_candidates_invitation_ties_the_new_account_to_that_candidate()
    {
        var daniel = await fixture.UserAsync("recruiter@demo.test");
        var candidate = await fixture.NewCandidateAsync(daniel);

        var invited = await fixture.Get<InvitePersonHandler>().HandleAsync(daniel, new InvitePersonCommand(Role.Candidate, "ignored@example.com", "Ignored", CandidateId: candidate.Id));
        invited.Value!.Email.ShouldBe(candidate.Email);
        invited.Value.DisplayName.ShouldBe(candidate.Name);
        var accepted = await AcceptAsync(candidate.Email);

        accepted.Role.ShouldBe(Role.Candidate);
        await using var db = await fixture.OpenAsync();
        (await db.Candidates.SingleAsync(c => c.Id == candidate.Id)).UserId.ShouldBe(accepted.UserId);
        (await db.Invitations.SingleAsync(i => i.Id == invited.Value.Id)).UserId.ShouldBe(accepted.UserId);
    }

    [Fact]
    public async Task Accepting_a_contacts_invitation_ties_the_new_account_to_that_contact()
    {
        var daniel = await fixture.UserAsync("recruiter@demo.test");
        var contact = await fixture.NewContactAsync(daniel);

        (await fixture.Get<InvitePersonHandler>().HandleAsync(daniel, new InvitePersonCommand(Role.Client, ClientContactId: contact.Id))).Succeeded.ShouldBeTrue();
        var accepted = await AcceptAsync(contact.Email);

        accepted.Role.ShouldBe(Role.Client);
        await using var db = await fixture.OpenAsync();
        var linked = await db.ClientContacts.SingleAsync(c => c.Id == contact.Id);
        linked.UserId.ShouldBe(accepted.UserId);
        linked.HasAccount.ShouldBeTrue();
    }

    [Fact]
    public async Task A_weak_password_is_refused_beside_the_password_field_and_no_account_is_made()
    {
        var helen = await fixture.UserAsync("admin@demo.test");
        var email = Unique("weak");
        await fixture.Get<InvitePersonHandler>().HandleAsync(helen, new InvitePersonCommand(Role.Recruiter, email, "Wendy Weak"));
        var token = await fixture.TokenSentToAsync(email);

        var weak = await fixture.Get<AcceptInvitationHandler>().HandleAsync(new AcceptInvitationCommand(token, "short", "short"));
        var mismatch = await fixture.Get<AcceptInvitationHandler>().HandleAsync(new AcceptInvitationCommand(token, GoodPassword, GoodPassword + "x"));

        weak.Failure!.Errors!.Keys.ShouldBe(["password"]);
        weak.Failure.Errors["password"].ShouldContain(m => m.Contains("at least 10 characters"));
        mismatch.Failure!.Errors!.Keys.ShouldBe(["confirmPassword"]);
        (await fixture.Get<IAccounts>().ExistsAsync(email)).ShouldBeFalse();
        (await fixture.Get<GetInvitationLinkHandler>().HandleAsync(token)).State.ShouldBe(InvitationLinkState.Usable);
    }

    [Fact]
    public async Task An_invitation_expires_after_seven_days_and_a_resend_gives_a_new_week_and_a_new_link()
    {
        var helen = await fixture.UserAsync("admin@demo.test");
        var email = Unique("late");
        var invited = (await fixture.Get<InvitePersonHandler>().HandleAsync(helen, new InvitePersonCommand(Role.Recruiter, email, "Larry Late"))).Value!;
        var first = await fixture.TokenSentToAsync(email);

        fixture.Clock.Advance(TimeSpan.FromDays(7));

        (await fixture.Get<GetInvitationLinkHandler>().HandleAsync(first)).State.ShouldBe(InvitationLinkState.Expired);
        (await fixture.Get<AcceptInvitationHandler>().HandleAsync(new AcceptInvitationCommand(first, GoodPassword, GoodPassword))).Failure!.Message.ShouldContain("expired");
        var expired = await fixture.Get<GetInvitationsHandler>().HandleAsync(helen, new InvitationsQuery(State: InvitationState.Expired, Search: email));
        expired.Value!.Items.Single().Id.ShouldBe(invited.Id);

        var resent = await fixture.Get<ResendInvitationHandler>().HandleAsync(helen, invited.Id);

        resent.Value!.State.ShouldBe(InvitationState.Pending);
        resent.Value.ExpiresAt.ShouldBe(fixture.Clock.GetUtcNow().AddDays(7));
        var second = await fixture.TokenSentToAsync(email);
        second.ShouldNotBe(first);
        (await fixture.Get<GetInvitationLinkHandler>().HandleAsync(first)).State.ShouldBe(InvitationLinkState.Unknown);
        (await fixture.Get<AcceptInvitationHandler>().HandleAsync(new AcceptInvitationCommand(second, GoodPassword, GoodPassword))).Succeeded.ShouldBeTrue();
        (await fixture.AuditCountAsync(AuditActions.InvitationResent, invited.Id)).ShouldBe(1);
    }

    [Fact]
    public async Task Resending_makes_the_earlier_link_stop_working()
    {
        var daniel = await fixture.UserAsync("recruiter@demo.test");
        var candidate = await fixture.NewCandidateAsync(daniel);
        var invited = (await fixture.Get<InvitePersonHandler>().HandleAsync(daniel, new InvitePersonCommand(Role.Candidate, CandidateId: candidate.Id))).Value!;
        var first = await fixture.TokenSentToAsync(candidate.Email);

        fixture.Clock.Advance(TimeSpan.FromMinutes(1));
        (await fixture.Get<ResendInvitationHandler>().HandleAsync(daniel, invited.Id)).Succeeded.ShouldBeTrue();

        var old = await fixture.Get<AcceptInvitationHandler>().HandleAsync(new AcceptInvitationCommand(first, GoodPassword, GoodPassword));
        old.Failure!.Message.ShouldContain("does not work");
        (await AcceptAsync(candidate.Email)).Role.ShouldBe(Role.Candidate);
    }

    [Fact]
    public async Task A_revoked_invitation_cannot_be_accepted_or_resent()
    {
        var helen = await fixture.UserAsync("admin@demo.test");
        var email = Unique("revoked");
        var invited = (await fixture.Get<InvitePersonHandler>().HandleAsync(helen, new InvitePersonCommand(Role.AgencyAdmin, email, "Rory Revoked"))).Value!;
        var token = await fixture.TokenSentToAsync(email);

        var revoked = await fixture.Get<RevokeInvitationHandler>().HandleAsync(helen, invited.Id);

        revoked.Value!.State.ShouldBe(InvitationState.Revoked);
        (await fixture.Get<GetInvitationLinkHandler>().HandleAsync(token)).State.ShouldBe(InvitationLinkState.Revoked);
        (await fixture.Get<AcceptInvitationHandler>().HandleAsync(new AcceptInvitationCommand(token, GoodPassword, GoodPassword))).Failure!.Message.ShouldContain("withdrawn");
        (await fixture.Get<ResendInvitationHandler>().HandleAsync(helen, invited.Id)).Failure!.Message.ShouldContain("already revoked");
        (await fixture.Get<IAccounts>().ExistsAsync(email)).ShouldBeFalse();
        (await fixture.AuditCountAsync(AuditActions.InvitationRevoked, invited.Id)).ShouldBe(1);
    }

    [Fact]
    public async Task An_accepted_invitation_cannot_be_revoked()
    {
        var daniel = await fixture.UserAsync("recruiter@demo.test");
        var candidate = await fixture.NewCandidateAsync(daniel);
        var invited = (await fixture.Get<InvitePersonHandler>().HandleAsync(daniel, new InvitePersonCommand(Role.Candidate, CandidateId: candidate.Id))).Value!;
        await AcceptAsync(candidate.Email);

        (await fixture.Get<RevokeInvitationHandler>().HandleAsync(daniel, invited.Id)).Failure!.Message.ShouldContain("deactivate the person instead");
    }

    [Fact]
    public async Task Two_acceptances_at_once_make_one_account()
    {
        var helen = await fixture.UserAsync("admin@demo.test");
        var email = Unique("twice");
        await fixture.Get<InvitePersonHandler>().HandleAsync(helen, new InvitePersonCommand(Role.Recruiter, email, "Tess Twice"));
        var token = await fixture.TokenSentToAsync(email);

        var results = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => Task.Run(() => fixture.Get<AcceptInvitationHandler>().HandleAsync(new AcceptInvitationCommand(token, GoodPassword, GoodPassword)))));

        results.Count(r => r.Succeeded).ShouldBe(1);
        await using var db = await fixture.OpenAsync();
        (await db.Users.CountAsync(u => u.Email == email)).ShouldBe(1);
        var invitation = await db.Invitations.SingleAsync(i => i.Email == email);
        invitation.UserId.ShouldBe(results.Single(r => r.Succeeded).Value!.UserId);
    }

    [Fact]
    public async Task A_recruiter_invites_candidates_and_contacts_but_not_staff()
    {
        var daniel = await fixture.UserAsync("recruiter@demo.test");

        var staff = await fixture.Get<InvitePersonHandler>().HandleAsync(daniel, new InvitePersonCommand(Role.Recruiter, Unique("colleague"), "Colin Colleague"));
        var admin = await fixture.Get<InvitePersonHandler>().HandleAsync(daniel, new InvitePersonCommand(Role.AgencyAdmin, Unique("boss"), "Bea Boss"));

        staff.Failure!.Kind.ShouldBe(FailureKind.Forbidden);
        admin.Failure!.Kind.ShouldBe(FailureKind.Forbidden);
        await using var db = await fixture.OpenAsync();
        (await db.AuditEvents.CountAsync(e => e.Action == AuditActions.AccessRefused && e.ActorUserId == daniel.UserId && e.Detail.Contains("invite a Recruiter"))).ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task A_recruiter_neither_sees_nor_resends_nor_revokes_staff_invitations()
    {
        var helen = await fixture.UserAsync("admin@demo.test");
        var daniel = await fixture.UserAsync("recruiter@demo.test");
        var email = Unique("hidden");
        var invited = (await fixture.Get<InvitePersonHandler>().HandleAsync(helen, new InvitePersonCommand(Role.Recruiter, email, "Hidden Hire"))).Value!;

        (await fixture.Get<GetInvitationsHandler>().HandleAsync(daniel, new InvitationsQuery(Search: email))).Value!.Total.ShouldBe(0);
        (await fixture.Get<GetInvitationsHandler>().HandleAsync(helen, new InvitationsQuery(Search: email))).Value!.Total.ShouldBe(1);
        (await fixture.Get<ResendInvitationHandler>().HandleAsync(daniel, invited.Id)).Failure!.Kind.ShouldBe(FailureKind.NotFound);
        (await fixture.Get<RevokeInvitationHandler>().HandleAsync(daniel, invited.Id)).Failure!.Kind.ShouldBe(FailureKind.NotFound);
        (await fixture.AuditCountAsync(AuditActions.AccessRefused, invited.Id)).ShouldBe(2);
    }

    [Fact]
    public async Task Another_agencys_candidate_contact_or_invitation_is_not_found_and_the_refusal_is_audited()
    {
        var daniel = await fixture.UserAsync("recruiter@demo.test");
        var luis = await fixture.UserAsync("recruiter@meridian.test");
        var candidate = await fixture.NewCandidateAsync(daniel);
        var contact = await fixture.NewContactAsync(daniel);
        var invited = (await fixture.Get<InvitePersonHandler>().HandleAsync(daniel, new InvitePersonCommand(Role.Candidate, CandidateId: candidate.Id))).Value!;

        (await fixture.Get<InvitePersonHandler>().HandleAsync(luis, new InvitePersonCommand(Role.Client, ClientContactId: contact.Id))).Failure!.Kind.ShouldBe(FailureKind.NotFound);
        (await fixture.Get<InvitePersonHandler>().HandleAsync(luis, new InvitePersonCommand(Role.Candidate, CandidateId: candidate.Id))).Failure!.Kind.ShouldBe(FailureKind.NotFound);
        (await fixture.Get<ResendInvitationHandler>().HandleAsync(luis, invited.Id)).Failure!.Kind.ShouldBe(FailureKind.NotFound);
        (await fixture.Get<RevokeInvitationHandler>().HandleAsync(await fixture.UserAsync("admin@meridian.test"), invited.Id)).Failure!.Kind.ShouldBe(FailureKind.NotFound);

        (await fixture.AuditCountAsync(AuditActions.AccessRefused, contact.Id)).ShouldBe(1);
        (await fixture.AuditCountAsync(AuditActions.AccessRefused, candidate.Id)).ShouldBe(1);
        (await fixture.AuditCountAsync(AuditActions.AccessRefused, invited.Id)).ShouldBe(2);
        (await fixture.Get<GetInvitationsHandler>().HandleAsync(luis, new InvitationsQuery(Search: candidate.Email))).Value!.Total.ShouldBe(0);
    }

    [Fact]
    public async Task Someone_with_an_account_or_a_pending_invitation_is_not_invited_again()
    {
        var helen = await fixture.UserAsync("admin@demo.test");
        var daniel = await fixture.UserAsync("recruiter@demo.test");
        var candidate = await fixture.NewCandidateAsync(daniel);
        await fixture.Get<InvitePersonHandler>().HandleAsync(daniel, new InvitePersonCommand(Role.Candidate, CandidateId: candidate.Id));
        Guid sarah;
        await using (var db = await fixture.OpenAsync())
        {
            sarah = await db.ClientContacts.Where(c => c.Email == "client@demo.test").Select(c => c.Id).SingleAsync();
        }

        var pending = await fixture.Get<InvitePersonHandler>().HandleAsync(helen, new InvitePersonCommand(Role.Candidate, CandidateId: candidate.Id));
        var hasAccount = await fixture.Get<InvitePersonHandler>().HandleAsync(daniel, new InvitePersonCommand(Role.Client, ClientContactId: sarah));
        var staffWithAccount = await fixture.Get<InvitePersonHandler>().HandleAsync(helen, new InvitePersonCommand(Role.Recruiter, "Candidate@Demo.Test", "Priya Again"));
        var otherAgencysAddress = await fixture.Get<InvitePersonHandler>().HandleAsync(helen, new InvitePersonCommand(Role.Recruiter, "recruiter@meridian.test", "Luis Again"));

        pending.Failure!.Errors!["candidateId"].Single().ShouldContain("already has a pending invitation");
        hasAccount.Failure!.Errors!["clientContactId"].Single().ShouldBe("Sarah Lindqvist already has an account.");
        staffWithAccount.Failure!.Errors!["email"].Single().ShouldContain("already has an account");
        otherAgencysAddress.Failure!.Errors!["email"].Single().ShouldBe("recruiter@meridian.test cannot be invited; ask the person for another address."); // nothing said of another agency's account
    }

    [Fact]
    public async Task Missing_fields_are_refused_field_by_field()
    {
        var helen = await fixture.UserAsync("admin@demo.test");

        var noRole = await fixture.Get<InvitePersonHandler>().HandleAsync(helen, new InvitePersonCommand(null));
        var noName = await fixture.Get<InvitePersonHandler>().HandleAsync(helen, new InvitePersonCommand(Role.Recruiter, "not-an-address", ""));
        var noContact = await fixture.Get<InvitePersonHandler>().HandleAsync(helen, new InvitePersonCommand(Role.Client));

        noRole.Failure!.Errors!.Keys.ShouldBe(["role"]);
        noName.Failure!.Errors!.Keys.ShouldBe(["displayName", "email"], ignoreOrder: true);
        noContact.Failure!.Errors!.Keys.ShouldBe(["clientContactId"]);
    }

    [Fact]
    public async Task Invitations_are_paged_and_filtered_by_state()
    {
        var helen = await fixture.UserAsync("admin@demo.test");
        var marker = Guid.NewGuid().ToString("N")[..8];
        for (var i = 0; i < 3; i++)
        {
            await fixture.Get<InvitePersonHandler>().HandleAsync(helen, new InvitePersonCommand(Role.Recruiter, $"paged{i}.{marker}@people.example", $"Paged {i} {marker}"));
        }

        var revoked = (await fixture.Get<GetInvitationsHandler>().HandleAsync(helen, new InvitationsQuery(Search: marker))).Value!.Items.First();
        await fixture.Get<RevokeInvitationHandler>().HandleAsync(helen, revoked.Id);

        var firstPage = (await fixture.Get<GetInvitationsHandler>().HandleAsync(helen, new InvitationsQuery(1, 2, Search: marker))).Value!;
        var pending = (await fixture.Get<GetInvitationsHandler>().HandleAsync(helen, new InvitationsQuery(State: InvitationState.Pending, Search: marker))).Value!;
        var withdrawn = (await fixture.Get<GetInvitationsHandler>().HandleAsync(helen, new InvitationsQuery(State: InvitationState.Revoked, Search: marker))).Value!;

        firstPage.Items.Count.ShouldBe(2);
        firstPage.Total.ShouldBe(3);
        firstPage.Items.ShouldAllBe(i => i.InvitedBy == "Helen Marsh");
        firstPage.Items.Select(i => i.SentAt).ShouldBeInOrder(SortDirection.Descending);
        pending.Total.ShouldBe(2);
        withdrawn.Items.Single().Id.ShouldBe(revoked.Id);
    }

    private async Task<AcceptedInvitation> AcceptAsync(string email)
    {
        var token = await fixture.TokenSentToAsync(email);
        var result = await fixture.Get<AcceptInvitationHandler>().HandleAsync(new AcceptInvitationCommand(token, GoodPassword, GoodPassword));
        result.Failure.ShouldBeNull();
        return result.Value!;
    }

    private static string Unique(string name) => $"{name}.{Guid.NewGuid():N}"[..(name.Length + 9)] + "@people.example";
}
