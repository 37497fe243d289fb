using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using RecruiterLiaison.Infrastructure.Identity;
using RecruiterLiaison.WebTests.Support;

namespace RecruiterLiaison.WebTests.Pages;

[Collection(AppCollection.Name)]
public sealed class SignInTests(AppFactory app)
{
    [Theory]
    [InlineData(Demo.Admin, "/admin")]
    [InlineData(Demo.Recruiter, "/recruiter")]
    [InlineData(Demo.Candidate, "/candidate")]
    [InlineData(Demo.Client, "/client")]
    public async Task Signing_in_lands_on_the_home_page_of_the_role(string email, string home)
    {
        var response = await AppFactory.PostFormAsync(app.AnonymousClient(), "/Account/Login", "login", new() { ["Input.Email"] = email, ["Input.Password"] = "Demo-pass-1" });

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.OriginalString.ShouldEndWith(home);
    }

    [Fact]
    public async Task A_wrong_password_says_so_and_keeps_the_email_typed()
    {
        var response = await AppFactory.PostFormAsync(app.AnonymousClient(), "/Account/Login", "login", new() { ["Input.Email"] = Demo.Candidate2, ["Input.Password"] = "not-the-password" });

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var document = await AppFactory.ParseAsync(response);
        document.QuerySelector("[data-testid=login-error]")!.TextContent.ShouldContain("do not match");
        document.QuerySelector("#email")!.GetAttribute("value").ShouldBe(Demo.Candidate2);
    }

    [Fact]
    public async Task A_missing_email_gets_a_message_beside_the_field()
    {
        var response = await AppFactory.PostFormAsync(app.AnonymousClient(), "/Account/Login", "login", new() { ["Input.Email"] = "", ["Input.Password"] = "x" });

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var document = await AppFactory.ParseAsync(response);
        document.QuerySelector("#email")!.ParentElement!.QuerySelector(".field-error")!.TextContent.ShouldBe("Enter your e-mail address.");
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account()
    {
        const string email = "lockout-probe@demo.test";
        await CreateCandidateAsync(email);
        var client = app.AnonymousClient();

        for (var attempt = 0; attempt < 4; attempt++)
        {
            (await AppFactory.PostFormAsync(client, "/Account/Login", "login", new() { ["Input.Email"] = email, ["Input.Password"] = "wrong-password" })).StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        var fifth = await AppFactory.PostFormAsync(client, "/Account/Login", "login", new() { ["Input.Email"] = email, ["Input.Password"] = "wrong-password" });
        fifth.StatusCode.ShouldBe(HttpStatusCode.OK);

        // Locked, and told so only as every refused sign-in is (Security/SignInEnumerationTests): the right password no longer signs in.
        var rightPasswordNow = await AppFactory.PostFormAsync(client, "/Account/Login", "login", new() { ["Input.Email"] = email, ["Input.Password"] = "Demo-pass-1" });
        rightPasswordNow.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await AppFactory.ParseAsync(rightPasswordNow)).QuerySelector("[data-testid=login-error]")!.TextContent.ShouldContain("locked for 15 minutes");
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        (await users.IsLockedOutAsync((await users.FindByEmailAsync(email))!)).ShouldBeTrue();
    }

    [Theory]
    [InlineData("//evil.example/phish")]
    [InlineData("https://evil.example/")]
    [InlineData("/\\evil.example")]
    public async Task A_return_address_off_the_site_is_ignored(string returnUrl)
    {
        var client = app.AnonymousClient();
        var response = await AppFactory.PostFormAsync(client, "/Account/Login?ReturnUrl=" + Uri.EscapeDataString(returnUrl), "login", new() { ["Input.Email"] = Demo.Candidate, ["Input.Password"] = "Demo-pass-1" });

        response.Headers.Location!.OriginalString.ShouldEndWith("/candidate");
    }

    [Fact]
    public async Task Signing_out_ends_the_session()
    {
        var client = await app.SignedInClientAsync(Demo.Candidate);
        var home = await AppFactory.ParseAsync(await client.GetAsync("/candidate"));
        var token = home.QuerySelector("form[action='Account/Logout'] input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

        var response = await client.PostAsync("/Account/Logout", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await client.GetAsync("/candidate")).Headers.Location!.AbsolutePath.ShouldBe("/Account/Login");
    }

    private async Task CreateCandidateAsync(string email)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var template = await users.FindByEmailAsync(Demo.Candidate);
        var user = new ApplicationUser { Id = Guid.NewGuid(), AgencyId = template!.AgencyId, UserName = email, Email = email, EmailConfirmed = true, DisplayName = "Lockout Probe" };
        (await users.CreateAsync(user, "Demo-pass-1")).Succeeded.ShouldBeTrue();
        (await users.AddToRoleAsync(user, "Candidate")).Succeeded.ShouldBeTrue();
    }
}
