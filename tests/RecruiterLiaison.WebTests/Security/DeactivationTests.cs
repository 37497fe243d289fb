using System.Net;
using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using RecruiterLiaison.Application.People.DeactivatePerson;
using RecruiterLiaison.Application.People.ReactivatePerson;
using RecruiterLiaison.Domain.Common;
using RecruiterLiaison.Infrastructure.Identity;
using RecruiterLiaison.Web.Security;
using RecruiterLiaison.WebTests.Support;

namespace RecruiterLiaison.WebTests.Security;

/// <summary>A deactivated person: no sign-in (told nothing more than for a wrong password), and an open circuit loses access.</summary>
[Collection(AppCollection.Name)]
public sealed class DeactivationTests(AppFactory app)
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(15);
    private readonly PeopleScenario _people = new(app);

    [Fact]
    public async Task A_deactivated_person_is_refused_sign_in_with_the_same_message_as_a_wrong_password()
    {
        var (id, email) = await _people.JoinAsync(Role.Recruiter);
        await DeactivateAsync(id);

        var rightPassword = await AppFactory.PostFormAsync(app.AnonymousClient(), "/Account/Login", "login", new() { ["Input.Email"] = email, ["Input.Password"] = PeopleScenario.Password });
        var wrongPassword = await AppFactory.PostFormAsync(app.AnonymousClient(), "/Account/Login", "login", new() { ["Input.Email"] = email, ["Input.Password"] = "Wrong-pass-9" });
        var nobody = await AppFactory.PostFormAsync(app.AnonymousClient(), "/Account/Login", "login", new() { ["Input.Email"] = $"nobody.{Guid.NewGuid():N}@web-people.example", ["Input.Password"] = "Wrong-pass-9" });

        foreach (var response in new[] { rightPassword, wrongPassword, nobody })
        {
            response.StatusCode.ShouldBe(HttpStatusCode.OK);
            (await AppFactory.ParseAsync(response)).QuerySelector("[data-testid=login-error]")!.TextContent.ShouldStartWith("That e-mail and password do not match an account.");
        }

        await ReactivateAsync(id);
        (await app.SignedInClientAsync(email, PeopleScenario.Password)).ShouldNotBeNull();
    }

    [Fact]
    public async Task The_revalidation_check_drops_a_deactivated_recruiters_open_circuit()
    {
        var (id, email) = await _people.JoinAsync(Role.Recruiter);
        await using var scope = app.Services.CreateAsyncScope();
        var signIn = scope.ServiceProvider.GetRequiredService<SignInManager<ApplicationUser>>();
        var principal = await signIn.CreateUserPrincipalAsync((await signIn.UserManager.FindByEmailAsync(email))!);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Security:RevalidationSeconds"] = "1" }).Build();
        using var circuit = new RevalidatingIdentityAuthenticationStateProvider(
            scope.ServiceProvider.GetRequiredService<ILoggerFactory>(), scope.ServiceProvider.GetRequiredService<IServiceScopeFactory>(),
            scope.ServiceProvider.GetRequiredService<IOptions<IdentityOptions>>(), configuration);
        var signedOut = new TaskCompletionSource<ClaimsPrincipal>(TaskCreationOptions.RunContinuationsAsynchronously);
        circuit.AuthenticationStateChanged += async state =>
        {
            var user = (await state).User;
            if (user.Identity?.IsAuthenticated != true)
            {
                signedOut.TrySetResult(user);
            }
        };

        circuit.SetAuthenticationState(Task.FromResult(new AuthenticationState(principal)));
        (await IsStillValidAsync(circuit, principal)).ShouldBeTrue();
        await Task.Delay(TimeSpan.FromSeconds(2.5));
        signedOut.Task.IsCompleted.ShouldBeFalse("an active recruiter keeps their circuit");

        await DeactivateAsync(id);

        (await IsStillValidAsync(circuit, principal)).ShouldBeFalse();
        (await signedOut.Task.WaitAsync(Wait)).Identity?.IsAuthenticated.ShouldNotBe(true);
        (await circuit.GetAuthenticationStateAsync()).User.Identity?.IsAuthenticated.ShouldNotBe(true);
    }

    [Fact]
    public async Task The_cookie_check_rejects_a_deactivated_person_and_after_reactivation_only_a_fresh_sign_in_counts()
    {
        var (id, email) = await _people.JoinAsync(Role.Recruiter);
        var before = await PrincipalAsync(email);
        (await StampCheckAsync(before)).ShouldNotBeNull();

        await DeactivateAsync(id);
        var during = await PrincipalAsync(email);
        (await StampCheckAsync(during)).ShouldBeNull();
        await ReactivateAsync(id);

        (await StampCheckAsync(before)).ShouldBeNull();
        (await StampCheckAsync(await PrincipalAsync(email))).ShouldNotBeNull();
    }

    /// <summary>As the provider does at each interval: in a fresh scope, so nothing is read from a stale context.</summary>
    private async Task<bool> IsStillValidAsync(RevalidatingIdentityAuthenticationStateProvider circuit, ClaimsPrincipal principal)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await circuit.IsStillValidAsync(scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>(), principal);
    }

    private async Task<ClaimsPrincipal> PrincipalAsync(string email)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var signIn = scope.ServiceProvider.GetRequiredService<SignInManager<ApplicationUser>>();
        return await signIn.CreateUserPrincipalAsync((await signIn.UserManager.FindByEmailAsync(email))!);
    }

    /// <summary>The cookie's periodic check (SecurityStampValidator): null means the cookie is rejected.</summary>
    private async Task<ApplicationUser?> StampCheckAsync(ClaimsPrincipal principal)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<SignInManager<ApplicationUser>>().ValidateSecurityStampAsync(principal);
    }

    private async Task DeactivateAsync(Guid id)
    {
        await using var scope = app.Services.CreateAsyncScope();
        (await scope.ServiceProvider.GetRequiredService<DeactivatePersonHandler>().HandleAsync(await _people.UserAsync(Demo.Admin), id)).Succeeded.ShouldBeTrue();
    }

    private async Task ReactivateAsync(Guid id)
    {
        await using var scope = app.Services.CreateAsyncScope();
        (await scope.ServiceProvider.GetRequiredService<ReactivatePersonHandler>().HandleAsync(await _people.UserAsync(Demo.Admin), id)).Succeeded.ShouldBeTrue();
    }
}
