using System.Net;
using Microsoft.Extensions.DependencyInjection;
using RecruiterLiaison.Application.People;
using RecruiterLiaison.Application.People.RevokeInvitation;
using RecruiterLiaison.Domain.Common;
using RecruiterLiaison.Domain.People;
using RecruiterLiaison.Infrastructure.Persistence;
using RecruiterLiaison.WebTests.Support;

namespace RecruiterLiaison.WebTests.Pages;

/// <summary>The static page an invitation's link opens, over HTTP as a browser posts it.</summary>
[Collection(AppCollection.Name)]
public sealed class InvitationPageTests(AppFactory app)
{
    private const string Password = "Welcome-pass-1";
    private readonly PeopleScenario _people = new(app);

    [Fact]
    public async Task The_page_says_whom_the_invitation_is_for_and_explains_the_password_rules()
    {
        var (_, email, name, token) = await _people.InviteStaffAsync(Role.Recruiter);

        var response = await app.AnonymousClient().GetAsync($"/invitation/{token}");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var page = await AppFactory.ParseAsync(response);
        page.QuerySelector("[data-testid=invitation-name]")!.TextContent.ShouldBe(name);
        page.QuerySelector("[data-testid=invitation-email]")!.TextContent.ShouldBe(email);
        page.QuerySelector("[data-testid=invitation-agency]")!.TextContent.ShouldBe("Northbridge Talent Partners");
        page.QuerySelector("[data-testid=invitation-for]")!.TextContent.ShouldContain("as a recruiter");
        var rules = page.QuerySelector("[data-testid=password-rules]")!.TextContent;
        rules.ShouldContain("at least 10 characters");
        rules.ShouldContain("a digit");
        page.QuerySelector("input#password[type=password][name='Input.Password']").ShouldNotBeNull();
        page.QuerySelector("input#confirm-password[type=password][name='Input.ConfirmPassword']").ShouldNotBeNull();
        page.QuerySelector("input[name=__RequestVerificationToken]").ShouldNotBeNull();
        page.QuerySelector("meta[name=referrer]")!.GetAttribute("content").ShouldBe("no-referrer");
    }

    [Fact]
    public async Task Accepting_sets_the_password_signs_the_person_in_and_takes_them_to_their_home()
    {
        var (_, email, _, token) = await _people.InviteStaffAsync(Role.Recruiter);
        var browser = app.AnonymousClient();

        var response = await AppFactory.PostFormAsync(browser, $"/invitation/{token}", "invitation", new() { ["Input.Password"] = Password, ["Input.ConfirmPassword"] = Password });

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.OriginalString.ShouldEndWith("/recruiter");
        (await browser.GetAsync("/recruiter")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await app.SignedInClientAsync(email, Password)).ShouldNotBeNull();

        var again = await browser.GetAsync($"/invitation/{token}");
        again.StatusCode.ShouldBe(HttpStatusCode.Gone);
        var page = await AppFactory.ParseAsync(again);
        page.QuerySelector("[data-testid=invitation-state]")!.GetAttribute("data-state").ShouldBe("Used");
        page.QuerySelector("[data-testid=invitation-problem]")!.TextContent.ShouldContain("already been used");
        page.QuerySelector("input#password").ShouldBeNull();
    }

    [Fact]
    public async Task An_admins_invitation_lands_on_the_admin_page()
    {
        var (_, _, _, token) = await _people.InviteStaffAsync(Role.AgencyAdmin);

        var response = await AppFactory.PostFormAsync(app.AnonymousClient(), $"/invitation/{token}", "invitation", new() { ["Input.Password"] = Password, ["Input.ConfirmPassword"] = Password });

        response.Headers.Location!.OriginalString.ShouldEndWith("/admin");
    }

    [Fact]
    public async Task A_weak_password_gets_its_reason_beside_the_field_and_the_invitation_stays_shown()
    {
        var (_, email, name, token) = await _people.InviteStaffAsync(Role.Recruiter);

        var response = await AppFactory.PostFormAsync(app.AnonymousClient(), $"/invitation/{token}", "invitation", new() { ["Input.Password"] = "weakpass", ["Input.ConfirmPassword"] = "weakpass" });

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var page = await AppFactory.ParseAsync(response);
        var error = page.QuerySelector("#password")!.ParentElement!.QuerySelector("[data-testid=error-password]")!;
        error.ClassList.ShouldContain("field-error");
        error.TextContent.ShouldContain("at least 10 characters");
        page.QuerySelector("[data-testid=invitation-name]")!.TextContent.ShouldBe(name);
        page.QuerySelector("#password")!.GetAttribute("value").ShouldBeNullOrEmpty();
        (await AnyAccountAsync(email)).ShouldBeFalse();
    }

    [Fact]
    public async Task Two_different_passwords_are_refused_beside_the_second_field()
    {
        var (_, _, _, token) = await _people.InviteStaffAsync(Role.Recruiter);

        var response = await AppFactory.PostFormAsync(app.AnonymousClient(), $"/invitation/{token}", "invitation", new() { ["Input.Password"] = Password, ["Input.ConfirmPassword"] = Password + "!" });

        var page = await AppFactory.ParseAsync(response);
        page.QuerySelector("#confirm-password")!.ParentElement!.QuerySelector("[data-testid=error-confirmPassword]")!.TextContent.ShouldBe("The two passwords are not the same.");
    }

    [Fact]
    public async Task An_expired_invitation_shows_that_it_expired()
    {
        var token = await ExpiredInvitationAsync();

        var response = await app.AnonymousClient().GetAsync($"/invitation/{token}");

        await ShouldBeGoneAsync(response, "Expired", "has expired");
    }

    [Fact]
    public async Task A_revoked_invitation_shows_that_it_was_withdrawn()
    {
        var (id, _, _, token) = await _people.InviteStaffAsync(Role.Recruiter);
        await RevokeAsync(id);

        var response = await app.AnonymousClient().GetAsync($"/invitation/{token}");

        await ShouldBeGoneAsync(response, "Revoked", "withdrawn");
    }

    [Theory]
    [InlineData("not-a-real-token")]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    public async Task An_unknown_link_says_it_does_not_work_and_nothing_else(string token)
    {
        var response = await app.AnonymousClient().GetAsync($"/invitation/{token}");

        var body = await ShouldBeGoneAsync(response, "Unknown", "does not work");
        body.ShouldNotContain("@");
    }

    [Fact]
    public async Task A_link_withdrawn_while_the_form_was_open_answers_with_the_withdrawn_page_not_an_error()
    {
        var (id, email, _, token) = await _people.InviteStaffAsync(Role.Recruiter);
        var browser = app.AnonymousClient();
        var form = await AppFactory.ParseAsync(await browser.GetAsync($"/invitation/{token}"));
        var antiforgery = form.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        await RevokeAsync(id);

        var response = await browser.PostAsync($"/invitation/{token}", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = antiforgery,
            ["_handler"] = "invitation",
            ["Input.Password"] = Password,
            ["Input.ConfirmPassword"] = Password,
        }));

        await ShouldBeGoneAsync(response, "Revoked", "withdrawn");
        (await AnyAccountAsync(email)).ShouldBeFalse();
    }

    [Fact]
    public async Task A_resent_invitations_earlier_link_no_longer_works()
    {
        var (id, email, _, first) = await _people.InviteStaffAsync(Role.Recruiter);
        await using (var scope = app.Services.CreateAsyncScope())
        {
            (await scope.ServiceProvider.GetRequiredService<Application.People.ResendInvitation.ResendInvitationHandler>().HandleAsync(await _people.UserAsync(Demo.Admin), id)).Succeeded.ShouldBeTrue();
        }

        var second = await _people.TokenSentToAsync(email);

        second.ShouldNotBe(first);
        await ShouldBeGoneAsync(await app.AnonymousClient().GetAsync($"/invitation/{first}"), "Unknown", "does not work");
        (await app.AnonymousClient().GetAsync($"/invitation/{second}")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Theory]
    [InlineData(Demo.Admin)]
    [InlineData(Demo.Recruiter)]
    [InlineData(Demo.Candidate)]
    [InlineData(Demo.Client)]
    [InlineData(Demo.OtherAgencyAdmin)]
    public async Task Anyone_signed_in_or_not_may_open_an_invitation_link(string email)
    {
        var (_, _, _, token) = await _people.InviteStaffAsync(Role.Recruiter);
        var browser = await app.SignedInClientAsync(email);

        (await browser.GetAsync($"/invitation/{token}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await browser.GetAsync("/invitation/unknown-token")).StatusCode.ShouldBe(HttpStatusCode.Gone);
    }

    private static async Task<string> ShouldBeGoneAsync(HttpResponseMessage response, string state, string message)
    {
        response.StatusCode.ShouldBe(HttpStatusCode.Gone);
        var page = await AppFactory.ParseAsync(response);
        page.QuerySelector("[data-testid=invitation-state]")!.GetAttribute("data-state").ShouldBe(state);
        page.QuerySelector("[data-testid=invitation-problem]")!.TextContent.ShouldContain(message);
        page.QuerySelector("input#password").ShouldBeNull();
        return page.QuerySelector(".account-card")!.TextContent;
    }

    private async Task RevokeAsync(Guid invitationId)
    {
        await using var scope = app.Services.CreateAsyncScope();
        (await scope.ServiceProvider.GetRequiredService<RevokeInvitationHandler>().HandleAsync(await _people.UserAsync(Demo.Admin), invitationId)).Succeeded.ShouldBeTrue();
    }

    /// <summary>An invitation sent eight days ago with a week's expiry.</summary>
    private async Task<string> ExpiredInvitationAsync()
    {
        var admin = await _people.UserAsync(Demo.Admin);
        var (token, hash) = InvitationTokens.New();
        var sent = DateTimeOffset.UtcNow.AddDays(-8);
        var marker = Guid.NewGuid().ToString("N")[..8];
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        db.Invitations.Add(Invitation.ForStaff(admin.AgencyId, $"late.{marker}@web-_people.example", $"Lee Late {marker}", Role.Recruiter, admin.UserId, hash, sent, sent.AddDays(7)));
        await db.SaveChangesAsync();
        return token;
    }

    private async Task<bool> AnyAccountAsync(string email)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IAccounts>().ExistsAsync(email);
    }
}
