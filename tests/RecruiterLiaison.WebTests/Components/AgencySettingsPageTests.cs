using Bunit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using MudBlazor.Extensions;
using RecruiterLiaison.Application.Agencies.ChangeSpellingLocale;
using RecruiterLiaison.Infrastructure.Persistence;
using RecruiterLiaison.Web.Components.Pages.Admin;
using RecruiterLiaison.Web.Security;
using RecruiterLiaison.WebTests.Support;

namespace RecruiterLiaison.WebTests.Components;

[Collection(AppCollection.Name)]
public sealed class AgencySettingsPageTests(AppFactory app)
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task The_admin_switches_the_agency_to_British_spelling_and_a_locale_not_offered_is_refused_beside_the_field()
    {
        var before = await SpellingLocaleAsync();
        await using var page = await PageTestContext.SignedInAsync(app, Demo.OtherAgencyAdmin);
        var snackbars = page.Bunit.Render<MudSnackbarProvider>();
        var settings = page.Bunit.Render<AgencySettings>();
        var locale = settings.FindComponent<MudSelect<string>>();
        settings.WaitForAssertion(() => locale.Instance.GetState(x => x.Value).ShouldNotBeNull(), Wait);

        await settings.InvokeAsync(() => locale.Instance.ValueChanged.InvokeAsync("en_GB"));
        settings.Press("[data-testid=save-settings]");

        snackbars.WaitForAssertion(() => snackbars.Markup.ShouldContain("British English only (en_GB)"), Wait);
        (await SpellingLocaleAsync()).ShouldBe("en_GB");

        // Only a tampered circuit could send this; the handler still refuses it, beside the field.
        await settings.InvokeAsync(() => locale.Instance.ValueChanged.InvokeAsync("klingon"));
        settings.Press("[data-testid=save-settings]");

        settings.WaitForAssertion(() => settings.Find(".mud-input-error").TextContent.ShouldContain("en, en_US, en_GB"), Wait);
        (await SpellingLocaleAsync()).ShouldBe("en_GB");
        var admin = await page.Bunit.Services.GetRequiredService<SignedInUser>().GetAsync();
        (await page.App.GetRequiredService<ChangeSpellingLocaleHandler>().HandleAsync(admin, before)).Succeeded.ShouldBeTrue();
    }

    private async Task<string> SpellingLocaleAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var agency = (await db.Users.SingleAsync(u => u.Email == Demo.OtherAgencyAdmin)).AgencyId;
        return await db.Agencies.Where(a => a.Id == agency).Select(a => a.SpellingLocale).SingleAsync();
    }
}
