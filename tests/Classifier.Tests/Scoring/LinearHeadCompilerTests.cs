using Classifier.Scoring.Compiled;
using Classifier.Tests.Shared;
using Microsoft.ML;

namespace Classifier.Tests.Scoring;

public class LinearHeadCompilerTests
{
    /// <summary>The fallback for an ML.NET version whose n-gram transformer hides its IDF elsewhere: probe documents
    /// must recover the same weights up to the one common factor the L2 normalisation cancels.</summary>
    [Theory]
    [InlineData("fast", "tone")]
    [InlineData("default", "region")]
    public void Probed_idf_equals_the_idf_ML_NET_holds_up_to_one_factor(string bundle, string head)
    {
        var model = new MLContext(seed: 0).Model.Load(Path.Combine(RepoPaths.Root, "models", bundle, $"{head}.zip"), out _);
        var ngrams = LinearHeadCompiler.ReadNgrams(model, 1, out var reason);
        Assert.True(ngrams is not null, reason);
        var featurizer = LinearHeadCompiler.FeaturizerOf(model)!;
        var held = NgramIdfReader.TryRead(featurizer, ngrams.Count);
        Assert.NotNull(held);
        var probed = LinearHeadCompiler.ProbeIdf(featurizer, ngrams, 1, out reason);
        Assert.True(probed is not null, reason);

        var reference = Array.IndexOf(held, held.Max());
        var factor = held[reference] / probed[reference];
        for (var s = 0; s < held.Length; s++)
        {
            Assert.True(
                Math.Abs((probed[s] * factor) - held[s]) <= 1e-4 * Math.Max(1, held[s]),
                $"slot {s} '{string.Join(' ', ngrams[s])}': probed {probed[s] * factor}, held {held[s]}");
        }
    }

    [Fact]
    public void A_head_that_is_not_a_linear_n_gram_model_is_refused_with_the_reason()
    {
        var mlContext = new MLContext(seed: 0);
        var model = mlContext.Transforms.CopyColumns("Copy", "Text").Fit(mlContext.Data.LoadFromEnumerable(new[] { new Row() }));
        Assert.Null(LinearHeadCompiler.ReadNgrams(model, 1, out var reason));
        Assert.Contains("not a transformer chain", reason);
    }

    private sealed class Row
    {
        public string Text { get; set; } = "a";
    }
}
