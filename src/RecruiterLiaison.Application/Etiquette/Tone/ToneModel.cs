using System.Globalization;

namespace RecruiterLiaison.Application.Etiquette.Tone;

/// <summary>
/// A trained linear model per rule over <see cref="SentenceFeatures"/>: a stretch of text scores
/// the bias plus the weight of each feature it has, and is flagged at the rule's threshold. The
/// weights are data (<c>Etiquette/Tone/tone.model.tsv</c>), trained offline with ML.NET from
/// <c>training/etiquette/</c>; reading them needs nothing but this class, and the features that
/// weigh most for a finding are its reason.
/// </summary>
public sealed class ToneModel
{
    private readonly Dictionary<string, RuleWeights> _rules;
    private readonly RuleWeights[] _ordered;

    // Each feature's weight under every rule, in Rules order: a note's features are looked up once, not once per rule.
    private readonly Dictionary<string, double[]> _byFeature = new(StringComparer.Ordinal);

    private ToneModel(Dictionary<string, RuleWeights> rules, string trainedFrom)
    {
        _rules = rules;
        _ordered = [.. rules.Values];
        TrainedFrom = trainedFrom;
        for (var r = 0; r < _ordered.Length; r++)
        {
            foreach (var (feature, weight) in _ordered[r].Weights)
            {
                if (!_byFeature.TryGetValue(feature, out var weights))
                {
                    _byFeature[feature] = weights = new double[_ordered.Length];
                }

                weights[r] = weight;
            }
        }
    }

    /// <summary>The rules' weights, in the order of <see cref="WeightsOf"/>.</summary>
    public IReadOnlyList<RuleWeights> Ordered => _ordered;

    /// <summary>For each rule (in <see cref="Ordered"/> order), the weight of each feature.</summary>
    public double[][] WeightsOf(IReadOnlyList<SentenceFeature> features)
    {
        var table = new double[_ordered.Length][];
        for (var r = 0; r < table.Length; r++)
        {
            table[r] = new double[features.Count];
        }

        for (var f = 0; f < features.Count; f++)
        {
            if (_byFeature.TryGetValue(features[f].Name, out var weights))
            {
                for (var r = 0; r < weights.Length; r++)
                {
                    table[r][f] = weights[r];
                }
            }
        }

        return table;
    }

    /// <summary>The digest of the training data the weights came from (the file's first line).</summary>
    public string TrainedFrom { get; }

    public IReadOnlyCollection<string> Rules => _rules.Keys;

    /// <summary>The model shipped with the product.</summary>
    public static ToneModel Shipped { get; } = Load();

    public RuleWeights For(string rule) => _rules[rule];

    /// <summary>
    /// Reads the model file: a "# trained-from" line, then "rule, feature, weight" per line, with
    /// the rule's bias and threshold as the features "&lt;bias&gt;" and "&lt;threshold&gt;".
    /// </summary>
    public static ToneModel Parse(string text)
    {
        // Read as spans, a line at a time: the file is tens of thousands of lines, read at start-up,
        // and splitting each into strings cost a batch of notes a tenth of its time.
        var rules = new Dictionary<string, RuleWeights>(StringComparer.Ordinal);
        var trainedFrom = "";
        foreach (var line in text.AsSpan().EnumerateLines())
        {
            if (line.StartsWith("# trained-from ", StringComparison.Ordinal))
            {
                trainedFrom = line["# trained-from ".Length..].Trim().ToString();
                continue;
            }

            if (line.IsEmpty || line[0] == '#')
            {
                continue;
            }

            var first = line.IndexOf('\t');
            var second = first < 0 ? -1 : line[(first + 1)..].IndexOf('\t') + first + 1;
            if (first < 0 || second <= first || line[(second + 1)..].Contains('\t')
                || !double.TryParse(line[(second + 1)..], NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
            {
                throw new FormatException($"tone model: '{line}' is not 'rule<TAB>feature<TAB>weight'.");
            }

            var rule = line[..first];
            if (!rules.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(rule, out var weights))
            {
                var name = rule.ToString();
                rules[name] = weights = new RuleWeights(name);
            }

            weights.Set(line[(first + 1)..second].ToString(), value);
        }

        return new ToneModel(rules, trainedFrom);
    }

    /// <summary>
    /// A digest of the training files, written into the model file so a test can tell when the
    /// data changed and the model was not trained again.
    /// </summary>
    public static string DigestOf(IEnumerable<string> trainingFiles)
    {
        using var sha = System.Security.Cryptography.IncrementalHash.CreateHash(System.Security.Cryptography.HashAlgorithmName.SHA256);
        foreach (var file in trainingFiles.Order(StringComparer.Ordinal))
        {
            sha.AppendData(System.Text.Encoding.UTF8.GetBytes(Path.GetFileName(file) + "\n"));
            sha.AppendData(File.ReadAllBytes(file).Where(b => b != (byte)'\r').ToArray());
        }

        return "sha256:" + Convert.ToHexStringLower(sha.GetHashAndReset());
    }

    private static ToneModel Load()
    {
        using var stream = typeof(ToneModel).Assembly.GetManifestResourceStream("Tone/tone.model.tsv")
            ?? throw new InvalidOperationException("The tone model is not embedded in the assembly.");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd());
    }
}

/// <summary>One rule's weights, bias and threshold.</summary>
public sealed class RuleWeights(string rule)
{
    public const string BiasName = "<bias>";
    public const string ThresholdName = "<threshold>";

    private readonly Dictionary<string, double> _weights = new(StringComparer.Ordinal);

    public string Rule { get; } = rule;

    public double Bias { get; private set; }

    public double Threshold { get; private set; }

    public int Count => _weights.Count;

    internal void Set(string feature, double value)
    {
        switch (feature)
        {
            case BiasName: Bias = value; break;
            case ThresholdName: Threshold = value; break;
            default: _weights[feature] = value; break;
        }
    }

    public double WeightOf(string feature) => _weights.GetValueOrDefault(feature);

    internal IEnumerable<KeyValuePair<string, double>> Weights => _weights;

    /// <summary>The score of a stretch of text with these features.</summary>
    public double Score(IEnumerable<SentenceFeature> features)
    {
        var score = Bias;
        foreach (var feature in features)
        {
            score += WeightOf(feature.Name);
        }

        return score;
    }
}
