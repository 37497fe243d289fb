using System.Net;
using RecruiterLiaison.WebTests.Support;

namespace RecruiterLiaison.WebTests.Pages;

[Collection(AppCollection.Name)]
public sealed class AdminPagesTests(AppFactory app)
{
    [Theory]
    [InlineData("/admin")]
    [InlineData("/admin/settings")]
    [InlineData("/admin/contact-policies")]
    [InlineData("/admin/dictionary")]
    public async Task Every_admin_page_opens(string path)
    {
        var response = await (await app.SignedInClientAsync(Demo.Admin)).GetAsync(path);

        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.OK, body.Length > 3000 ? body[..3000] : body);
    }

    [Fact]
    public async Task The_admin_switches_the_agency_to_British_spelling()
    {
        var admin = await app.SignedInClientAsync(Demo.OtherAgencyAdmin);

        var saved = await AppFactory.PostFormAsync(admin, "/admin/settings", "settings", new() { ["Input.Locale"] = "en_GB" });
        var bogus = await AppFactory.PostFormAsync(admin, "/admin/settings", "settings", new() { ["Input.Locale"] = "klingon" });

        saved.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        bogus.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await AppFactory.ParseAsync(bogus)).QuerySelector("[data-testid=error-locale]")!.TextContent.ShouldContain("en_US, en_GB");
    }
}
