using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Net.Http.Headers;
using RecruiterLiaison.WebTests.Support;

namespace RecruiterLiaison.WebTests.Security;

// Where each protection of sign-in, sessions and the API is tested:
//   session and antiforgery cookie flags ............ here
//   Content-Security-Policy on every page ........... ContentSecurityPolicyTests
//   antiforgery on every form post .................. AntiforgeryTests
//   lockout after wrong passwords ................... Pages/SignInTests (Five_wrong_passwords_lock_the_account)
//   no account enumeration (sign-in, invitations) ... SignInEnumerationTests, InvitationEnumerationTests;
//                                                     deactivated accounts in DeactivationTests
//   open redirects after sign-in .................... Pages/SignInTests
//   token revocation, bad and missing tokens ........ TokenRevocationTests; Api/ApiBaseTests; IntegrationTests/Identity/ApiTokenServiceTests
//   rate limits (429 problem details) ............... RateLimitTests; Pages/SignInRateLimitTests
//   refusals audited on every id route .............. RefusalAuditTests; Pages/OwnershipTests, Pages/WorkspaceAccessTests, Api/PeopleApiTests
//   hostile input, no 500, no leaks ................. FuzzTests, FuzzFindingTests

/// <summary>
/// The session cookie cannot be read by script, is not sent on cross-site posts, and over TLS is
/// never sent in clear; the antiforgery cookie likewise.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class SessionCookieTests(AppFactory app)
{
    [Fact]
    public async Task Over_TLS_the_session_cookie_is_secure_http_only_and_same_site_lax()
    {
        var cookies = await SignInCookiesAsync(new Uri("https://localhost"));

        var session = cookies.Single(c => c.Name == "rl.auth");
        session.HttpOnly.ShouldBeTrue();
        session.Secure.ShouldBeTrue();
        session.SameSite.ShouldBe(SameSiteMode.Lax);
        session.Path.ToString().ShouldBe("/");
    }

    [Fact]
    public async Task Over_TLS_the_antiforgery_cookie_is_secure_http_only_and_same_site_strict()
    {
        var cookies = await SignInCookiesAsync(new Uri("https://localhost"));

        var antiforgery = cookies.Single(c => c.Name.ToString().StartsWith(".AspNetCore.Antiforgery.", StringComparison.Ordinal));
        antiforgery.HttpOnly.ShouldBeTrue();
        antiforgery.Secure.ShouldBeTrue();
        antiforgery.SameSite.ShouldBe(SameSiteMode.Strict);
    }

    [Fact]
    public async Task Keep_me_signed_in_makes_a_cookie_that_ends_within_the_session_length()
    {
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false });
        var response = await AppFactory.PostFormAsync(client, "/Account/Login", "login", new() { ["Input.Email"] = Demo.Recruiter, ["Input.Password"] = "Demo-pass-1", ["Input.RememberMe"] = "true" });

        var session = SetCookies(response).Single(c => c.Name == "rl.auth");
        session.Expires.ShouldNotBeNull();
        session.Expires!.Value.ShouldBeLessThanOrEqualTo(DateTimeOffset.UtcNow.AddHours(8).AddMinutes(1));
        session.HttpOnly.ShouldBeTrue();
        session.Secure.ShouldBeTrue();
    }

    /// <summary>Signs in as the demo recruiter at <paramref name="baseAddress"/> and returns every cookie the server set on the way.</summary>
    private async Task<List<SetCookieHeaderValue>> SignInCookiesAsync(Uri baseAddress)
    {
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = baseAddress, AllowAutoRedirect = false });
        var page = await client.GetAsync("/Account/Login");
        var response = await AppFactory.PostFormAsync(client, "/Account/Login", "login", new() { ["Input.Email"] = Demo.Recruiter, ["Input.Password"] = "Demo-pass-1" });
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        return [.. SetCookies(page), .. SetCookies(response)];
    }

    private static IEnumerable<SetCookieHeaderValue> SetCookies(HttpResponseMessage response) =>
        response.Headers.TryGetValues("Set-Cookie", out var values) ? SetCookieHeaderValue.ParseList(values.ToList()) : [];
}
