using System.Net;
using RecruiterLiaison.WebTests.Support;

namespace RecruiterLiaison.WebTests.Pages;

/// <summary>The admin pages open; what they do is tested with bunit (Components/*PageTests).</summary>
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
}
