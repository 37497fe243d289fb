using RecruiterLiaison.Application.Etiquette.Lexicons;
using RecruiterLiaison.Domain.Notes;

namespace RecruiterLiaison.Application.Etiquette.Tone;

/// <summary>
/// The trained half of the tone and content rules: each sentence of the note, and each run of
/// up to <see cref="LongestStretch"/> sentences, is scored by the tone model; a stretch at or
/// over a rule's threshold is a finding on that stretch, with the words that weighed most
/// quoted as the reason. It catches what the lexicons do not list
/// (anger told through sarcasm or a recounted grievance); where a lexicon phrase already found
/// the same rule in the sentence, the checker keeps the lexicon's finding (EtiquetteChecker).
/// </summary>
public sealed class ToneModelRule(ToneModel model) : IEtiquetteRule
{
    // What each rule tells the candidate, in the recruiter's words (DOMAIN.md, "Etiquette checks").
    private static readonly Dictionary<string, (string Reads, string Advice, string Suggestion)> Wording = new(StringComparer.Ordinal)
    {
        ["tone.angry"] = ("angry or bitter", "an angry note can end your candidacy with the client and the agency", "Tell your recruiter how you feel instead, and keep the note to the client neutral."),
        ["tone.aggressive"] = ("as pressure on the client", "a candidate asks, and leaves deadlines and chasing to the recruiter", "Ask once, politely, and let the client decide on their own timetable."),
        ["tone.quirky"] = ("as a joke or a gimmick", "jokes and gimmicks easily misfire with a client", "Keep the note brief and plain; your recruiter can convey the personality."),
        ["tone.desperate"] = ("as pleading", "pleading weakens your position", "State your interest once, confidently."),
        ["content.personal"] = ("as personal rather than professional", "invitations and personal remarks do not belong in a note to the client", "Keep to the role and the process."),
        ["content.revisits-answers"] = ("as re-answering the interview", "a point already covered is better routed through your recruiter", "Send the extra detail to your recruiter, who can decide whether to pass it on."),
    };

    public static ToneModelRule Shipped { get; } = new(ToneModel.Shipped);

    /// <summary>
    /// Words of courtesy that take the pressure out of a request ("Could you please let me know
    /// whether a decision has been made? … at your earliest convenience", "Sorry for the short
    /// notice; could we move today's call?"). The model reads "decision" and "today" as pressure;
    /// with an apology or the reader's convenience beside them they are a polite question.
    /// "Grateful" and "possible" are not among them: on the development notes they as often
    /// dress up a deadline ("I would be grateful for a decision by Friday"). Pressure that
    /// apologises in words ("sorry, but I need an answer by Friday") is the lexicons' to find.
    /// </summary>
    private static readonly HashSet<string> Courtesy = new(
        new[] { "sorry", "apologise", "apologize", "apologies", "convenience" }.Select(w => WordFamily.Key(WordFamily.Normalize(w))),
        StringComparer.Ordinal);

    /// <summary>A word of courtesy in the stretch or in the sentence either side of it.</summary>
    private static bool IsCourteous(NoteWord[] words, Stretch stretch)
    {
        var (before, after) = (words[stretch.First].Sentence - 1, words[stretch.Last].Sentence + 1);
        var first = stretch.First;
        while (first > 0 && words[first - 1].Sentence >= before)
        {
            first--;
        }

        var last = stretch.Last;
        while (last + 1 < words.Length && words[last + 1].Sentence <= after)
        {
            last++;
        }

        for (var i = first; i <= last; i++)
        {
            if (Courtesy.Contains(words[i].Family))
            {
                return true;
            }
        }

        return false;
    }

    public IEnumerable<Finding> Check(string body, NoteCheckContext context) => Check(body, NoteWords.Of(body).Words);

    /// <summary>
    /// The most sentences one stretch may span. Anger and pressure often build over a few
    /// sentences, none of which says enough alone; on the development notes, stretches of up to
    /// three sentences caught more of them at the same precision (tools/RecruiterLiaison.ToneTraining).
    /// </summary>
    public const int LongestStretch = 3;

    public List<Finding> Check(string body, NoteWord[] words)
    {
        var findings = new List<Finding>();
        var note = Stretches(words);
        var table = model.WeightsOf(note.Numbered);
        for (var r = 0; r < table.Length; r++)
        {
            var weights = model.Ordered[r];
            var weightOf = table[r];
            var found = new List<(int First, int Last)>();
            // Shortest stretches first, so a finding points at as little text as says it; a longer
            // one is a finding only where no shorter one already is.
            foreach (var stretch in note.All)
            {
                if (!found.Any(f => f.First <= stretch.Last && stretch.First <= f.Last) && stretch.Score(weights.Bias, weightOf) >= weights.Threshold
                    && !(weights.Rule == "tone.aggressive" && IsCourteous(words, stretch)))
                {
                    found.Add((stretch.First, stretch.Last));
                    findings.Add(FindingFor(body, words, stretch.First, stretch.Last, weights, stretch.Features));
                }
            }
        }

        return findings;
    }

    /// <summary>The highest score any stretch of the note reaches for a rule (training chooses thresholds with it).</summary>
    public static double HighestScore(RuleWeights weights, NoteWord[] words)
    {
        var note = Stretches(words);
        var weightOf = note.WeightsUnder(weights);
        return note.All.Select(s => s.Score(weights.Bias, weightOf)).DefaultIfEmpty(double.NegativeInfinity).Max();
    }

    /// <summary>
    /// Every run of one to <see cref="LongestStretch"/> neighbouring sentences, shortest first;
    /// a stretch has the features of its sentences, each once. Each sentence's features are read
    /// once and numbered, and each rule looks each one up once: scoring every stretch by every
    /// rule keeps a 300-word note inside the time budget for checking as the candidate types.
    /// </summary>
    public static StretchesOfNote Stretches(NoteWord[] words)
    {
        var features = new List<SentenceFeature>();
        var numbers = new Dictionary<string, int>(StringComparer.Ordinal);
        var sentences = new List<Stretch>();
        foreach (var (first, last) in Sentences(words))
        {
            var own = SentenceFeatures.Of(words, first, last);
            var ids = new int[own.Count];
            for (var k = 0; k < own.Count; k++)
            {
                if (!numbers.TryGetValue(own[k].Name, out ids[k]))
                {
                    numbers[own[k].Name] = ids[k] = features.Count;
                    features.Add(own[k]);
                }
            }

            sentences.Add(new Stretch(first, last, ids, own));
        }

        var all = new List<Stretch>(sentences.Count * LongestStretch);
        all.AddRange(sentences);
        var seen = new bool[features.Count];
        for (var length = 2; length <= LongestStretch; length++)
        {
            for (var i = 0; i + length <= sentences.Count; i++)
            {
                Array.Clear(seen);
                var (ids, own) = (new List<int>(), new List<SentenceFeature>());
                for (var j = i; j < i + length; j++)
                {
                    for (var k = 0; k < sentences[j].Ids.Length; k++)
                    {
                        if (!seen[sentences[j].Ids[k]])
                        {
                            seen[sentences[j].Ids[k]] = true;
                            ids.Add(sentences[j].Ids[k]);
                            own.Add(sentences[j].Features[k]);
                        }
                    }
                }

                all.Add(new Stretch(sentences[i].First, sentences[i + length - 1].Last, [.. ids], own));
            }
        }

        return new StretchesOfNote(features, all);
    }

    /// <summary>A note's stretches and the features they are numbered against.</summary>
    public sealed record StretchesOfNote(List<SentenceFeature> Numbered, List<Stretch> All)
    {
        /// <summary>Each numbered feature's weight under one rule.</summary>
        public double[] WeightsUnder(RuleWeights weights) => [.. Numbered.Select(f => weights.WeightOf(f.Name))];
    }

    /// <summary>One stretch: its first and last word, its features (where in the stretch each is) and their numbers.</summary>
    public sealed record Stretch(int First, int Last, int[] Ids, List<SentenceFeature> Features)
    {
        public double Score(double bias, double[] weightOf)
        {
            var score = bias;
            foreach (var id in Ids)
            {
                score += weightOf[id];
            }

            return score;
        }
    }

    /// <summary>The first and last word of each sentence, in order.</summary>
    public static IEnumerable<(int First, int Last)> Sentences(NoteWord[] words)
    {
        var first = 0;
        while (first < words.Length)
        {
            var last = first;
            while (last + 1 < words.Length && words[last + 1].Sentence == words[first].Sentence)
            {
                last++;
            }

            yield return (first, last);
            first = last + 1;
        }
    }

    private static Finding FindingFor(string body, NoteWord[] words, int first, int last, RuleWeights weights, List<SentenceFeature> features)
    {
        var start = words[first].Start;
        var length = words[last].Start + words[last].Length - start;
        var (reads, advice, suggestion) = Wording.GetValueOrDefault(weights.Rule, ("out of place", "a recruiter would raise it", ""));
        // Only words that weighed at least half as much as the heaviest are quoted: a recruiter
        // should read the reason, not the small change ("was", "the") that tipped the sum.
        var heaviest = features.Select(f => weights.WeightOf(f.Name)).DefaultIfEmpty(0).Max();
        var reasons = features
            .Where(f => weights.WeightOf(f.Name) > 0 && weights.WeightOf(f.Name) >= heaviest / 2)
            .OrderByDescending(f => weights.WeightOf(f.Name))
            .Select(f => Quote(body, words, f))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .Take(3)
            .ToList();
        var because = reasons.Count == 0 ? "" : $" (most of all: {string.Join(", ", reasons.Select(r => $"\"{r}\""))})";
        // The advice goes in the message: a suggestion is text that can replace the span, and a
        // whole sentence has no one replacement.
        var what = words[first].Sentence == words[last].Sentence ? "This sentence reads" : "These sentences read";
        return new Finding(weights.Rule, FindingSeverity.Warning, start, length, $"{what} {reads}{because}; {advice}. {suggestion}".TrimEnd(), null);
    }

    private static string Quote(string body, NoteWord[] words, SentenceFeature feature)
    {
        var start = words[feature.FirstWord].Start;
        var end = words[feature.LastWord].Start + words[feature.LastWord].Length;
        return body[start..end];
    }
}
