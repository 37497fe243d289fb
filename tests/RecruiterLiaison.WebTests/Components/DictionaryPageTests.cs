using Bunit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RecruiterLiaison.Infrastructure.Persistence;
using RecruiterLiaison.Web.Components.Pages.Recruiter;
using RecruiterLiaison.WebTests.Support;

namespace RecruiterLiaison.WebTests.Components;

[Collection(AppCollection.Name)]
public sealed class DictionaryPageTests(AppFactory app)
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task A_recruiter_adds_a_word_is_told_when_it_is_there_already_and_removes_it()
    {
        var word = "Zorbl" + string.Concat(Guid.NewGuid().ToString("N").Where(char.IsLetter).Take(6));
        await using var page = await PageTestContext.SignedInAsync(app, Demo.Recruiter);
        var dictionary = page.Bunit.Render<DictionaryPage>();

        dictionary.Find("#word").Input(word);
        dictionary.Press("[data-testid=add-word]");

        dictionary.WaitForAssertion(() => dictionary.Find("[data-testid=words]").TextContent.ShouldContain(word), Wait);
        dictionary.Find("#word").GetAttribute("value").ShouldBeNullOrEmpty();

        dictionary.Find("#word").Input(word);
        dictionary.Press("[data-testid=add-word]");

        dictionary.WaitForAssertion(() => dictionary.Find(".mud-input-error").TextContent.ShouldContain("already in the dictionary"), Wait);
        dictionary.Find("#word").GetAttribute("value").ShouldBe(word);

        dictionary.Press($"[aria-label='Remove {word}']");

        dictionary.WaitForAssertion(() => dictionary.Find("[data-testid=words]").TextContent.ShouldNotContain(word), Wait);
        await using var scope = app.Services.CreateAsyncScope();
        (await scope.ServiceProvider.GetRequiredService<AppDbContext>().AgencyWords.AnyAsync(w => w.Word == word)).ShouldBeFalse();
    }

    [Fact]
    public async Task Two_words_at_once_are_refused_beside_the_field_and_stay_typed()
    {
        await using var page = await PageTestContext.SignedInAsync(app, Demo.Recruiter);
        var dictionary = page.Bunit.Render<DictionaryPage>();

        dictionary.Find("#word").Input("two words");
        dictionary.Press("[data-testid=add-word]");

        dictionary.WaitForAssertion(() => dictionary.Find(".mud-input-error").TextContent.ShouldContain("Add one word of letters"), Wait);
        dictionary.Find("#word").GetAttribute("value").ShouldBe("two words");
    }
}
