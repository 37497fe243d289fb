using RecruiterLiaison.Application.Etiquette.Rules;

namespace RecruiterLiaison.UnitTests.Etiquette;

public sealed class EditsTests
{
    [Theory]
    [InlineData("receive", "recieve", true)] // two neighbours swapped
    [InlineData("accommodate", "accomodate", true)] // a letter dropped
    [InlineData("definitely", "definately", true)] // a letter changed
    [InlineData("Sarah", "sarahs", true)] // case aside, a letter added at the end
    [InlineData("same", "same", true)]
    [InlineData("Meera", "Meerkat", false)]
    [InlineData("Anjali", "Anal", false)]
    [InlineData("form", "from", true)]
    [InlineData("abcd", "badc", false)] // two swaps
    [InlineData("kava", "kavya", true)]
    public void One_slip_apart_or_not(string a, string b, bool expected)
    {
        Edits.AtMostOne(a, b).ShouldBe(expected);
        Edits.AtMostOne(b, a).ShouldBe(expected);
    }
}
