using RecruiterLiaison.Application.Etiquette;
using RecruiterLiaison.Application.Etiquette.Lexicons;

namespace RecruiterLiaison.UnitTests.Etiquette;

/// <summary>The lexicon format and its matcher: word families, slots, gaps, negation, aim at the reader.</summary>
public sealed class LexiconTests
{
    [Theory]
    [InlineData("waste", "wasted")]
    [InlineData("waste", "wasting")]
    [InlineData("waste", "wastes")]
    [InlineData("beg", "begging")]
    [InlineData("reply", "replies")]
    [InlineData("reply", "replied")]
    [InlineData("apology", "apologies")]
    [InlineData("process", "processes")]
    [InlineData("desperate", "desperately")]
    [InlineData("team's", "team")]
    public void Words_of_one_family_share_a_key(string word, string relative) =>
        WordFamily.Key(relative).ShouldBe(WordFamily.Key(word));

    [Theory]
    [InlineData("offer", "off")]
    [InlineData("reply", "rep")]
    [InlineData("hello", "hell")]
    [InlineData("noted", "not")] // a note is not a negation
    [InlineData("note", "not")]
    public void Short_words_keep_their_own_key(string word, string other) =>
        WordFamily.Key(word).ShouldNotBe(WordFamily.Key(other));

    [Theory]
    [InlineData("waste ** time", "You wasted all of my time.", true)]
    [InlineData("waste ** time", "You wasted so much of my valuable time.", false)] // a gap is at most three words
    [InlineData("grab|have a? coffee|drink", "Shall we grab coffee?", true)]
    [InlineData("grab|have a? coffee|drink", "Shall we have a drink?", true)]
    [InlineData("=hell", "Hello there.", false)]
    [InlineData("last * chance", "This is your last real chance.", true)]
    [InlineData("last * chance", "This is your last chance.", false)]
    [InlineData("waste ** time", "What a waste. Time will tell.", false)] // never across a sentence end
    [InlineData("can't believe", "I can’t believe it.", true)] // curly apostrophe
    [InlineData("note|email ** different", "It was not about the different angle.", false)]
    public void Phrases_match_families_alternatives_optional_words_and_gaps(string phrase, string note, bool matches)
    {
        var rules = Rules($"[group]\nmessage: m\n{phrase}\n");

        rules.Check(note, new NoteCheckContext()).Any().ShouldBe(matches);
    }

    [Theory]
    [InlineData("I am upset about the delay.", true)]
    [InlineData("I am not upset about the delay.", false)]
    [InlineData("I wasn't ever upset.", false)]
    [InlineData("Not that it matters. I am upset.", true)] // the negation belongs to another sentence
    [InlineData("I couldn't help being upset.", true)] // "couldn't help", "can't resist": idioms that affirm
    [InlineData("I can't resist getting upset.", true)]
    public void A_negation_just_before_a_phrase_cancels_it(string note, bool raised)
    {
        var rules = Rules("[upset]\nmessage: m\nupset\n");

        rules.Check(note, new NoteCheckContext()).Any().ShouldBe(raised);
    }

    [Fact]
    public void A_group_that_is_not_negatable_fires_after_a_negation()
    {
        var rules = Rules("[ultimatum]\nmessage: m\nnegatable: no\nlast chance\n");

        rules.Check("This is not a drill, it is your last chance.", new NoteCheckContext()).ShouldHaveSingleItem();
    }

    [Theory]
    [InlineData("Your process has been frustrating.", true)]
    [InlineData("The commute was frustrating, but the role is worth it.", false)]
    [InlineData("The delay must be frustrating. Your team has been kind.", false)] // the reader is in another sentence
    public void A_group_aimed_at_the_reader_fires_only_when_the_sentence_is_about_them(string note, bool raised)
    {
        var rules = Rules("[blame]\nmessage: m\ntarget: reader\nfrustrating\n");

        rules.Check(note, new NoteCheckContext()).Any().ShouldBe(raised);
    }

    [Theory]
    [InlineData("Frankly, the week was long.", 0)]
    [InlineData("I expect an explanation.", 0)]
    [InlineData("Frankly, I expect an explanation.", 2)]
    [InlineData("Frankly, it was late. Frankly, it was cold.", 0)] // two signs of one kind are still one kind
    [InlineData("Frankly I expect an explanation.", 2)]
    public void Weak_signs_raise_a_rule_only_when_two_kinds_meet_in_one_note(string note, int findings)
    {
        var rules = Rules("[tone]\nmessage: a\nweak: yes\nnegatable: no\nfrankly\n[demand]\nmessage: b\nweak: yes\ni expect an explanation\n");

        rules.Check(note, new NoteCheckContext()).Count().ShouldBe(findings);
    }

    [Fact]
    public void A_finding_carries_the_rule_the_span_and_the_message_with_its_advice_but_no_replacement_text()
    {
        const string note = "Dear Sam, you wasted my time.";
        var rules = Rules("[time]\nmessage: Telling them they wasted your time ends the conversation.\nadvice: Let your recruiter raise delays.\nwaste ** time\n");

        var finding = rules.Check(note, new NoteCheckContext()).ShouldHaveSingleItem();

        finding.Rule.ShouldBe("tone.test");
        note.Substring(finding.Start, finding.Length).ShouldBe("wasted my time");
        finding.Message.ShouldBe("Telling them they wasted your time ends the conversation. Let your recruiter raise delays.");

        // "Apply" on the draft page puts a suggestion in place of the span; advice must never land in the note.
        finding.Suggestion.ShouldBeNull();
    }

    [Fact]
    public void An_unknown_setting_is_refused_rather_than_read_as_a_phrase() =>
        Should.Throw<FormatException>(() => Rules("[time]\nmessage: M.\nsuggestion: Let your recruiter raise delays.\nwaste ** time\n"))
            .Message.ShouldContain("'suggestion' is not a setting");

    [Theory]
    [InlineData("phrase before a group\n", "line 1")]
    [InlineData("[g]\nmessage: m\ntarget: everyone\n", "line 3")]
    [InlineData("[g]\nmessage: m\nwhat (now)\n", "line 3")]
    [InlineData("[g]\nfine words\n", "no message")]
    [InlineData("[g]\nmessage: m\n= word\n", "line 3")]
    public void A_malformed_lexicon_fails_at_start_up_with_its_line(string text, string expected) =>
        Should.Throw<FormatException>(() => Lexicon.Parse("tone.test", text)).Message.ShouldContain(expected);

    [Fact]
    public void The_shipped_lexicons_cover_the_tone_and_content_rules()
    {
        LexiconRules.Shipped.Lexicons.Select(l => l.Rule).ShouldBe(
            ["content.personal", "content.revisits-answers", "tone.aggressive", "tone.angry", "tone.casual", "tone.desperate", "tone.quirky"], ignoreOrder: true);
        LexiconRules.Shipped.Lexicons.ShouldAllBe(l => l.Groups.All(g => g.Phrases.Count > 0 && g.Message.Length > 0));
    }

    [Theory]
    [InlineData("We agreed the terms and conditions of the contract.", 0)] // everyday wording
    [InlineData("Terms and conditions of hire:\nOne interview, sincerely meant.", 1)] // a heading: the note dressed up as a contract
    [InlineData("Terms and conditions of hire\nOne interview, sincerely meant.", 1)]
    public void A_weak_sign_counts_alone_as_a_heading_where_its_group_says_so(string note, int findings)
    {
        var rules = Rules("[headings]\nmessage: a\nweak: yes\nheading: yes\nnegatable: no\nterms and conditions of ** hire\nterms and conditions of\n");

        rules.Check(note, new NoteCheckContext()).Count().ShouldBe(findings);
    }

    [Fact]
    public void One_stretch_of_text_that_two_weak_groups_match_is_one_sign()
    {
        var rules = Rules("[a]\nmessage: a\nweak: yes\nunpaid leave\n[b]\nmessage: b\nweak: yes\nunpaid leave\n");

        rules.Check("I took unpaid leave.", new NoteCheckContext()).ShouldBeEmpty();
    }

    [Theory]
    [InlineData("This is my third email. Please, I am begging you.", new[] { "tone.pleading" })]
    [InlineData("This is my third email. Reply by Friday. Please, I am begging you.", new[] { "tone.pressing", "tone.pressing", "tone.pleading" })]
    [InlineData("This is my third email.", new[] { "tone.pressing" })]
    public void A_group_that_yields_stands_down_where_the_rule_it_yields_to_is_found_and_its_own_rule_is_not_otherwise(string note, string[] rules)
    {
        var lexicons = new LexiconRules([
            Lexicon.Parse("tone.pressing", "[counting]\nmessage: a\nyields: tone.pleading\nmy third email\n[deadline]\nmessage: b\nreply by friday\n"),
            Lexicon.Parse("tone.pleading", "[begging]\nmessage: c\ni am begging you\n"),
        ]);

        lexicons.Check(note, new NoteCheckContext()).Select(f => f.Rule).ShouldBe(rules);
    }

    [Fact]
    public void A_message_may_mention_a_hash()
    {
        var lexicon = Lexicon.Parse("tone.test", "[g]\nmessage: Write C# in full.\nsharp  # a comment\n");

        lexicon.Groups.Single().Message.ShouldBe("Write C# in full.");
        lexicon.Groups.Single().Phrases.Single().Text.ShouldBe("sharp");
    }

    [Fact]
    public void No_shipped_phrase_offers_a_contraction_and_its_first_word_in_one_slot()
    {
        // "it's|it is not you" reads as [it's|it] [is] [not] [you]: it never matches "it's not
        // you". A contraction's long form is written on its own line, or as "it's|is".
        var broken = LexiconRules.Shipped.Lexicons
            .SelectMany(l => l.Groups.SelectMany(g => g.Phrases.Select(p => $"{l.Rule}: {p.Text}")))
            .Distinct()
            .Where(line => LongFormInTwoSlots(line[(line.IndexOf(": ", StringComparison.Ordinal) + 2)..].Split(' ')))
            .ToList();

        broken.ShouldBeEmpty();
    }

    // "it's|it" followed by a slot with "is": the contraction and its long form split across two slots.
    private static readonly Dictionary<string, string[]> LongForms = new(StringComparer.Ordinal)
    {
        ["'m"] = ["am"], ["'s"] = ["is", "has"], ["'re"] = ["are"], ["'ve"] = ["have"], ["'d"] = ["would", "had"], ["'ll"] = ["will"], ["n't"] = ["not"],
    };

    private static bool LongFormInTwoSlots(string[] slots)
    {
        for (var i = 0; i + 1 < slots.Length; i++)
        {
            var here = slots[i].TrimEnd('?').Split('|').Select(a => a.TrimStart('=')).ToList();
            var next = slots[i + 1].TrimEnd('?').Split('|').Select(a => a.TrimStart('=')).ToList();
            foreach (var (ending, longForms) in LongForms)
            {
                if (here.Any(a => a.EndsWith(ending, StringComparison.Ordinal) && here.Contains(a[..^ending.Length])) && next.Intersect(longForms).Any())
                {
                    return true;
                }
            }
        }

        return false;
    }

    [Fact]
    public void No_shipped_phrase_repeats_a_word_across_slots_unless_it_means_to()
    {
        // "dress ** you were wearing|you wore" reads as [you] [were] [wearing|you] [wore]: it never
        // matches "the dress you wore". Alternatives are single words, so a word written in two
        // slots of one line is most often a two-word alternative split in half. The lines below
        // repeat a word on purpose.
        string[] deliberate =
        [
            "content.personal: dress|suit|outfit|shirt|earrings|necklace|hair|perfume|colour|color ** suit|suits|suited you",
            "content.revisits-answers: i realise|realize|realised|realized i|i'd|i've ** didn't|not|never|hadn't|failed ** answer|explain|address",
            "content.revisits-answers: re|regarding|about|on the|your ** question|questions of|about|on|you",
            "tone.aggressive: following|follow up on my|the follow-up|follow",
            "tone.desperate: i really|rly really|rly need",
            "tone.angry: good luck finding|replacing someone|anyone ** better|me|qualified|good|experienced",
            "tone.angry: the way this|the ** process|interview|recruitment has|was ** run|handled|managed",
            "tone.quirky: it's|is not you it's me",
            "tone.quirky: it's|is not you it is me",
        ];
        var suspect = LexiconRules.Shipped.Lexicons
            .SelectMany(l => l.Groups.SelectMany(g => g.Phrases.Select(p => $"{l.Rule}: {p.Text}")))
            .Distinct()
            .Where(line => WordInTwoSlots(line[(line.IndexOf(": ", StringComparison.Ordinal) + 2)..].Split(' ')))
            .Except(deliberate)
            .ToList();

        suspect.ShouldBeEmpty();
    }

    private static bool WordInTwoSlots(string[] parts)
    {
        var slots = parts.Where(p => p is not ("*" or "**")).Select(p => p.TrimEnd('?').Split('|').Select(a => a.TrimStart('=')).ToHashSet()).ToList();
        for (var i = 0; i < slots.Count; i++)
        {
            for (var j = i + 1; j < slots.Count; j++)
            {
                if ((slots[i].Count > 1 || slots[j].Count > 1) && slots[i].Overlaps(slots[j]))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static LexiconRules Rules(string text) => new([Lexicon.Parse("tone.test", text)]);
}
