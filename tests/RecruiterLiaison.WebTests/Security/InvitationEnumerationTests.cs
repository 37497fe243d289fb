using System.Net;
using Microsoft.EntityFrameworkCore;
using RecruiterLiaison.Application.People;
using RecruiterLiaison.Domain.Common;
using RecruiterLiaison.Domain.People;
using RecruiterLiaison.WebTests.Support;

namespace RecruiterLiaison.WebTests.Security;

/// <summary>
/// A link that no longer works (used, expired, withdrawn, or never issued) tells whoever holds it
/// nothing about the person it was for or their account, and a password posted to it signs
/// nobody in, not even with the account's own password. (Opening such links is in
/// Pages/InvitationPageTests.)
/// </summary>
[Collection(AppCollection.Name)]
public sealed class InvitationEnumerationTests(AppFactory app)
{
    private readonly PeopleScenario _people = new(app);

    [Fact]
    public async Task A_password_posted_to_a_link_that_no_longer_works_names_nobody_and_signs_nobody_in()
    {
        var used = await _people.InviteStaffAsync(Role.Recruiter);
        var browser = app.AnonymousClient();
        (await AppFactory.PostFormAsync(browser, $"/invitation/{used.Token}", "invitation", new() { ["Input.Password"] = PeopleScenario.Password, ["Input.ConfirmPassword"] = PeopleScenario.Password }))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var revoked = await _people.InviteStaffAsync(Role.Recruiter);
        await using (var db = await Workspace.OpenAsync(app))
        {
            (await db.Invitations.SingleAsync(i => i.Id == revoked.InvitationId)).Revoke(DateTimeOffset.UtcNow);
            await db.SaveChangesAsync();
        }

        var expired = await ExpiredAsync();
        var links = new[]
        {
            ("used", used.Token, used.Email, used.Name),
            ("revoked", revoked.Token, revoked.Email, revoked.Name),
            ("expired", expired.Token, expired.Email, expired.Name),
            ("unknown", InvitationTokens.New().Token, "", ""),
        };

        foreach (var (state, token, email, name) in links)
        {
            // The account's own password, as someone who found an old link might try it.
            var response = await AppFactory.PostFormAsync(app.AnonymousClient(), $"/invitation/{token}", "invitation", new() { ["Input.Password"] = PeopleScenario.Password, ["Input.ConfirmPassword"] = PeopleScenario.Password });

            response.StatusCode.ShouldBe(HttpStatusCode.Gone, state);
            var card = (await AppFactory.ParseAsync(response)).QuerySelector(".account-card")!.TextContent;
            card.ShouldNotContain("@", customMessage: state);
            if (name.Length > 0)
            {
                card.ShouldNotContain(name, customMessage: state);
                card.ShouldNotContain(email, customMessage: state);
            }

            (response.Headers.TryGetValues("Set-Cookie", out var cookies) && cookies.Any(c => c.StartsWith("rl.auth=", StringComparison.Ordinal))).ShouldBeFalse(state);
        }
    }

    /// <summary>An invitation sent eight days ago with a week's expiry.</summary>
    private async Task<(string Token, string Email, string Name)> ExpiredAsync()
    {
        var admin = await _people.UserAsync(Demo.Admin);
        var (token, hash) = InvitationTokens.New();
        var sent = DateTimeOffset.UtcNow.AddDays(-8);
        var marker = Workspace.Unique();
        var email = $"late.{marker}@web-people.example";
        var name = $"Lee Late {marker}";
        await using var db = await Workspace.OpenAsync(app);
        db.Invitations.Add(Invitation.ForStaff(admin.AgencyId, email, name, Role.Recruiter, admin.UserId, hash, sent, sent.AddDays(7)));
        await db.SaveChangesAsync();
        return (token, email, name);
    }
}
