using RecruiterLiaison.WebTests.Support;

namespace RecruiterLiaison.WebTests.Pages;

/// <summary>Who sees which policies; changing them is tested with bunit (Components/ContactPoliciesPageTests).</summary>
[Collection(AppCollection.Name)]
public sealed class ContactPolicyTests(AppFactory app)
{
    [Fact]
    public async Task Another_agencys_admin_sees_none_of_these_clients_and_a_recruiter_cannot_open_the_page()
    {
        var page = await (await (await app.SignedInClientAsync(Demo.Admin)).GetAsync("/admin/contact-policies")).Content.ReadAsStringAsync();
        page.ShouldContain("Halcyon Logistics");
        page.ShouldNotContain("Aldgate Insurance");

        var recruiter = await (await app.SignedInClientAsync(Demo.Recruiter)).GetAsync("/admin/contact-policies");
        recruiter.Headers.Location!.AbsolutePath.ShouldBe("/Account/AccessDenied");
    }
}
