using System.Net;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using RecruiterLiaison.WebTests.Support;

namespace RecruiterLiaison.WebTests.Security;

/// <summary>
/// Every server-rendered endpoint a form can post to (each page, sign-in, the invitation link,
/// sign-out), read from the app's endpoint table: a post without the antiforgery token, or with
/// another browser's, is refused with 400 before anything happens — never carried out, and
/// never a 500. A page of another role may instead send the browser away (sign-in or access
/// denied): that refusal comes first and is tested elsewhere.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class AntiforgeryTests(AppFactory app)
{
    private static readonly string[] Accounts = [Demo.Admin, Demo.Recruiter, Demo.Candidate, Demo.Client];

    [Fact]
    public async Task Every_form_post_without_the_antiforgery_token_is_refused_with_400()
    {
        var records = await DemoRecords.CreateAsync(app);
        var forms = RouteTargets.Forms(app.Services.GetRequiredService<EndpointDataSource>());
        forms.Select(f => f.Pattern).ShouldContain("/Account/Logout");
        var browsers = new List<(string Name, HttpClient Client)> { ("nobody", app.AnonymousClient()) };
        foreach (var email in Accounts)
        {
            browsers.Add((email, await app.SignedInClientAsync(email)));
        }

        var failures = new List<string>();
        foreach (var form in forms)
        {
            var path = records.Fill(form.Pattern);
            var refused = 0;
            foreach (var (name, client) in browsers)
            {
                foreach (var handler in new[] { "login", "invitation", null })
                {
                    refused += Judge(await PostAsync(client, path, handler, token: null), $"{path} as {name} with form '{handler}' and no token", failures);
                }
            }

            if (refused == 0)
            {
                failures.Add($"{path}: no browser reached the antiforgery check");
            }
        }

        failures.ShouldBeEmpty(string.Join("\n", failures));
        (await browsers[2].Client.GetAsync("/recruiter")).StatusCode.ShouldBe(HttpStatusCode.OK, "the refused sign-outs did not sign the recruiter out");
    }

    [Fact]
    public async Task A_token_from_another_browser_does_not_pass_for_sign_in_invitation_or_sign_out()
    {
        var records = await DemoRecords.CreateAsync(app);
        var victim = await app.SignedInClientAsync(Demo.Recruiter);
        var attacker = app.AnonymousClient();
        var attackersToken = (await AppFactory.ParseAsync(await attacker.GetAsync("/Account/Login"))).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var failures = new List<string>();

        foreach (var (path, handler) in new[] { ("/Account/Login", "login"), ($"/invitation/{records.InvitationToken}", "invitation"), ("/Account/Logout", (string?)null) })
        {
            Judge(await PostAsync(victim, path, handler, attackersToken), $"{path} with another browser's token", failures).ShouldBe(1, string.Join("\n", failures));
        }

        (await victim.GetAsync("/recruiter")).StatusCode.ShouldBe(HttpStatusCode.OK, "the forged sign-out did not sign the recruiter out");
    }

    /// <summary>The fuzz once found that reading the token from a form the server cannot parse ended in a 500.</summary>
    [Theory]
    [InlineData("__RequestVerificationToken=x&Input.Password=nul%00byte")]
    [InlineData("__RequestVerificationToken=%E0%A4%A&_handler=%")]
    public async Task A_sign_out_post_with_a_malformed_form_is_refused_with_400(string body)
    {
        var recruiter = await app.SignedInClientAsync(Demo.Recruiter);

        var response = await recruiter.PostAsync("/Account/Logout", new StringContent(body, System.Text.Encoding.UTF8, "application/x-www-form-urlencoded"));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await recruiter.GetAsync("/recruiter")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    /// <summary>
    /// 1 when refused by the antiforgery check; 0 when the browser was sent away first, to sign in
    /// or to the access-denied page; anything else (carried out, a redirect onwards, a 500) is a failure.
    /// </summary>
    private static int Judge(HttpResponseMessage response, string what, List<string> failures)
    {
        var location = response.Headers.Location?.OriginalString ?? "";
        if (response.StatusCode == HttpStatusCode.BadRequest)
        {
            return 1;
        }

        if (response.StatusCode != HttpStatusCode.Redirect || !(location.Contains("/Account/Login", StringComparison.Ordinal) || location.Contains("/Account/AccessDenied", StringComparison.Ordinal)))
        {
            failures.Add($"{what}: {(int)response.StatusCode} {location}, not 400");
        }

        return 0;
    }

    /// <summary>Posts the fields a page's form would send, with the form's name and the given token (or none).</summary>
    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string path, string? handler, string? token)
    {
        var fields = new Dictionary<string, string>
        {
            ["Input.Email"] = Demo.Recruiter,
            ["Input.Password"] = "Demo-pass-1",
            ["Input.ConfirmPassword"] = "Demo-pass-1",
        };
        if (handler is not null)
        {
            fields["_handler"] = handler;
        }

        if (token is not null)
        {
            fields["__RequestVerificationToken"] = token;
        }

        return await client.PostAsync(path, new FormUrlEncodedContent(fields));
    }
}
