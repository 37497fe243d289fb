using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using RecruiterLiaison.Web.Components.Pages;
using RecruiterLiaison.WebTests.Support;

namespace RecruiterLiaison.WebTests.Components;

[Collection(AppCollection.Name)]
public sealed class HomePageTests(AppFactory app)
{
    [Theory]
    [InlineData(Demo.Recruiter, "/recruiter")]
    [InlineData(Demo.Candidate, "/candidate")]
    [InlineData(Demo.Client, "/client")]
    [InlineData(Demo.Admin, "/admin")]
    public async Task The_home_address_sends_each_role_to_its_own_home(string email, string home)
    {
        await using var page = await PageTestContext.SignedInAsync(app, email);

        var redirect = page.Bunit.Render<Home>();

        var navigation = page.Bunit.Services.GetRequiredService<NavigationManager>();
        redirect.WaitForAssertion(() => new Uri(navigation.Uri).AbsolutePath.ShouldBe(home));
    }
}
