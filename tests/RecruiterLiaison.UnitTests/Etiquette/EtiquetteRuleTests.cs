using RecruiterLiaison.Application.Etiquette;
using RecruiterLiaison.Domain.Clients;
using RecruiterLiaison.Domain.Notes;

namespace RecruiterLiaison.UnitTests.Etiquette;

/// <summary>Every rule id of DOMAIN.md: raised on its examples, quiet on clean notes.</summary>
public sealed class EtiquetteRuleTests
{
    private static readonly DateTimeOffset TuesdayMorning = new(2026, 11, 17, 10, 0, 0, TimeSpan.Zero);
    private static readonly EtiquetteChecker Checker = EtiquetteChecker.Create(new WordListSpeller());

    private const string CleanThankYou = "Dear Sarah,\n\nThank you for taking the time to meet me today. I enjoyed hearing how the team is rebuilding the tracking services, and I am even more interested in the role.\n\nKind regards,\nPriya Raman";

    public static TheoryData<string, string> ToneAndContentExamples() => new()
    {
        { "tone.angry", "Frankly this process has been unacceptable." },
        { "tone.angry", "You wasted my time with three interviews." },
        { "tone.angry", "I can't believe nobody has replied to me." },
        { "tone.angry", "I feel completely ghosted by your team." },
        { "tone.aggressive", "Please let me know ASAP." },
        { "tone.aggressive", "Call me back today with your answer." },
        { "tone.aggressive", "I expect a decision by the end of the day." },
        { "tone.aggressive", "Thank you!!!" },
        { "tone.aggressive", "PLEASE RESPOND TO ME" },
        { "tone.aggressive", "I have another offer, so you need to decide quickly." },
        { "tone.aggressive", "This is my third email about my application." },
        { "tone.casual", "Hey Sarah, thanks for the chat." },
        { "tone.casual", "It was gonna be a great fit." },
        { "tone.casual", "Thx for the interview lol" },
        { "tone.casual", "I think i did well." },
        { "tone.casual", "Great to meet you :)" },
        { "tone.casual", "Let me know if u need anything." },
        { "tone.quirky", "Knock knock! Who's there? Your next engineer." },
        { "tone.quirky", "I am a true rockstar developer." },
        { "tone.quirky", "I'm not like other candidates." },
        { "tone.quirky", "I baked you some cookies to say thanks." },
        { "tone.desperate", "I really need this job." },
        { "tone.desperate", "Please, please give me a chance." },
        { "tone.desperate", "So sorry to bother you again." },
        { "tone.desperate", "I'll do anything to join the team." },
        { "content.personal", "Would you like to grab a coffee next week?" },
        { "content.personal", "I'd love to connect on LinkedIn." },
        { "content.personal", "You looked lovely in that blue dress." },
        { "content.personal", "Text me whenever you like." },
        { "content.revisits-answers", "To add to my answer about scaling, we used sharding." },
        { "content.revisits-answers", "I should have said that I led the migration." },
        { "content.revisits-answers", "I would like to clarify my answer about budgets." },
        { "content.revisits-answers", "When you asked me about conflict, I meant to describe a different project." },
        { "sender.unprofessional", "Kind regards,\nPriya\nMagician for children's parties - book me for your next event!" },
        { "sender.unprofessional", "Best,\nTom\nVisit my Etsy shop for hand-made candles" },
        { "sender.unprofessional", "Regards,\nAdam\nKowalski Removals: man & van, house moves. Cheapest in Essex! 07700 900556" },
    };

    [Theory]
    [MemberData(nameof(ToneAndContentExamples))]
    public void A_phrase_rule_raises_on_its_example(string rule, string body)
    {
        var findings = Checker.Check(body, Context());

        findings.ShouldContain(f => f.Rule == rule, $"expected {rule} on: {body}");
        findings.Where(f => f.Rule == rule).ShouldAllBe(f => f.Length == 0 || f.Start + f.Length <= body.Length);
    }

    [Fact]
    public void A_span_points_at_the_offending_words()
    {
        const string body = "Dear Sarah, please reply ASAP.";

        var finding = Checker.Check(body, Context()).Single(f => f.Rule == "tone.aggressive");

        body.Substring(finding.Start, finding.Length).ShouldBe("reply ASAP");
        finding.Message.ShouldNotBeNullOrWhiteSpace();
    }

    public static TheoryData<string, NoteKind> CleanNotes() => new()
    {
        { CleanThankYou, NoteKind.ThankYou },
        { "Dear Sarah,\n\nI hope your week is going well. I wanted to check whether there is any news on the Senior Backend Engineer role, and whether there is anything else I can share.\n\nKind regards,\nPriya Raman", NoteKind.FollowUp },
        { "Dear James,\n\nOne thing I did not cover on Friday: the on-call rota I set up cut out-of-hours pages by a third. Happy to share details.\n\nBest regards,\nTom Whitfield", NoteKind.AdditionalPoint },
        { "Dear Aisha,\n\nThank you for considering me. After careful thought I have decided to withdraw, as I have accepted another role. I enjoyed meeting the team and wish you every success.\n\nKind regards,\nPriya Raman", NoteKind.Withdrawal },
        { "Hello Sarah,\n\nCould you tell me more about how the platform team shares on-call duties? I would like to understand the rota before our next conversation.\n\nMany thanks,\nTom Whitfield", NoteKind.Question },
        { "Dear Marcus,\n\nThank you for joining the second interview. I appreciated your view of where the company is heading over the next two years.\n\nYours sincerely,\nPriya Raman", NoteKind.ThankYou },
    };

    [Theory]
    [MemberData(nameof(CleanNotes))]
    public void A_clean_professional_note_raises_nothing(string body, NoteKind kind)
    {
        var findings = Checker.Check(body, Context(kind) with { FeedbackDueAt = TuesdayMorning.AddDays(-1) });

        findings.ShouldBeEmpty(string.Join("; ", findings.Select(f => $"{f.Rule}: {f.Message}")));
    }

    [Fact]
    public void Spelling_flags_an_unknown_word_and_suggests_from_the_dictionary()
    {
        var findings = Checker.Check("Thank you for the oppertunity.", Context());

        var finding = findings.ShouldHaveSingleItem();
        finding.Rule.ShouldBe("spelling");
        "Thank you for the oppertunity.".Substring(finding.Start, finding.Length).ShouldBe("oppertunity");
        finding.Suggestion.ShouldBe("opportunity");
    }

    [Fact]
    public void Spelling_accepts_names_from_the_context_addresses_links_numbers_and_the_agency_dictionary()
    {
        const string body = "Thank you, Lindqvist. The halcyon team and I spoke about kubewarden. See https://example.com/xyzzy or mail priya@exmple.com about 3rd-party plans.";

        var findings = Checker.Check(body, Context() with { KnownNames = ["Sarah Lindqvist", "Halcyon Logistics"], AgencyWords = ["kubewarden"] });

        findings.Where(f => f.Rule == "spelling").ShouldBeEmpty();
    }

    [Fact]
    public void Spelling_suggestions_never_offer_an_offensive_word()
    {
        var findings = EtiquetteChecker.Create(new WordListSpeller(("dammn", ["damn", "dame"]))).Check("It was a dammn good day.", Context());

        findings.Single(f => f.Rule == "spelling").Suggestion.ShouldBe("dame");
    }

    [Theory]
    [InlineData(NoteKind.ThankYou, 136, true)]
    [InlineData(NoteKind.ThankYou, 135, false)]
    [InlineData(NoteKind.FollowUp, 131, true)]
    [InlineData(NoteKind.FollowUp, 130, false)]
    [InlineData(NoteKind.Withdrawal, 136, true)]
    [InlineData(NoteKind.Withdrawal, 135, false)]
    [InlineData(NoteKind.Question, 146, true)]
    [InlineData(NoteKind.AdditionalPoint, 140, false)]
    [InlineData(NoteKind.Other, 125, false)]
    [InlineData(NoteKind.Other, 126, true)]
    public void Long_winded_depends_on_the_kind_of_note(NoteKind kind, int words, bool raised)
    {
        var body = string.Join(' ', Enumerable.Repeat("team", words));

        Checker.Check(body, Context(kind)).Any(f => f.Rule == "length.long-winded").ShouldBe(raised);
    }

    [Theory]
    [InlineData("priya.raman@example.com", false)]
    [InlineData("sexy.priya69@example.com", true)]
    [InlineData("partyking@example.com", true)]
    [InlineData("h4ck3r.z3r0@example.com", true)] // letters written as digits
    [InlineData("thefunnyaccountant@example.com", true)]
    [InlineData("priya.raman2024@example.com", false)] // a year is not leet
    [InlineData("priya.raman.database@example.com", false)] // "dat" only as a word of its own
    [InlineData("dat.girl.priya@example.com", true)]
    public void Sender_address_is_judged_by_its_local_part(string address, bool raised) =>
        Checker.Check(CleanThankYou, Context() with { SenderAddress = address }).Any(f => f.Rule == "sender.unprofessional").ShouldBe(raised);

    [Theory]
    [InlineData("d.rossi@polimi.it", "Distinti saluti,\nDavide Rossi\nIngegnere, Politecnico di Milano", false)] // a sign-off in another language
    [InlineData("ali.reza.h@gmail.com", "Kind regards,\nAlireza Hosseini", false)] // the name, letters to letters
    [InlineData("studio@mayalevi.design", "Best,\nMaya Levi\nBrand Designer", false)] // the name in a personal domain
    [InlineData("bigdaddyrick@gmail.com", "Thanks,\nRick Santos", true)] // the name beside a joke
    [InlineData("priya.raman@example.com", "Kind regards,\nPriya Raman\n\"Work hard, party harder.\"", true)] // a quote under the name
    [InlineData("priya.raman@example.com", "Kind regards,\nPriya Raman\nAbolish the monarchy! #NotMyKing", true)] // a slogan and a hashtag
    [InlineData("priya.raman@example.com", "Kind regards,\nPriya Raman\n\U0001F308\U0001F984\u2728\U0001F496", true)] // a row of emoji
    [InlineData("priya.raman@example.com", "Cheers,\nPriya Raman\n(\\_/)\n(='.'=)", true)] // a picture drawn in symbols
    [InlineData("priya.raman@example.com", "Kind regards,\nPriya Raman\nShop my Poshmark closet! poshmark.com/closet/priya", true)] // an advert
    [InlineData("priya.raman@example.com", "Kind regards,\nPriya Raman\n+44 7700 900123 | linkedin.com/in/priyaraman", false)] // contact details
    [InlineData("priya.raman@example.com", "Kind regards,\nPriya Raman\nThanks again for your time!", false)] // courtesy, not a slogan
    [InlineData("priya.raman@example.com", "Hugs & kisses,\nPriya", true)] // a sign-off too familiar for a client
    [InlineData("priya.raman@example.com", "Kind regards,\nPriya Raman\n[image: priya_beach_bali.jpg]", true)] // a picture in the signature
    [InlineData("priya.raman@example.com", "Kind regards,\nPriya Raman\nSent from my toaster. Please excuse the crumbs.", true)] // a joke footer
    [InlineData("priya.raman@example.com", "Kind regards,\nPriya Raman\n\nSent from my iPhone", false)] // a device's footer
    [InlineData("priya.raman@example.com", "Kind regards,\nPriya Raman\n\U0001F331 Meat is murder. Go vegan. \U0001F331", true)] // a motto between emoji
    [InlineData("priya.raman@example.com", "Kind regards,\nPriya Raman\nEarly on $LUNARX? Not financial advice.", true)] // a crypto tip
    [InlineData("adewale.olatunji@gmail.com", "Kind regards,\nAdéwálé Ọlátúnjí", false)] // the name, accents off
    [InlineData("tung.vo.logistics@gmail.com", "Thank you,\nVõ Thanh Tùng", false)]
    [InlineData("m.schroeder.consult@gmail.com", "Regards,\nMarkus Schröder", false)] // an umlaut written with an e
    [InlineData("hiren.desai@gmail.com", "Regards,\nHiren Desai", false)] // a name that opens with a joke word
    [InlineData("hire.me.now.sipho@gmail.com", "Regards,\nSipho Mahlangu", true)]
    [InlineData("nick.baines@gmail.com", "Nick Baines\nHost of 'Corporate Escape', the podcast for people done with bad bosses", true)] // no sign-off, a plug under the name
    [InlineData("cassie.monroe@gmail.com", "Best,\nCassie Monroe\nCassie Monroe Realty | Thinking of buying or selling? Call 305-555-0173", true)]
    [InlineData("jess.tanaka@gmail.com", "Best,\nJess Tanaka\nChief Vibes Officer @ my own life", true)] // a joke title
    [InlineData("jess.tanaka@gmail.com", "Best,\nJess Tanaka\nChief Operating Officer, Tanaka Freight", false)]
    [InlineData("ravi.singh@gmail.com", "Regards,\nRavi Singh\nSingh Tax & Books - personal tax returns from TT$500! WhatsApp 868-555-0142", true)] // a price and a number, read whole
    [InlineData("sam.kumara@gmail.com", "Sam Kumara\nLanka Electric - house wiring from Rs. 25,000, CEB approval, call 077 555 1234 any time", true)] // no sign-off: a long business line with a phone number
    [InlineData("sam.kumara@gmail.com", "Kind regards,\nSam Kumara\nMobile +94 77 555 1234", false)] // a phone number alone is contact detail
    [InlineData("xXkaiGamerXx@hotmail.co.uk", "Thanks again,\nKai", true)] // a gamer tag, though it holds the name
    [InlineData("piers.h@gmail.com", "Yours faithfully,\nPiers Hawksworth\nHawksworth Falconry - Displays, Hawk Walks - \"We Bring the Birds to You!\"", true)] // a slogan exclaimed in quotes
    [InlineData("levi.b@gmail.com", "Thanks,\nLevi\nCobs and Ponies Bought and Sold - Cash Paid", true)] // a trader's advert
    [InlineData("gavin.murray@gmail.com", "Best,\nGavin \"Gav\" Murray", false)] // a nickname in quotes is the name people use
    public void Sender_signature_and_address_are_read_together(string address, string signature, bool raised)
    {
        var body = "Dear Sarah,\n\nThank you for meeting me today to discuss the role.\n\n" + signature;

        Checker.Check(body, Context() with { SenderAddress = address }).Any(f => f.Rule == "sender.unprofessional").ShouldBe(raised, body);
    }

    [Fact]
    public void A_joke_word_among_the_letters_of_a_known_name_is_no_joke() =>
        Checker.Check("Dear Sarah,\n\nThank you for meeting me today.\n\nthx\nRahul", Context() with { SenderAddress = "rahul.varma.de@gmail.com", KnownNames = ["Rahul Varma"] })
            .Any(f => f.Rule == "sender.unprofessional").ShouldBeFalse(); // "varMADe": the joke word "mad" is in no run of its own

    [Theory]
    [InlineData(Seniority.Executive, false, true)]
    [InlineData(Seniority.SeniorLeader, false, true)]
    [InlineData(Seniority.Executive, true, false)]
    [InlineData(Seniority.Manager, false, false)]
    public void A_senior_recipient_without_prior_contact_is_flagged(Seniority seniority, bool priorContact, bool raised) =>
        Checker.Check(CleanThankYou, Context() with { RecipientSeniority = seniority, PriorContact = priorContact }).Any(f => f.Rule == "recipient.senior").ShouldBe(raised);

    [Theory]
    [InlineData("Dear Sarah,\n\nThank you for today 😊\n\nKind regards,\nPriya", true)] // in the text
    [InlineData("Dear Sarah,\n\nThank you for today.\n\nKind regards,\nPriya\n✨ Brand strategist ✨", false)] // in the signature: the sender rule's
    [InlineData("Dear Sarah,\n\nThank you for today.\n\nCheers mate 🍻\nPriya", true)] // on the sign-off line itself
    public void Emoji_are_casual_in_the_note_not_in_the_signature(string body, bool casual) =>
        Checker.Check(body, Context()).Any(f => f.Rule == "tone.casual").ShouldBe(casual);

    [Theory]
    [InlineData(NoteKind.FollowUp, "Is there any movement on the role?", true)]
    [InlineData(NoteKind.FollowUp, "I'll need to know by noon tomorrow where I stand.", true)]
    [InlineData(NoteKind.Question, "Do you know when the team will make the decision?", true)] // a question that chases
    [InlineData(NoteKind.Other, "Just checking in on timescales for the post.", true)]
    [InlineData(NoteKind.FollowUp, "I am writing again concerning the position.", true)] // a follow-up chases in any words
    [InlineData(NoteKind.FollowUp, "As requested, please find attached my two references.", false)] // it sends what was asked for
    [InlineData(NoteKind.Other, "I have two tickets for the game on Saturday; would you like to come?", false)] // invites, does not chase
    [InlineData(NoteKind.ThankYou, "Thank you for today, I can't wait to hear back!", false)] // looking forward is not asking
    [InlineData(NoteKind.ThankYou, "If useful, I'd be happy to shadow a session before any decision.", false)] // an offer, not a chase
    [InlineData(NoteKind.Question, "Kindly let me know the status of my candidature.", true)]
    [InlineData(NoteKind.Question, "I just need a yes or no on the role by today.", true)] // a demand for the outcome chases, whatever the kind
    [InlineData(NoteKind.Other, "It has been two days and nobody has answered me.", true)]
    [InlineData(NoteKind.AdditionalPoint, "Please tell me if I still have a chance.", true)]
    [InlineData(NoteKind.ThankYou, "Thank you for today; I look forward to your decision by Friday.", false)] // pressing in a thank-you is aggressive, not a chase
    [InlineData(NoteKind.Withdrawal, "Nobody has answered me, so I withdraw.", false)] // a withdrawal asks for nothing
    [InlineData(NoteKind.AdditionalPoint, "I will be making my decision by Monday.", false)] // the candidate's own decision
    public void Chasing_before_feedback_is_due_is_read_from_the_words_not_only_the_kind(NoteKind kind, string text, bool chases)
    {
        var findings = Checker.Check($"Dear Sarah,\n\n{text}\n\nKind regards,\nPriya", Context(kind) with { FeedbackDueAt = TuesdayMorning.AddDays(2) });

        findings.Any(f => f.Rule == "timing.before-window").ShouldBe(chases);
    }

    [Fact]
    public void Several_notes_a_day_or_a_second_early_follow_up_is_over_contact()
    {
        Checker.Check(CleanThankYou, Context() with { NotesLast24h = 2 }).ShouldContain(f => f.Rule == "contact.frequency");
        Checker.Check("Dear Sarah, is there any news?", Context(NoteKind.FollowUp) with { NotesThisRound = 1, FollowUpsThisRound = 1, FeedbackDueAt = TuesdayMorning.AddDays(2) })
            .ShouldContain(f => f.Rule == "contact.frequency");
        Checker.Check(CleanThankYou, Context() with { NotesLast24h = 1 }).ShouldNotContain(f => f.Rule == "contact.frequency");
    }

    [Fact]
    public void A_policy_that_forbids_notes_blocks_and_a_round_limit_warns()
    {
        var forbidden = Checker.Check(CleanThankYou, Context() with { Policy = new ContactPolicyView(false, true, 2, 0, 19, 8) });
        forbidden.Single(f => f.Rule == "contact.frequency").Severity.ShouldBe(FindingSeverity.Blocker);

        var noThanks = Checker.Check(CleanThankYou, Context() with { Policy = new ContactPolicyView(true, false, 2, 0, 19, 8) });
        noThanks.Single(f => f.Rule == "contact.frequency").Severity.ShouldBe(FindingSeverity.Blocker);

        var overRound = Checker.Check(CleanThankYou, Context() with { NotesThisRound = 2, Policy = new ContactPolicyView(true, true, 2, 0, 19, 8) });
        overRound.Single(f => f.Rule == "contact.frequency").Severity.ShouldBe(FindingSeverity.Warning);
    }

    [Theory]
    [InlineData(30, true)]
    [InlineData(20, false)]
    public void A_thank_you_after_24_hours_is_information(double hours, bool raised)
    {
        var findings = Checker.Check(CleanThankYou, Context() with { HoursSinceInterview = hours });

        findings.Any(f => f.Rule == "timing.thank-you" && f.Severity == FindingSeverity.Info).ShouldBe(raised);
    }

    [Fact]
    public void Chasing_before_the_feedback_window_passes_is_flagged()
    {
        const string chaser = "Dear Sarah, is there any update on my application?";

        Checker.Check(chaser, Context(NoteKind.FollowUp) with { FeedbackDueAt = TuesdayMorning.AddDays(1) }).ShouldContain(f => f.Rule == "timing.before-window");
        Checker.Check(chaser, Context(NoteKind.FollowUp) with { FeedbackDueAt = TuesdayMorning.AddDays(-1) }).ShouldNotContain(f => f.Rule == "timing.before-window");
        Checker.Check(chaser, Context(NoteKind.FollowUp) with { HoursSinceInterview = 30 }).ShouldContain(f => f.Rule == "timing.before-window");
    }

    [Theory]
    [InlineData("2026-11-17T10:00:00+00:00", "Europe/London", false)]
    [InlineData("2026-11-17T22:30:00+00:00", "Europe/London", true)]
    [InlineData("2026-11-21T11:00:00+00:00", "Europe/London", true)]
    [InlineData("2026-11-18T04:00:00+00:00", "America/New_York", true)]
    [InlineData("2026-11-18T15:00:00+00:00", "America/New_York", false)]
    [InlineData("2026-11-17T20:30:00+00:00", "Europe/London", false)] // the evening is not the night
    [InlineData("2026-11-17T21:30:00+00:00", "Europe/London", true)] // from 21:00 it is
    [InlineData("2026-11-18T05:30:00+00:00", "Europe/London", true)]
    [InlineData("2026-11-22T09:00:00+03:00", "Asia/Riyadh", false)] // Sunday is a working day there
    [InlineData("2026-11-20T11:00:00+03:00", "Asia/Riyadh", true)] // and Friday the weekend
    [InlineData("2026-11-22T09:00:00+02:00", "Asia/Jerusalem", false)]
    public void Contact_at_night_or_at_the_weekend_in_the_agency_zone_is_flagged(string sentAt, string zone, bool raised) =>
        Checker.Check(CleanThankYou, Context() with { SentAt = DateTimeOffset.Parse(sentAt, System.Globalization.CultureInfo.InvariantCulture), TimeZone = zone })
            .Any(f => f.Rule == "timing.off-hours").ShouldBe(raised);

    [Fact]
    public void Risk_grows_with_severity()
    {
        var mild = Finding.RiskOf(Checker.Check(CleanThankYou, Context() with { HoursSinceInterview = 30 }));
        var rough = Finding.RiskOf(Checker.Check("hey!!! call me back today ASAP lol", Context()));

        mild.ShouldBe(1);
        rough.ShouldBeGreaterThan(10);
    }

    private static NoteCheckContext Context(NoteKind kind = NoteKind.ThankYou) => new()
    {
        Kind = kind,
        SentAt = TuesdayMorning,
        TimeZone = "Europe/London",
        RecipientSeniority = Seniority.Manager,
        PriorContact = true,
        HoursSinceInterview = 4,
    };
}
