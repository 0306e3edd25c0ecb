namespace Classifier.Bundles;

/// <summary>The <c>manifest.json</c> of a model bundle: what the heads are, what produced them, how well they did.</summary>
public sealed record BundleManifest
{
    public required int FormatVersion { get; init; }

    public required int FeatureVersion { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>The program that wrote the bundle, e.g. "classifier 0.1.0".</summary>
    public string? CreatedBy { get; init; }

    public required TaxonomyManifest Taxonomy { get; init; }

    /// <summary>Heads by name (<see cref="HeadNames"/>). A bundle may hold any non-empty subset.</summary>
    public required IReadOnlyDictionary<string, HeadManifest> Heads { get; init; }

    public IReadOnlyList<DataFileManifest> Data { get; init; } = [];

    /// <summary>The training options as given on the command line, for the record.</summary>
    public IReadOnlyDictionary<string, string> Options { get; init; } = new Dictionary<string, string>();

    public ComposerSettings Composer { get; init; } = new();

    /// <summary>The sentence encoder the heads were trained with, if any; loading refuses a different one.</summary>
    public Encoders.EncoderIdentity? Encoder { get; init; }

    /// <summary>The factor the encoder's unit vectors were multiplied by (see <see cref="Features.EmbeddingSource"/>).</summary>
    public float EmbeddingScale { get; init; } = Features.EmbeddingSource.DefaultScale;

    /// <summary>Whether any head reads the encoder's vector.</summary>
    public bool ReadsEmbedding() => Encoder is not null && Heads.Values.Any(h => h.ReadsEmbedding == true);

    /// <summary>Whether any head reads the tone evidence, so scoring can skip computing it when none does (it costs
    /// about as much as scoring a sentence). Unknown heads count as readers unless the options say it was off.</summary>
    public bool ReadsToneEvidence() =>
        Heads.Any(h => h.Value.ReadsToneEvidence
            ?? (h.Key == HeadNames.Tone
                && !(Options.TryGetValue("toneEvidence", out var recorded) && bool.TryParse(recorded, out var on) && !on)));
}

public sealed record TaxonomyManifest(
    IReadOnlyList<string> Regions,
    IReadOnlyList<string> Topics,
    IReadOnlyList<string> Tones);

public sealed record HeadManifest
{
    public required string File { get; init; }

    public required string Sha256 { get; init; }

    /// <summary>Score-vector order: class i of the model is <c>Classes[i]</c>.</summary>
    public required IReadOnlyList<string> Classes { get; init; }

    public required string Trainer { get; init; }

    public required string Featurizer { get; init; }

    public int TrainingRows { get; init; }

    /// <summary>Whether the head reads the CAMEO tone evidence column. Null in bundles written before this was
    /// recorded; <see cref="BundleManifest.ReadsToneEvidence"/> then falls back on the recorded training options.</summary>
    public bool? ReadsToneEvidence { get; init; }

    /// <summary>Whether the head reads the sentence encoder's vector.</summary>
    public bool? ReadsEmbedding { get; init; }

    /// <summary>The calibration temperature applied to the head's probabilities (see
    /// <see cref="Scoring.TemperatureScaling"/>); null (older bundles) means 1, uncalibrated.</summary>
    public float? Temperature { get; init; }

    /// <summary>Expected calibration error on the validation split before and after the temperature.</summary>
    public CalibrationSummary? Calibration { get; init; }

    public HeadMetricsSummary? Validation { get; init; }

    /// <summary>Every pipeline tried on the validation split, best first.</summary>
    public IReadOnlyList<CandidateResult> Candidates { get; init; } = [];

    /// <summary>Validation macro-F1 of the kept pipeline fitted on growing shares of the training split (train
    /// --training-curve); null when it was not recorded.</summary>
    public IReadOnlyList<TrainingCurvePoint>? TrainingCurve { get; init; }
}

/// <summary>One point of a training curve: the kept pipeline fitted on <see cref="Rows"/> training rows (a stratified
/// <see cref="Fraction"/> of the training split), scored on the whole validation split.</summary>
public sealed record TrainingCurvePoint(double Fraction, int Rows, double Accuracy, double MacroF1, double Seconds);

public sealed record CalibrationSummary(double EceBefore, double EceAfter);

public sealed record DataFileManifest(string Path, string Sha256, int Rows);

public sealed record HeadMetricsSummary
{
    public int Rows { get; init; }

    public double Accuracy { get; init; }

    public double MacroF1 { get; init; }

    /// <summary>For the region head: micro-F1 of the multi-label <c>regions</c> field.</summary>
    public double? RegionsMicroF1 { get; init; }

    public IReadOnlyList<ClassMetrics> PerClass { get; init; } = [];
}

public sealed record ClassMetrics(string Id, double Precision, double Recall, double F1, int Support);

public sealed record CandidateResult(string Trainer, string Featurizer, double Accuracy, double MacroF1, double Seconds);

/// <summary>Thresholds the composer applies on top of the heads; chosen on the validation split.</summary>
public sealed record ComposerSettings
{
    /// <summary>A region is listed when its combined score reaches this.</summary>
    public float RegionThreshold { get; init; } = 0.5f;

    /// <summary>A detected country is listed when its salience reaches this.</summary>
    public float CountryThreshold { get; init; } = 0.2f;

    /// <summary>When no country is detected and the region head's (calibrated) top probability is below this, the
    /// region is "unknown" and no region is listed. 0 never abstains (bundles written before abstention).</summary>
    public float UnknownRegionBelow { get; init; }

    /// <summary>What training writes: below an even chance with no place named, a guess is worse than "unknown"
    /// (the effect on accuracy is in models/README.md).</summary>
    public const float DefaultUnknownRegionBelow = 0.5f;
}
