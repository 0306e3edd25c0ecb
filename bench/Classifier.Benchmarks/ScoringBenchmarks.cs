using BenchmarkDotNet.Attributes;
using Classifier.Articles;
using Classifier.Bundles;
using Classifier.Features;
using Classifier.Scoring;
using Classifier.Scoring.Compiled;

namespace Classifier.Benchmarks;

/// <summary>Featurization and single-article scoring with the shipped model, on a one-sentence article and an
/// 800-word article.</summary>
[MemoryDiagnoser]
public class ScoringBenchmarks
{
    private const string Sentence = "Government troops shelled a rebel-held town in northern Ethiopia on Tuesday, killing at least 20 civilians, witnesses said.";

    private NewsClassifier _classifier = null!;
    private NewsClassifier _mlnet = null!;
    private Article _short = null!;
    private Article _long = null!;
    private Article[] _one = null!;
    private Article[] _sixtyFour = null!;
    private Article[] _thousand = null!;

    [GlobalSetup]
    public void Setup()
    {
        var model = Environment.GetEnvironmentVariable(BundleLocator.EnvironmentVariable) ?? BundleLocator.FindDefault()
            ?? throw new InvalidOperationException("No model bundle: set CLASSIFIER_MODEL to models/default.");
        _classifier = NewsClassifier.Load(model);
        _mlnet = NewsClassifier.Load(model, ScoringEngine.MlNet);
        _short = new Article("s", "Army shells rebel-held town", Sentence);
        _long = new Article("l", "Ministers meet as fighting spreads", LongText.Words(800));
        _one = [_short];
        _sixtyFour = [.. Enumerable.Range(0, 64).Select(i => new Article($"b{i}", _short.Title, $"{Sentence} Report {i}."))];
        _thousand = [.. Enumerable.Range(0, 1024).Select(i => new Article($"k{i}", _short.Title, $"{Sentence} Report {i}."))];
        _classifier.Classify(_long);
        _mlnet.Classify(_long);
    }

    [Benchmark]
    public ArticleFeatures FeaturizeSentence() => ArticleFeaturizer.Default.Featurize(_short.Title, _short.Text);

    [Benchmark]
    public ArticleFeatures Featurize800Words() => ArticleFeaturizer.Default.Featurize(_long.Title, _long.Text);

    [Benchmark]
    public Classification ClassifySentence() => _classifier.Classify(_short);

    [Benchmark]
    public Classification Classify800Words() => _classifier.Classify(_long);

    [Benchmark]
    public Classification ClassifySentenceMlNet() => _mlnet.Classify(_short);

    [Benchmark]
    public Classification Classify800WordsMlNet() => _mlnet.Classify(_long);

    [Benchmark]
    public IReadOnlyList<Classification> ClassifyBatchOfOne() => _classifier.ClassifyBatch(_one);

    [Benchmark]
    public IReadOnlyList<Classification> ClassifyBatchOf64() => _classifier.ClassifyBatch(_sixtyFour);

    [Benchmark]
    public IReadOnlyList<Classification> ClassifyBatchOf1024() => _classifier.ClassifyBatch(_thousand);

    [Benchmark]
    public Classification[] ClassifyEachOf1024() => [.. _thousand.Select(_classifier.Classify)];
}
