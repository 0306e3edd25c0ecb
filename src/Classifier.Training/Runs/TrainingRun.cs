using System.Reflection;
using Classifier.Bundles;
using Classifier.Features;
using Classifier.Progress;
using Classifier.Taxonomy;
using Classifier.Training.Writing;
using Classifier.Training.Data;
using Classifier.Training.Encoders;
using Classifier.Training.Pipelines;
using Microsoft.ML;

namespace Classifier.Training.Runs;

/// <summary>train: read and check the data, featurize once, train each head that has labels, tune the composer,
/// write the bundle.</summary>
public sealed class TrainingRun
{
    private readonly IProgress<string> _progress;

    public TrainingRun(IProgress<string> progress) => _progress = progress;

    public TrainingResult Execute(TrainingOptions options)
    {
        var reader = new TrainingDataReader(options.SkipInvalid, issue => _progress.Report($"skipped {issue}"));
        var data = reader.Read(options.DataPaths);
        _progress.Report($"read {data.Articles.Count} records from {data.Files.Count} file(s)"
            + (data.Skipped.Count > 0 ? $"; skipped {data.Skipped.Count} invalid" : ""));

        var sources = data.Articles.Select(a => a.Source).ToHashSet(StringComparer.Ordinal);
        foreach (var unknown in options.SourceWeights.Keys.Where(s => !sources.Contains(s)))
        {
            throw new InvalidOperationException(
                $"--source-weight names the source '{unknown}', which no row has (sources in the data: {string.Join(", ", sources.Order(StringComparer.Ordinal))}).");
        }

        var features = Featurize(data.Articles);
        using var encoder = options.Encoder is { } encoderOptions
            ? TrainingEncoder.Create(encoderOptions, [.. features.Select(f => f.Input.Text)], _progress)
            : null;
        encoder?.Embed([.. features.Select(f => f.Input)]);
        var headOptions = options.Head with { Features = options.Head.Features with { HasEncoder = encoder is not null } };
        var mlContext = new MLContext(seed: options.Head.Seed);
        var trainer = new HeadTrainer(mlContext, _progress);
        var results = new List<HeadTrainingResult>();
        var skippedHeads = new List<string>();
        foreach (var head in options.Heads)
        {
            var labels = HeadNames.LabelsOf(head);
            var rows = Enumerable.Range(0, data.Articles.Count)
                .Where(i => data.Articles[i].LabelFor(head) is not null)
                .ToArray();
            if (rows.Length == 0)
            {
                _progress.Report($"{head}: no labelled rows in the data; head skipped");
                skippedHeads.Add(head);
                continue;
            }

            var result = trainer.Train(
                head,
                rows.Select(i => features[i].Input).ToArray(),
                rows.Select(i => labels.IndexOf(data.Articles[i].LabelFor(head)!)).ToArray(),
                headOptions,
                options.SourceWeights.Count == 0 ? null : rows.Select(i => options.SourceWeights.GetValueOrDefault(data.Articles[i].Source, 1f)).ToArray());
            results.Add(result with { ValidationRows = result.ValidationRows.Select(r => rows[r]).ToArray() });
            _progress.ReportWork("training heads", results.Count + skippedHeads.Count, options.Heads.Count, "heads");
        }

        if (results.Count == 0)
        {
            throw new InvalidOperationException("No head has labelled rows in the data; nothing to train.");
        }

        var composer = TuneComposer(results, data.Articles, features);
        // A bundle whose heads all chose n-grams alone neither records nor carries the encoder: loading it would cost
        // the encoder's start-up for nothing.
        var kept = results.Any(r => r.ReadsEmbedding) ? encoder : null;
        if (encoder is not null && kept is null)
        {
            _progress.Report("no head chose the encoder; the bundle is written without it");
        }

        var manifest = BundleWriter.Write(mlContext, options.OutputDirectory, results, kept?.BundleFiles ?? new Dictionary<string, string>(), new BundleManifest
        {
            FormatVersion = BundleFormat.Version,
            FeatureVersion = FeatureLayout.Version,
            CreatedAt = DateTimeOffset.UtcNow,
            CreatedBy = $"classifier {typeof(TrainingRun).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion}",
            Taxonomy = new TaxonomyManifest(Labels.Regions.Ids, Labels.Topics.Ids, Labels.Tones.Ids),
            Heads = new Dictionary<string, HeadManifest>(),
            Data = data.Files.Select(f => f with { Path = RelativeToCurrent(f.Path) }).ToArray(),
            Options = options.Recorded,
            Composer = composer?.Settings ?? new ComposerSettings(),
            Encoder = kept?.Identity,
            EmbeddingScale = kept?.Source.Scale ?? EmbeddingSource.DefaultScale,
        });

        if (composer is not null && manifest.Heads.TryGetValue(HeadNames.Region, out var regionHead) && regionHead.Validation is { } v)
        {
            // The regions micro-F1 is only known after tuning; record it beside the primary-region metrics.
            var updated = manifest with
            {
                Heads = new Dictionary<string, HeadManifest>(manifest.Heads)
                {
                    [HeadNames.Region] = regionHead with { Validation = v with { RegionsMicroF1 = composer.RegionsMicroF1 } },
                },
            };
            BundleWriter.WriteManifest(options.OutputDirectory, updated);
            manifest = updated;
        }

        _progress.Report($"wrote {Path.GetFullPath(options.OutputDirectory)}");
        return new TrainingResult(manifest, results, skippedHeads, data.Skipped, composer);
    }

    private ArticleFeatures[] Featurize(IReadOnlyList<LabelledArticle> articles)
    {
        _progress.Report($"featurizing {articles.Count} articles");
        var features = new ArticleFeatures[articles.Count];
        var done = 0;
        Parallel.For(0, articles.Count, i =>
        {
            features[i] = ArticleFeaturizer.Default.Featurize(articles[i].Title, articles[i].Text);
            if (Interlocked.Increment(ref done) is var n && (n % 256 == 0 || n == articles.Count))
            {
                _progress.ReportWork("featurizing", n, articles.Count, "articles");
            }
        });
        return features;
    }

    private ComposerTuner.Result? TuneComposer(
        IReadOnlyList<HeadTrainingResult> results,
        IReadOnlyList<LabelledArticle> articles,
        IReadOnlyList<ArticleFeatures> features)
    {
        var region = results.FirstOrDefault(r => r.Head == HeadNames.Region);
        if (region is null)
        {
            return null;
        }

        var cases = region.ValidationRows
            .Select((row, k) => new ComposerTuner.Case(
                region.ValidationScores[k],
                features[row].Input.RegionEvidence,
                features[row].Countries,
                articles[row].Regions,
                articles[row].Countries))
            .ToArray();
        var tuned = ComposerTuner.Tune(cases);
        _progress.Report($"composer: country threshold {tuned.Settings.CountryThreshold} (countries micro-F1 {tuned.CountriesMicroF1:F3}), "
            + $"region threshold {tuned.Settings.RegionThreshold} (regions micro-F1 {tuned.RegionsMicroF1:F3})");
        return tuned;
    }

    // Files inside the working tree are recorded relative to it (the repository's data/…); others keep their full path.
    private static string RelativeToCurrent(string path)
    {
        var relative = Path.GetRelativePath(Directory.GetCurrentDirectory(), path);
        return (relative.StartsWith("..", StringComparison.Ordinal) ? Path.GetFullPath(path) : relative).Replace('\\', '/');
    }
}
