using System.Net;
using RecruiterLiaison.WebTests.Support;

namespace RecruiterLiaison.WebTests.Pages;

[Collection(AppCollection.Name)]
public sealed class ErrorPageTests(AppFactory app)
{
    [Fact]
    public async Task The_error_page_says_nothing_saved_is_lost_and_gives_a_reference_to_quote()
    {
        var response = await (await app.SignedInClientAsync(Demo.Recruiter)).GetAsync("/Error");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var document = await AppFactory.ParseAsync(response);
        document.QuerySelector("h1")!.TextContent.Trim().ShouldBe("Something went wrong");
        document.QuerySelector("[data-testid=error-page]")!.TextContent.ShouldContain("Nothing you saved earlier is lost");
        document.QuerySelector("[data-testid=error-reference]")!.TextContent.ShouldNotBeNullOrWhiteSpace();
    }
}
