using RecruiterLiaison.Application.Etiquette;
using RecruiterLiaison.Application.Etiquette.Tone;
using RecruiterLiaison.Domain.Notes;

namespace RecruiterLiaison.UnitTests.Etiquette;

/// <summary>The trained tone model: its features, its file, its findings, and how it yields to the lexicons.</summary>
public sealed class ToneModelTests
{
    // A hand-made model: "waste" and "clearly" weigh towards anger, the bias keeps a plain sentence under the threshold.
    private static readonly ToneModel Small = ToneModel.Parse(string.Join('\n',
        "# trained-from test",
        "tone.angry\t<bias>\t-2",
        "tone.angry\t<threshold>\t0.5",
        $"tone.angry\tw:{Family("wasted")}\t1.5",
        $"tone.angry\tb:{Family("clearly")}_{Family("didn't")}\t1.2",
        $"tone.angry\tw:{Family("upset")}\t2",
        $"tone.angry\tw:{Family("thank")}\t-1"));

    private static string Family(string word) => Application.Etiquette.Lexicons.WordFamily.Key(word);

    [Fact]
    public void Features_are_word_families_neighbouring_pairs_and_negated_words_under_their_own_name()
    {
        var names = SentenceFeatures.Of("I am not upset about the wasted afternoon").Select(f => f.Name).ToList();

        names.ShouldContain("n:" + Family("upset"));
        names.ShouldNotContain("w:" + Family("upset"));
        names.ShouldContain("w:" + Family("wasted"));
        names.ShouldContain($"b:{Family("wasted")}_{Family("afternoon")}");
        names.ShouldNotContain("w:not"); // the negation itself is no feature; it renames what follows
    }

    [Fact]
    public void Pairs_never_join_two_sentences()
    {
        var names = SentenceFeatures.Of("It was wasted. Afternoon tea was lovely.").Select(f => f.Name).ToList();

        names.ShouldNotContain($"b:{Family("wasted")}_{Family("afternoon")}");
    }

    [Fact]
    public void A_sentence_at_the_threshold_is_a_warning_on_that_sentence_quoting_the_words_that_weighed_most()
    {
        var body = "Dear Sarah,\nThank you for Tuesday. You clearly didn't read my CV and wasted my morning.\nPriya";

        var finding = new ToneModelRule(Small).Check(body, new NoteCheckContext()).ShouldHaveSingleItem();

        finding.Rule.ShouldBe("tone.angry");
        finding.Severity.ShouldBe(FindingSeverity.Warning);
        body.Substring(finding.Start, finding.Length).ShouldBe("You clearly didn't read my CV and wasted my morning");
        finding.Message.ShouldContain("\"wasted\"");
        finding.Message.ShouldContain("\"clearly didn't\"");
        finding.Suggestion.ShouldBeNull(); // a whole sentence has no one replacement to apply
    }

    [Theory]
    [InlineData("I need the outcome today.", true)]
    [InlineData("Sorry for the short notice. I need the outcome today.", false)] // an apology beside it
    [InlineData("I need the outcome today. At your convenience, of course.", false)] // the reader's convenience after it
    [InlineData("Sorry for the short notice. Thanks. I need the outcome today.", true)] // two sentences away
    public void Pressure_the_model_reads_is_no_finding_beside_an_apology_or_the_reader_s_convenience(string body, bool raised)
    {
        var pressure = ToneModel.Parse(string.Join('\n',
            "# trained-from test",
            "tone.aggressive\t<bias>\t-1",
            "tone.aggressive\t<threshold>\t0.5",
            $"tone.aggressive\tw:{Family("today")}\t2"));

        new ToneModelRule(pressure).Check(body, new NoteCheckContext()).Any(f => f.Rule == "tone.aggressive").ShouldBe(raised);
    }

    [Fact]
    public void Anger_that_builds_over_sentences_none_of_which_reaches_the_threshold_is_one_finding_on_them_all()
    {
        // Each sentence alone: -2 + 1.5 = -0.5 and -2 + 2 = 0, under 0.5; the two together: -2 + 1.5 + 2 = 1.5.
        const string body = "The afternoon was wasted. I am upset.";

        var finding = new ToneModelRule(Small).Check(body, new NoteCheckContext()).ShouldHaveSingleItem();

        body.Substring(finding.Start, finding.Length).ShouldBe("The afternoon was wasted. I am upset");
        finding.Message.ShouldStartWith("These sentences read angry");
    }

    [Fact]
    public void A_longer_stretch_is_no_second_finding_where_a_sentence_of_it_already_is_one()
    {
        const string body = "You clearly didn't read my CV and wasted my morning. I am upset about the wasted hour.";

        var findings = new ToneModelRule(Small).Check(body, new NoteCheckContext()).ToList();

        findings.Count.ShouldBe(2); // each sentence reaches the threshold alone; the pair adds nothing
        findings.ShouldAllBe(f => !body.Substring(f.Start, f.Length).Contains(". "));
    }

    [Theory]
    [InlineData("Thank you for the wasted journey being refunded so kindly.")] // -2 + 1.5 - 1 is under the threshold
    [InlineData("I am not upset at all.")]
    [InlineData("")]
    public void A_sentence_under_the_threshold_raises_nothing(string body) =>
        new ToneModelRule(Small).Check(body, new NoteCheckContext()).ShouldBeEmpty();

    [Fact]
    public void A_listed_phrase_of_the_same_rule_in_the_sentence_stands_alone()
    {
        const string body = "You wasted my time and I am upset.";
        var phrase = new Finding("tone.angry", FindingSeverity.Warning, body.IndexOf("wasted my time", StringComparison.Ordinal), "wasted my time".Length, "listed", null);

        var withPhrase = new EtiquetteChecker([new Fixed(phrase)], new ToneModelRule(Small)).Check(body, new NoteCheckContext());
        var alone = new EtiquetteChecker([], new ToneModelRule(Small)).Check(body, new NoteCheckContext());

        withPhrase.ShouldHaveSingleItem().Message.ShouldBe("listed");
        alone.ShouldHaveSingleItem().Length.ShouldBe(body.Length - 1);
    }

    [Fact]
    public void A_malformed_model_line_is_refused_with_the_line()
    {
        var refused = Should.Throw<FormatException>(() => ToneModel.Parse("tone.angry\tw:waste\tmuch"));

        refused.Message.ShouldContain("w:waste");
    }

    [Fact]
    public void The_shipped_model_was_trained_on_the_training_data_as_committed()
    {
        var root = CorpusScoring.RepositoryRoot() ?? throw new InvalidOperationException("The tests run outside the checkout.");
        var files = Directory.GetFiles(Path.Combine(root, "training", "etiquette"), "*.jsonl");

        files.ShouldNotBeEmpty();
        ToneModel.Shipped.TrainedFrom.ShouldBe(ToneModel.DigestOf(files),
            "training/etiquette/ changed since the model was trained: run dotnet run -c Release --project tools/RecruiterLiaison.ToneTraining");
        ToneModel.Shipped.Rules.ShouldContain("tone.angry");
    }

    private sealed class Fixed(Finding finding) : IEtiquetteRule
    {
        public IEnumerable<Finding> Check(string body, NoteCheckContext context) => [finding];
    }
}
